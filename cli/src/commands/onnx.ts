import type { Command } from 'commander';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import {
  formatReport,
  inspectModel,
  isOnnxInspectError,
  operatorCoverage,
  type InspectResponse,
} from '../../../src/lib/onnx';

/** Exit codes: 0 report printed, 1 the file is not a readable ONNX model (or cannot be read), 2 the hub could not be asked. */
export const EXIT_BAD_FILE = 1;
export const EXIT_UNAVAILABLE = 2;

interface InspectOptions {
  json?: boolean;
  url?: string;
  nodes: boolean;
}

class CliFailure extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

async function inspectLocally(bytes: Uint8Array): Promise<InspectResponse> {
  try {
    const report = await inspectModel(bytes);
    return { report, coverage: operatorCoverage(report) };
  } catch (error) {
    if (isOnnxInspectError(error)) throw new CliFailure(`${error.message} (${error.code})`, EXIT_BAD_FILE);
    throw error;
  }
}

/** Asks a hub's POST /api/onnx/inspect: the same report, computed there (useful to check a hub's lists). */
async function inspectRemotely(bytes: Uint8Array, hubUrl: string): Promise<InspectResponse> {
  const url = new URL('/api/onnx/inspect', hubUrl);
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream' },
      body: new Uint8Array(bytes),
    });
  } catch (error) {
    throw new CliFailure(`Could not reach ${url.origin}: ${(error as Error).message}`, EXIT_UNAVAILABLE);
  }
  const text = await response.text();
  let body: { error?: { code?: string; message?: string } } & Partial<InspectResponse>;
  try {
    body = JSON.parse(text);
  } catch {
    throw new CliFailure(`${url} answered HTTP ${response.status} with something that is not JSON.`, EXIT_UNAVAILABLE);
  }
  if (response.ok && body.report && body.coverage) return { report: body.report, coverage: body.coverage };
  const message = `${body.error?.message ?? `HTTP ${response.status}`}${body.error?.code ? ` (${body.error.code})` : ''}`;
  const badFile = response.status === 400 || response.status === 413 || response.status === 422;
  throw new CliFailure(
    badFile ? message : `The hub answered HTTP ${response.status}: ${message}`,
    badFile ? EXIT_BAD_FILE : EXIT_UNAVAILABLE,
  );
}

export function registerOnnxCommands(program: Command) {
  const onnx = program.command('onnx').description('ONNX models: inspection and operator coverage');
  onnx
    .command('inspect <file>')
    .description(
      'Print what an .onnx file contains (IR, opsets, inputs/outputs, weights, operators, nodes) and which engines ' +
        '(ONNX Runtime CPU, onnxruntime-web WebGPU, TMVA SOFIE, hls4ml) list all its operators. ' +
        'Runs locally; exit code 0 = report printed, 1 = not a readable ONNX model, 2 = the hub (--url) could not be asked.',
    )
    .option('--json', 'print { report, coverage } as JSON (the body POST /api/onnx/inspect returns)')
    .option('--url <hub>', 'inspect on a hub (POST /api/onnx/inspect) instead of locally, e.g. http://localhost:4321')
    .option('--no-nodes', 'leave the node list out of the text report')
    .action(async (file: string, options: InspectOptions) => {
      try {
        let bytes: Uint8Array;
        try {
          bytes = new Uint8Array(await readFile(file));
        } catch (error) {
          throw new CliFailure(
            `Cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
            EXIT_BAD_FILE,
          );
        }
        const result = options.url ? await inspectRemotely(bytes, options.url) : await inspectLocally(bytes);
        process.stdout.write(
          options.json
            ? `${JSON.stringify(result, null, 2)}\n`
            : formatReport(result.report, result.coverage, { fileName: basename(file), nodes: options.nodes }),
        );
      } catch (error) {
        if (!(error instanceof CliFailure)) throw error;
        console.error(`error: ${file}: ${error.message}`);
        process.exitCode = error.exitCode;
      }
    });
}

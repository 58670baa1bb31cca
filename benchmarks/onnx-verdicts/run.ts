/**
 * How often the inspector's engine verdicts match what the engines really do, measured on the ONNX
 * backend node tests (Debian package libonnx-testdata, ~1,070 models with reference inputs and outputs).
 *
 *   npm run bench:onnx-verdicts -- [--limit N] [--filter REGEX] [--engines cpu,wasm,webgpu] [--timeout 30]
 *                                  [--json out.json] [--data /usr/share/libonnx-testdata/data]
 *
 * For each model: the checker (the code behind the inspector, POST /api/onnx/inspect and
 * `hub onnx inspect`) gives a verdict per engine; then the model runs for real with its reference
 * inputs in onnxruntime-node (CPU) and, in headless Chromium, in onnxruntime-web on WASM and on
 * WebGPU (SwiftShader). Prints a confusion matrix per engine (verdict × reality) and the agreement rate.
 */
import { existsSync } from 'node:fs';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { dirname, extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import * as ortNode from 'onnxruntime-node';
import type { Browser, Page } from 'playwright-core';
import { inspectModel, operatorCoverage, type CoverageReport, type InspectReport } from '../../src/lib/onnx';
import { launchChromium } from '../../test/helpers/chromium';
import { compareOutputs, decodeTensorFile, typedData, type PlainTensor } from './tensors';
import { benchVerdict, BENCH_ENGINES, type BenchEngine, type Outcome } from './verdict-map';

const { values: args } = parseArgs({
  options: {
    data: { type: 'string', default: '/usr/share/libonnx-testdata/data' },
    limit: { type: 'string' },
    filter: { type: 'string' },
    engines: { type: 'string', default: BENCH_ENGINES.join(',') },
    timeout: { type: 'string', default: '30' },
    json: { type: 'string' },
    rescore: { type: 'string' },
    quiet: { type: 'boolean', default: false },
  },
});
const DATA = args.data;
const TIMEOUT_MS = Number(args.timeout) * 1000;
const engines = args.engines
  .split(',')
  .filter((e): e is BenchEngine => (BENCH_ENGINES as readonly string[]).includes(e));
const ORT_WEB_DIST = dirname(createRequire(import.meta.url).resolve('onnxruntime-web'));

if (!existsSync(DATA)) {
  console.log(
    `SKIPPED: no ONNX backend test data at ${DATA}. Install it with \`apt-get install -y libonnx-testdata\` ` +
      '(Debian/Ubuntu) or pass --data <folder holding node/, simple/, pytorch-*/>.',
  );
  process.exit(0);
}

interface Case {
  id: string;
  dir: string;
  inputs: PlainTensor[];
  outputs: PlainTensor[];
  /** Why the JS APIs cannot feed the reference inputs (sequence, optional, bfloat16 …), if so. */
  unfeedable: string | null;
}

async function listModels(): Promise<string[]> {
  const ids: string[] = [];
  for (const group of (await readdir(DATA)).sort()) {
    for (const name of (await readdir(join(DATA, group))).sort()) {
      if (existsSync(join(DATA, group, name, 'model.onnx'))) ids.push(`${group}/${name}`);
    }
  }
  return ids;
}

async function readTensors(
  dir: string,
  prefix: 'input' | 'output',
): Promise<{ tensors: PlainTensor[]; bad: string | null }> {
  const set = join(dir, 'test_data_set_0');
  if (!existsSync(set)) return { tensors: [], bad: null };
  const files = (await readdir(set))
    .filter((f) => f.startsWith(`${prefix}_`) && f.endsWith('.pb'))
    .sort((a, b) => Number(a.slice(prefix.length + 1, -3)) - Number(b.slice(prefix.length + 1, -3)));
  const tensors: PlainTensor[] = [];
  for (const f of files) {
    const decoded = decodeTensorFile(new Uint8Array(await readFile(join(set, f))));
    if (!decoded.ok) return { tensors, bad: `${f}: ${decoded.reason}` };
    tensors.push(decoded.tensor);
  }
  return { tensors, bad: null };
}

function withTimeout<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timeout after ${TIMEOUT_MS / 1000} s (${what})`)), TIMEOUT_MS);
    }),
  ]);
}

const firstLine = (e: unknown) =>
  String((e as Error)?.message ?? e)
    .split('\n')[0]!
    .slice(0, 300);

async function runNode(c: Case, modelInputs: string[]): Promise<Outcome> {
  if (c.unfeedable) return { reality: 'fails', detail: `JS API cannot feed: ${c.unfeedable}` };
  let session: ortNode.InferenceSession | undefined;
  try {
    session = await withTimeout(ortNode.InferenceSession.create(join(c.dir, 'model.onnx')), 'load');
    const feeds: Record<string, ortNode.Tensor> = {};
    c.inputs.forEach((t, i) => {
      const name = t.name || modelInputs[i] || session!.inputNames[i]!;
      feeds[name] = new ortNode.Tensor(t.type as 'float32', typedData(t) as Float32Array, t.dims);
    });
    const result = await withTimeout(session.run(feeds), 'run');
    let mismatch: string | null = null;
    session.outputNames.forEach((name, i) => {
      const expected = c.outputs[i];
      const actual = result[name];
      if (!mismatch && expected && actual) {
        const diff = compareOutputs(actual.data as ArrayLike<unknown>, typedData(expected) as ArrayLike<unknown>);
        if (diff) mismatch = `${name}: ${diff}`;
      }
    });
    return { reality: 'runs', detail: null, mismatch };
  } catch (e) {
    return { reality: 'fails', detail: firstLine(e) };
  } finally {
    await session?.release().catch(() => undefined);
  }
}

const TYPES: Record<string, string> = { '.mjs': 'text/javascript', '.wasm': 'application/wasm' };

async function startServer() {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path === '/') {
      res.setHeader('Content-Type', 'text/html');
      res.end('<!doctype html><title>onnx verdicts</title>');
      return;
    }
    const file = path.startsWith('/ort/')
      ? join(ORT_WEB_DIST, path.slice(5))
      : path.startsWith('/models/')
        ? join(DATA, path.slice(8))
        : null;
    try {
      if (!file || path.includes('..')) throw new Error('not found');
      const body = await readFile(file);
      res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
      res.end(body);
    } catch {
      res.statusCode = 404;
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

interface WireTensor {
  name: string;
  type: string;
  dims: number[];
  base64: string | null;
  strings: string[] | null;
}

const toWire = (t: PlainTensor, name: string): WireTensor => ({
  name,
  type: t.type,
  dims: t.dims,
  base64: t.bytes ? Buffer.from(t.bytes).toString('base64') : null,
  strings: t.strings,
});

interface PageResult {
  ok: boolean;
  error: string | null;
  logs: string[];
}

/** One Chromium page with onnxruntime-web loaded; reopened after a timeout or a WebGPU failure. */
class WebRunner {
  private page: Page | null = null;
  constructor(
    private browser: Browser,
    private url: string,
    private ep: 'wasm' | 'webgpu',
  ) {}

  private async open(): Promise<Page> {
    if (this.page) return this.page;
    const page = await this.browser.newPage();
    // tsx (esbuild keepNames) wraps named functions in __name(); the page needs it too.
    await page.addInitScript('window.__name = (f) => f;');
    await page.goto(this.url);
    await page.evaluate(async () => {
      const w = window as unknown as { ort: unknown; hubLogs: string[] };
      w.hubLogs = [];
      for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
        const orig = console[level].bind(console);
        console[level] = (...a: unknown[]) => {
          w.hubLogs.push(a.map(String).join(' '));
          orig(...a);
        };
      }
      const ort = await import(/* @vite-ignore */ `${location.origin}/ort/ort.min.mjs`);
      ort.env.wasm.numThreads = 1;
      ort.env.wasm.wasmPaths = `${location.origin}/ort/`;
      w.ort = ort;
    });
    // The first session of a page compiles the WASM binary and sets up WebGPU (tens of seconds on a
    // busy machine): do it here, outside the per-model timeout.
    await page
      .evaluate(
        async ({ ep }) => {
          const ort = (
            window as unknown as {
              ort: {
                InferenceSession: { create: (u: string, o: object) => Promise<{ release: () => Promise<void> }> };
              };
            }
          ).ort;
          const s = await ort.InferenceSession.create('/models/node/test_abs/model.onnx', { executionProviders: [ep] });
          await s.release();
        },
        { ep: this.ep },
      )
      .catch(() => undefined);
    this.page = page;
    return page;
  }

  async reset(): Promise<void> {
    const page = this.page;
    this.page = null;
    await page?.close().catch(() => undefined);
  }

  async run(c: Case, inputs: WireTensor[]): Promise<PageResult> {
    const page = await this.open();
    try {
      return await withTimeout(
        page.evaluate(
          async ({ model, inputs, ep }) => {
            const w = window as unknown as {
              ort: {
                InferenceSession: { create: (u: string, o: object) => Promise<any> };
                Tensor: new (t: string, d: unknown, dims: number[]) => unknown;
                env: { logLevel: string };
              };
              hubLogs: string[];
            };
            const ort = w.ort;
            w.hubLogs = [];
            const bytesOf = (b64: string) => Uint8Array.from(atob(b64), (ch) => ch.charCodeAt(0)).buffer;
            const ctor: Record<string, (b: ArrayBuffer) => unknown> = {
              float32: (b) => new Float32Array(b),
              float64: (b) => new Float64Array(b),
              int64: (b) => new BigInt64Array(b),
              uint64: (b) => new BigUint64Array(b),
              int32: (b) => new Int32Array(b),
              uint32: (b) => new Uint32Array(b),
              int16: (b) => new Int16Array(b),
              uint16: (b) => new Uint16Array(b),
              float16: (b) => new Uint16Array(b),
              int8: (b) => new Int8Array(b),
              uint8: (b) => new Uint8Array(b),
              bool: (b) => new Uint8Array(b),
            };
            ort.env.logLevel = ep === 'webgpu' ? 'verbose' : 'warning';
            let session: { run: (f: object) => Promise<unknown>; release: () => Promise<void> } | undefined;
            try {
              session = await ort.InferenceSession.create(`/models/${model}/model.onnx`, {
                executionProviders: [ep],
                ...(ep === 'webgpu' ? { logSeverityLevel: 0, logVerbosityLevel: 1 } : {}),
              });
              const feeds: Record<string, unknown> = {};
              for (const t of inputs) {
                feeds[t.name] = new ort.Tensor(t.type, t.strings ?? ctor[t.type]!(bytesOf(t.base64!)), t.dims);
              }
              await session!.run(feeds);
              return { ok: true, error: null, logs: w.hubLogs };
            } catch (e) {
              return { ok: false, error: String((e as Error)?.message ?? e), logs: w.hubLogs };
            } finally {
              await session?.release().catch(() => undefined);
            }
          },
          { model: c.id, inputs, ep: this.ep },
        ),
        `${this.ep} ${c.id}`,
      );
    } catch (e) {
      await this.reset();
      return { ok: false, error: firstLine(e), logs: [] };
    }
  }
}

/** Nodes the WebGPU session placed on the CPU EP, from ORT's "Node placements" verbose log. */
export function cpuPlacedNodes(logs: string[]): string[] | null {
  const start = logs.findIndex((l) => l.includes('Node placements'));
  if (start < 0) return null;
  const out: string[] = [];
  let onCpu = false;
  for (const line of logs.slice(start + 1)) {
    if (!line.includes('VerifyEachNodeIsAssignedToAnEp')) break;
    if (line.includes('All nodes placed on')) return line.includes('[JsExecutionProvider]') ? [] : ['(all)'];
    const placed = /Node\(s\) placed on \[(\w+)\]/.exec(line);
    if (placed) {
      onCpu = placed[1] !== 'JsExecutionProvider';
      continue;
    }
    if (onCpu) out.push(line.replace(/^.*VerifyEachNodeIsAssignedToAnEp\]\s*/, '').trim());
  }
  return out;
}

async function runWeb(runner: WebRunner, c: Case, modelInputs: string[], ep: 'wasm' | 'webgpu'): Promise<Outcome> {
  if (c.unfeedable) return { reality: 'fails', detail: `JS API cannot feed: ${c.unfeedable}` };
  const inputs = c.inputs.map((t, i) => toWire(t, t.name || modelInputs[i] || `input_${i}`));
  let r = await runner.run(c, inputs);
  // A failed WebGPU run can leave the page unusable ("not allowed to be called recursively",
  // issue 16): then reload the page and try the model once more.
  if (!r.ok && /recursive|device (is )?lost|destroyed/i.test(r.error ?? '')) {
    await runner.reset();
    r = await runner.run(c, inputs);
  }
  if (!r.ok) return { reality: 'fails', detail: firstLine(r.error) };
  if (ep === 'wasm') return { reality: 'runs', detail: null };
  const onCpu = cpuPlacedNodes(r.logs);
  if (onCpu === null) return { reality: 'unknown', detail: 'no node placement log' };
  return onCpu.length > 0
    ? { reality: 'runs-with-fallback', detail: `on CPU: ${onCpu.slice(0, 6).join('; ')}` }
    : { reality: 'runs', detail: null };
}

// ---- main ------------------------------------------------------------------------------------
interface Row {
  id: string;
  engine: BenchEngine;
  verdict: string;
  verdictSummary: string;
  reality: string;
  detail: string | null;
  mismatch?: string | null;
}

async function verdictsFor(id: string): Promise<{ coverage: CoverageReport | null; report: InspectReport | null }> {
  try {
    const report = await inspectModel(new Uint8Array(await readFile(join(DATA, id, 'model.onnx'))));
    return { report, coverage: operatorCoverage(report) };
  } catch (e) {
    console.log(`  ${id}: inspector error ${firstLine(e)}`);
    return { report: null, coverage: null };
  }
}

function printMatrices(rows: Row[], engineSeconds: Record<string, number>) {
  const STATES = ['runs', 'runs-with-fallback', 'fails', 'unknown'] as const;
  const pad = (s: string, n: number) => s.padEnd(n);
  const results: Record<string, { agreement: number; runsThatFail: number; n: number }> = {};
  for (const engine of BENCH_ENGINES) {
    const mine = rows.filter((r) => r.engine === engine);
    if (mine.length === 0) continue;
    const agree = mine.filter((r) => r.verdict === r.reality).length;
    const runsThatFail = mine.filter((r) => r.verdict === 'runs' && r.reality === 'fails').length;
    results[engine] = { agreement: agree / mine.length, runsThatFail, n: mine.length };
    console.log(`\n${engine}: verdict (rows) × reality (columns), ${mine.length} models`);
    console.log(pad('', 22) + STATES.map((st) => pad(st, 20)).join(''));
    for (const v of STATES) {
      console.log(
        pad(v, 22) +
          STATES.map((r) => pad(String(mine.filter((x) => x.verdict === v && x.reality === r).length), 20)).join(''),
      );
    }
    const mismatches = mine.filter((r) => r.mismatch).length;
    console.log(
      `agreement ${(100 * results[engine]!.agreement).toFixed(1)} % (target ${engine === 'webgpu' ? 97 : 99} %); "runs" that fail: ${runsThatFail} (target 0)` +
        (engine === 'cpu' ? `; ran but outputs differ from the reference (rtol 1e-3): ${mismatches}` : '') +
        (engineSeconds[engine] ? `; ${engineSeconds[engine]!.toFixed(0)} s` : ''),
    );
  }
  return results;
}

if (args.rescore) {
  // Realities from earlier runs (--json files), verdicts from the checker as it is now.
  const rows: Row[] = [];
  for (const file of args.rescore.split(','))
    rows.push(...(JSON.parse(await readFile(file, 'utf8')) as { rows: Row[] }).rows);
  const cache = new Map<string, CoverageReport | null>();
  for (const row of rows) {
    if (!cache.has(row.id)) cache.set(row.id, (await verdictsFor(row.id)).coverage);
    const coverage = cache.get(row.id)!;
    const v = coverage ? benchVerdict(coverage, row.engine) : { status: 'unknown', summary: 'inspector error' };
    row.verdict = v.status;
    row.verdictSummary = v.summary;
    if (!args.quiet && row.verdict !== row.reality)
      console.log(
        `  ✗ ${row.engine} ${row.id}: verdict ${row.verdict} (${row.verdictSummary}) — reality ${row.reality} ${row.detail ?? ''}`,
      );
  }
  printMatrices(rows, {});
  process.exit(0);
}

let ids = await listModels();
if (args.filter) ids = ids.filter((id) => new RegExp(args.filter!).test(id));
if (args.limit) ids = ids.slice(0, Number(args.limit));
console.log(`onnx-verdicts: ${ids.length} models from ${DATA}; engines ${engines.join(', ')}`);

const started = performance.now();
const rows: Row[] = [];
const { server, url } = await startServer();
const browser = engines.some((e) => e !== 'cpu') ? await launchChromium({ webgpu: true }) : null;
const runners = {
  wasm: browser ? new WebRunner(browser, url, 'wasm') : null,
  webgpu: browser ? new WebRunner(browser, url, 'webgpu') : null,
};
const engineSeconds: Record<string, number> = {};
try {
  for (const [k, id] of ids.entries()) {
    const dir = join(DATA, id);
    const { report, coverage } = await verdictsFor(id);
    const modelInputs = report?.inputs.map((i) => i.name) ?? [];
    // Sequence, map and optional values are stored as other protos; the JS APIs take tensors only.
    const nonTensor = [...(report?.inputs ?? []), ...(report?.outputs ?? [])].find(
      (v) => v.elemType === null || v.type.startsWith('sparse'),
    );
    const ins = nonTensor ? { tensors: [], bad: null } : await readTensors(dir, 'input');
    const outs = nonTensor ? { tensors: [], bad: null } : await readTensors(dir, 'output');
    const unfeedable = nonTensor ? `${nonTensor.name} is ${nonTensor.type}` : (ins.bad ?? outs.bad);
    const c: Case = { id, dir, inputs: ins.tensors, outputs: outs.tensors, unfeedable };
    for (const engine of engines) {
      const t0 = performance.now();
      const outcome =
        engine === 'cpu' ? await runNode(c, modelInputs) : await runWeb(runners[engine]!, c, modelInputs, engine);
      engineSeconds[engine] = (engineSeconds[engine] ?? 0) + (performance.now() - t0) / 1000;
      if (process.env.VERDICTS_TRACE) console.log(`  ${engine} ${id} ${(performance.now() - t0).toFixed(0)} ms`);
      const v = coverage ? benchVerdict(coverage, engine) : { status: 'unknown', summary: 'inspector error' };
      rows.push({
        id,
        engine,
        verdict: v.status,
        verdictSummary: v.summary,
        reality: outcome.reality,
        detail: outcome.detail,
        mismatch: outcome.mismatch,
      });
      if (!args.quiet && v.status !== outcome.reality)
        console.log(
          `  ✗ ${engine} ${id}: verdict ${v.status} (${v.summary}) — reality ${outcome.reality} ${outcome.detail ?? ''}`,
        );
    }
    if ((k + 1) % 50 === 0 && args.json) await writeFile(args.json, JSON.stringify({ partial: true, rows }, null, 1));
    if ((k + 1) % 50 === 0)
      console.log(`  … ${k + 1}/${ids.length} (${((performance.now() - started) / 1000).toFixed(0)} s)`);
  }
} finally {
  await browser?.close();
  server.close();
}

const results = printMatrices(rows, engineSeconds);
console.log(`\ntotal ${((performance.now() - started) / 1000).toFixed(0)} s`);
if (args.json) await writeFile(args.json, JSON.stringify({ results, rows }, null, 1));

import type * as Ort from 'onnxruntime-web';
import { assembleRecord, summarizeRun } from '../../lib/benchmarks/assemble-record';
import { describeAdapter, parseUserAgent, type AdapterInfoInput } from '../../lib/benchmarks/device-info';
import type { BenchmarkRecord, HardwareInfo } from '../../lib/benchmarks/record';
import { describeInputs, syntheticInputs, type InputSignature } from '../../lib/benchmarks/synthetic-inputs';
import { loadOrt } from '../ort/runtime';
import type { BrowserRunRequest } from './run-request';

export const BROWSER_HARNESS = { name: 'hep-ml-hub bench-browser', version: '1.0.0' };

export type { BrowserRunRequest };

export type BrowserRunResult = { ok: true; record: BenchmarkRecord } | { ok: false; error: string };

/** The file to measure, as the page resolved it on the server (or the API resolves it here). */
export interface RunTarget {
  version: number;
  artifact: { name: string; uri: string; sha256: string | null; precision: string | null; sparsityPct: number | null };
}

interface VersionJson {
  version: number;
  artifacts: (RunTarget['artifact'] & { format: string })[];
}

const hex = (buffer: ArrayBuffer) =>
  Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, '0')).join('');

/** Smallest step of this page's clock: 5 µs when cross-origin isolated, 100 µs otherwise. */
function clockResolutionMs(): number {
  let best = Infinity;
  for (let i = 0; i < 50; i++) {
    const a = performance.now();
    let b = performance.now();
    while (b === a) b = performance.now();
    best = Math.min(best, b - a);
  }
  return best;
}

async function targetOf(request: BrowserRunRequest): Promise<RunTarget> {
  const path = request.version
    ? `/api/models/${request.model}/versions/${request.version}`
    : `/api/models/${request.model}/aliases/latest/version`;
  const response = await fetch(path, { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`${path} answered HTTP ${response.status}`);
  const version = (await response.json()) as VersionJson;
  const artifact = version.artifacts.find((a) => a.format === 'onnx' && a.sha256);
  if (!artifact) throw new Error(`${request.model} v${version.version} has no ONNX artifact with a sha256`);
  return { version: version.version, artifact };
}

async function resolveModel(request: BrowserRunRequest, resolved?: RunTarget) {
  const { version, artifact } = resolved ?? (await targetOf(request));
  if (!artifact.uri.startsWith('/') && !artifact.uri.startsWith(location.origin))
    throw new Error(`the artifact is at ${artifact.uri}; the browser harness runs files this hub serves`);
  const bytes = await (await fetch(artifact.uri)).arrayBuffer();
  const sha256 = hex(await crypto.subtle.digest('SHA-256', bytes));
  if (sha256 !== artifact.sha256)
    throw new Error(`${artifact.uri} has sha256 ${sha256}, the catalog says ${artifact.sha256}`);
  return { version, artifact, bytes: new Uint8Array(bytes) };
}

async function adapterInfo(): Promise<AdapterInfoInput | null> {
  const gpu = (navigator as Navigator & { gpu?: { requestAdapter(): Promise<{ info?: AdapterInfoInput } | null> } })
    .gpu;
  const adapter = await gpu?.requestAdapter().catch(() => null);
  if (!adapter) return null;
  const info = adapter.info ?? {};
  return { vendor: info.vendor, architecture: info.architecture, device: info.device, description: info.description };
}

/**
 * The browser harness: the same measurement as the node harness, through onnxruntime-web on the
 * WASM or WebGPU provider. Runs are timed in blocks of k (k calibrated so a block lasts ≥ 200 clock
 * steps) because the page's clock is coarser than one run of a small model.
 */
export async function runInBrowser(
  request: BrowserRunRequest,
  onStatus: (text: string) => void = () => {},
  target?: RunTarget,
): Promise<BenchmarkRecord> {
  onStatus(target ? 'Fetching the model…' : 'Resolving the model…');
  const { version, artifact, bytes } = await resolveModel(request, target);
  onStatus('Loading onnxruntime-web from this hub…');
  const ort = await loadOrt();
  ort.env.wasm.numThreads = request.threads;
  const adapter = request.provider === 'webgpu' ? await adapterInfo() : null;
  if (request.provider === 'webgpu' && !adapter) throw new Error('WebGPU offers no adapter in this browser');

  onStatus(`Creating a ${request.provider} session…`);
  const created = performance.now();
  const session: Ort.InferenceSession = await ort.InferenceSession.create(bytes, {
    executionProviders: [request.provider],
    graphOptimizationLevel: 'all',
    logSeverityLevel: 3,
  });
  const sessionCreateMs = performance.now() - created;
  try {
    const signatures: InputSignature[] = session.inputMetadata.map((m) => {
      if (!m.isTensor) throw new Error(`input "${m.name}" is not a tensor`);
      return { name: m.name, type: m.type, shape: m.shape };
    });
    const inputs = syntheticInputs(signatures, request.batchSize, request.seed);
    const feeds = Object.fromEntries(
      inputs.map((i) => [i.name, new ort.Tensor(i.type as never, i.data as never, i.dims)]),
    );

    const first = performance.now();
    await session.run(feeds);
    const firstInferenceMs = performance.now() - first;

    onStatus('Warming up…');
    const warmupMinMs = Math.min(request.minDurationMs * 0.1, 1000);
    let warmupRuns = 0;
    const warmupStart = performance.now();
    while (warmupRuns < request.warmupRuns || performance.now() - warmupStart < warmupMinMs) {
      await session.run(feeds);
      warmupRuns++;
    }
    const perRunMs = (performance.now() - warmupStart) / warmupRuns;
    // At least 200 clock steps (1 ms when cross-origin isolated) per sample: a 0.5 % rounding error.
    const blockTargetMs = Math.max(clockResolutionMs() * 200, 1);
    let runsPerSample = 1;
    while (runsPerSample * perRunMs < blockTargetMs && runsPerSample < 4096) runsPerSample *= 2;

    onStatus(`Measuring (${runsPerSample} run${runsPerSample === 1 ? '' : 's'} per sample)…`);
    const samples: number[] = [];
    const start = performance.now();
    let now = start;
    while (samples.length * runsPerSample < request.minIterations || now - start < request.minDurationMs) {
      const before = performance.now();
      for (let i = 0; i < runsPerSample; i++) await session.run(feeds);
      now = performance.now();
      samples.push((now - before) / runsPerSample);
    }
    const run = summarizeRun(samples, now - start, runsPerSample);

    const { browser, os } = parseUserAgent(navigator.userAgent);
    const ortVersion = ort.env.versions.web ?? ort.env.versions.common;
    const threads = request.provider === 'wasm' ? (globalThis.crossOriginIsolated ? request.threads : 1) : undefined;
    const hardware: HardwareInfo = {
      browser,
      ...(adapter ? { webgpuAdapter: describeAdapter(adapter) } : {}),
      description: `${os}, ${navigator.hardwareConcurrency} logical cores`,
    };
    return assembleRecord(
      {
        model: request.model,
        version,
        artifact: {
          sha256: artifact.sha256!,
          name: artifact.name,
          ...(artifact.precision ? { precision: artifact.precision } : {}),
          ...(artifact.sparsityPct != null ? { sparsityPct: artifact.sparsityPct } : {}),
        },
        engine: {
          name: 'onnxruntime-web',
          version: ortVersion,
          executionProvider: request.provider,
          ...(request.provider === 'wasm'
            ? {
                buildVariant: globalThis.crossOriginIsolated
                  ? 'wasm, threads available'
                  : 'wasm, single-threaded (not cross-origin isolated)',
              }
            : {}),
        },
        hardware,
        software: { os, runtime: `${browser.name} ${browser.version}`, libraries: { 'onnxruntime-web': ortVersion } },
        settings: {
          scenario: 'single-stream',
          batchSize: request.batchSize,
          ...(threads ? { intraOpThreads: threads } : {}),
          warmupRuns,
          minIterations: request.minIterations,
          minDurationMs: request.minDurationMs,
          graphOptimizationLevel: 'all',
          input: { description: describeInputs(inputs, request.seed), seed: request.seed },
        },
        provenance: { source: 'browser', measuredAt: new Date().toISOString(), harness: BROWSER_HARNESS },
      },
      run,
      { sessionCreateMs, firstInferenceMs },
    );
  } finally {
    await session.release();
  }
}

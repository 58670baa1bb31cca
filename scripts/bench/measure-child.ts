/**
 * Measures one configuration (model file × batch × threads) in its own process, so the peak
 * resident memory it reports (getrusage ru_maxrss, the VmHWM of /proc/self/status) belongs to
 * this configuration alone: a high-water mark never goes down, so configurations sharing a
 * process would inherit each other's peaks. Started by run-configuration.ts over IPC.
 */
import { summarizeRun, type RunSummary } from '../../src/lib/benchmarks/assemble-record';
import { describeInputs, syntheticInputs, type InputSignature } from '../../src/lib/benchmarks/synthetic-inputs';

export interface MeasureRequest {
  file: string;
  batchSize: number;
  threads: number;
  seed: number;
  warmupRuns: number;
  warmupMinMs: number;
  minIterations: number;
  minDurationMs: number;
  graphOptimizationLevel: 'disabled' | 'basic' | 'extended' | 'all';
}

export type MeasureReply =
  | {
      ok: true;
      run: RunSummary;
      warmupRuns: number;
      inputDescription: string;
      sessionCreateMs: number;
      firstInferenceMs: number;
      baselineMemoryBytes: number;
      peakMemoryBytes: number;
    }
  | { ok: false; error: string; skipped: boolean };

/** A cap on samples kept (memory), far above what any sensible minimum asks for. */
const MAX_SAMPLES = 20_000_000;

async function measure(request: MeasureRequest): Promise<MeasureReply> {
  const ort = await import('onnxruntime-node');
  const baselineMemoryBytes = process.memoryUsage.rss();
  const created = performance.now();
  const session = await ort.InferenceSession.create(request.file, {
    intraOpNumThreads: request.threads,
    interOpNumThreads: 1,
    executionMode: 'sequential',
    graphOptimizationLevel: request.graphOptimizationLevel,
  });
  const sessionCreateMs = performance.now() - created;
  const signatures: InputSignature[] = session.inputMetadata.map((m) => {
    if (!m.isTensor) throw new Error(`input "${m.name}" is not a tensor; the harness feeds tensors only`);
    return { name: m.name, type: m.type, shape: m.shape };
  });
  let inputs;
  try {
    inputs = syntheticInputs(signatures, request.batchSize, request.seed);
  } catch (error) {
    return { ok: false, error: (error as Error).message, skipped: error instanceof RangeError };
  }
  const feeds = Object.fromEntries(
    inputs.map((i) => [i.name, new ort.Tensor(i.type as never, i.data as never, i.dims)]),
  );

  const first = performance.now();
  await session.run(feeds);
  const firstInferenceMs = performance.now() - first;

  let warmupRuns = 0;
  const warmupStart = performance.now();
  while (warmupRuns < request.warmupRuns || performance.now() - warmupStart < request.warmupMinMs) {
    await session.run(feeds);
    warmupRuns++;
  }

  let samples = new Float64Array(4096);
  let n = 0;
  const start = performance.now();
  let now = start;
  while ((n < request.minIterations || now - start < request.minDurationMs) && n < MAX_SAMPLES) {
    const before = performance.now();
    await session.run(feeds);
    now = performance.now();
    if (n === samples.length) {
      const grown = new Float64Array(samples.length * 2);
      grown.set(samples);
      samples = grown;
    }
    samples[n++] = now - before;
  }
  const durationMs = now - start;
  await session.release();
  return {
    ok: true,
    run: summarizeRun(Array.from(samples.subarray(0, n)), durationMs),
    warmupRuns,
    inputDescription: describeInputs(inputs, request.seed),
    sessionCreateMs,
    firstInferenceMs,
    baselineMemoryBytes,
    // ru_maxrss is in kibibytes on Linux (bytes on macOS, where Node already converts to KiB).
    peakMemoryBytes: process.resourceUsage().maxRSS * 1024,
  };
}

process.once('message', (request: MeasureRequest) => {
  measure(request)
    .catch((error: unknown): MeasureReply => ({
      ok: false,
      error: error instanceof Error ? error.message : String(error),
      skipped: false,
    }))
    .then((reply) => process.send!(reply, () => process.exit(0)));
});

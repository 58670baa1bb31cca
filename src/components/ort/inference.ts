import type * as Ort from 'onnxruntime-web';
import { summarizeLatencies, type LatencySummary } from '../../lib/stats';

let queue: Promise<unknown> = Promise.resolve();

/**
 * Runs ORT calls one at a time: sessions of one page share one WASM instance and one GPU device.
 * Creating, running and releasing sessions all go through it: in the WebGPU (JSEP) build a call
 * can suspend inside the WASM module (Asyncify), and Emscripten does not support another call
 * entering the module until it resumes (a release while a session starts, for example).
 */
export function exclusive<T>(task: () => Promise<T>): Promise<T> {
  const next = queue.then(task, task);
  queue = next.catch(() => undefined);
  return next;
}

/** Releases a session once the calls queued before it are done (see exclusive). */
export function releaseSession(session: Ort.InferenceSession): Promise<void> {
  return exclusive(() => session.release());
}

export interface TimedOutputs {
  outputs: Ort.InferenceSession.OnnxValueMapType;
  ms: number;
}

export function timedRun(session: Ort.InferenceSession, feeds: Ort.InferenceSession.FeedsType): Promise<TimedOutputs> {
  return exclusive(async () => {
    const start = performance.now();
    const outputs = await session.run(feeds);
    return { outputs, ms: performance.now() - start };
  });
}

/** Yields to the browser so progress can paint between batches of runs. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export interface RunPlan {
  /** At least this many timed runs … */
  runs: number;
  /** … and at least this long (ms), so that a fast model is measured long enough to compare. */
  minDurationMs?: number;
  warmup?: number;
}

/**
 * Runs the same feeds until both `runs` and `minDurationMs` are reached (after a few untimed
 * warm-up runs) and summarises the per-inference latencies. `onProgress` gets the runs done and
 * the fraction of the plan completed (the lesser of runs and duration done).
 */
export async function benchmarkRuns(
  session: Ort.InferenceSession,
  feeds: Ort.InferenceSession.FeedsType,
  plan: RunPlan,
  onProgress?: (done: number, fraction: number) => void,
): Promise<LatencySummary & { samplesMs: number[]; durationMs: number; warmupRuns: number }> {
  const { runs, minDurationMs = 0, warmup = 5 } = plan;
  const samples: number[] = [];
  let durationMs = 0;
  await exclusive(async () => {
    for (let i = 0; i < warmup; i++) await session.run(feeds);
    const loopStart = performance.now();
    const fraction = () =>
      Math.min(samples.length / runs, minDurationMs > 0 ? (performance.now() - loopStart) / minDurationMs : 1, 1);
    while (samples.length < runs || performance.now() - loopStart < minDurationMs) {
      const start = performance.now();
      await session.run(feeds);
      samples.push(performance.now() - start);
      if (samples.length % 50 === 0) {
        onProgress?.(samples.length, fraction());
        await nextFrame();
      }
    }
    durationMs = performance.now() - loopStart;
    onProgress?.(samples.length, 1);
  });
  // The samples and loop time also let a visitor submit the run to the benchmark hub.
  return { ...summarizeLatencies(samples), samplesMs: samples, durationMs, warmupRuns: warmup };
}

export function formatMs(ms: number): string {
  return ms >= 10 ? `${ms.toFixed(1)} ms` : ms >= 1 ? `${ms.toFixed(2)} ms` : `${ms.toFixed(3)} ms`;
}

import type * as Ort from 'onnxruntime-web';
import { summarizeLatencies, type LatencySummary } from '../../lib/stats';

let queue: Promise<unknown> = Promise.resolve();

/** Runs ORT calls one at a time: sessions of one page share one WASM instance and one GPU device. */
export function exclusive<T>(task: () => Promise<T>): Promise<T> {
  const next = queue.then(task, task);
  queue = next.catch(() => undefined);
  return next;
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

/**
 * Runs the same feeds `count` times (after a few untimed warm-up runs) and summarises the
 * per-inference latencies; `onProgress` gets the number done so far.
 */
export async function benchmarkRuns(
  session: Ort.InferenceSession,
  feeds: Ort.InferenceSession.FeedsType,
  count: number,
  onProgress?: (done: number) => void,
  warmup = 5,
): Promise<LatencySummary & { samplesMs: number[]; durationMs: number; warmupRuns: number }> {
  const samples: number[] = [];
  let durationMs = 0;
  await exclusive(async () => {
    for (let i = 0; i < warmup; i++) await session.run(feeds);
    const loopStart = performance.now();
    for (let i = 0; i < count; i++) {
      const start = performance.now();
      await session.run(feeds);
      samples.push(performance.now() - start);
      if ((i + 1) % 50 === 0 || i + 1 === count) {
        onProgress?.(i + 1);
        await nextFrame();
      }
    }
    durationMs = performance.now() - loopStart;
  });
  // The samples and loop time also let a visitor submit the run to the benchmark hub.
  return { ...summarizeLatencies(samples), samplesMs: samples, durationMs, warmupRuns: warmup };
}

export function formatMs(ms: number): string {
  return ms >= 10 ? `${ms.toFixed(1)} ms` : ms >= 1 ? `${ms.toFixed(2)} ms` : `${ms.toFixed(3)} ms`;
}

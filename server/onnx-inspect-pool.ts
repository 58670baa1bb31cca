import { Piscina } from 'piscina';
import { availableParallelism } from 'node:os';
import type { InspectOutcome } from '../src/lib/onnx/inspect-upload';
import { InspectorBusyError, InspectorLimitError } from '../functions/services/onnx-inspect';

export interface InspectPoolOptions {
  /** Worker threads (default: one fewer than the cores, at least one). */
  threads?: number;
  /** Uploads that may wait for a free worker; one more is answered 503. */
  maxQueue?: number;
  /** Longest inspection of one model before its worker is stopped. */
  timeoutMs?: number;
  /** Heap of one worker; a model that needs more is refused (422 too_complex). */
  maxHeapMb?: number;
}

/**
 * ONNX inspection off the event loop: a small pool of worker threads, each with a heap limit,
 * a per-model time limit and a bounded queue, so a large upload cannot stall other requests.
 */
export function createInspectPool(options: InspectPoolOptions = {}) {
  const threads = options.threads ?? Math.max(1, availableParallelism() - 1);
  const timeoutMs = options.timeoutMs ?? 20_000;
  const maxHeapMb = options.maxHeapMb ?? 1024;
  // A worker frees up within one inspection; a few seconds is the typical wait.
  const retryAfterSeconds = 2;
  const maxQueue = options.maxQueue ?? threads * 2;
  let inFlight = 0;
  const pool = new Piscina({
    filename: new URL('./onnx-inspect-entry.mjs', import.meta.url).href,
    minThreads: 0,
    maxThreads: threads,
    maxQueue: Math.max(1, maxQueue),
    idleTimeout: 30_000,
    resourceLimits: { maxOldGenerationSizeMb: maxHeapMb },
  });

  async function inspect(bytes: Uint8Array): Promise<InspectOutcome> {
    // Admission is counted here: one inspection per worker, the rest wait in a bounded queue.
    if (inFlight >= threads + maxQueue) throw new InspectorBusyError(retryAfterSeconds);
    inFlight += 1;
    // A copy the worker takes over, so the caller's bytes stay usable.
    const buffer = bytes.slice().buffer;
    try {
      return (await pool.run(buffer, {
        transferList: [buffer],
        signal: AbortSignal.timeout(timeoutMs),
      })) as InspectOutcome;
    } catch (error) {
      const name = (error as { name?: string }).name;
      const code = (error as { code?: string }).code;
      if (name === 'AbortError' || name === 'TimeoutError') {
        throw new InspectorLimitError(
          'time',
          `Inspecting this model took longer than ${timeoutMs / 1000} s; inspect it locally with \`npx hub onnx inspect model.onnx\`.`,
        );
      }
      if (code === 'ERR_WORKER_OUT_OF_MEMORY') {
        throw new InspectorLimitError(
          'memory',
          `Inspecting this model needs more than ${maxHeapMb} MiB; inspect it locally with \`npx hub onnx inspect model.onnx\`.`,
        );
      }
      throw error;
    } finally {
      inFlight -= 1;
    }
  }

  return { inspect, close: () => pool.destroy(), threads };
}

export type InspectPool = ReturnType<typeof createInspectPool>;

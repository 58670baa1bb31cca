import type * as Ort from 'onnxruntime-web';
import type { BenchmarkSummary, RunPlan, RunnableSession, TimedOutputs } from './inference';
import type { OrtModule } from './runtime';
import type { CreatedReply, RanReply, WebGpuReply, WebGpuRequest, WireTensors } from './webgpu-protocol';

/** A WebGPU run failed: the worker that ran it is gone, and the next WebGPU session starts afresh. */
export class WebGpuRunError extends Error {
  override readonly name = 'WebGpuRunError';
}

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
  onProgress?: (done: number, fraction: number) => void;
}

/**
 * The worker that hosts this page's WebGPU sessions (webgpu-worker.ts). After any failed WebGPU
 * call it is terminated, which drops its onnxruntime-web instance and GPU device with everything a
 * failure may have left behind; the next WebGPU session starts a new one.
 */
class GpuWorker {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  ended: string | null = null;

  constructor() {
    this.worker = new Worker(new URL('./webgpu-worker.ts', import.meta.url), {
      type: 'module',
      name: 'webgpu-runtime',
    });
    this.worker.onmessage = (event: MessageEvent<WebGpuReply>) => {
      const reply = event.data;
      const waiting = this.pending.get(reply.id);
      if (!waiting) return;
      if ('progress' in reply) return waiting.onProgress?.(reply.progress.done, reply.progress.fraction);
      this.pending.delete(reply.id);
      if (reply.ok) waiting.resolve(reply.result);
      else waiting.reject(new Error(reply.error));
    };
    this.worker.onerror = (event) => {
      event.preventDefault();
      this.end(`the WebGPU worker stopped: ${event.message || 'it failed to start'}`);
    };
  }

  call<T>(
    request: WebGpuRequest,
    transfer: Transferable[] = [],
    onProgress?: (done: number, fraction: number) => void,
  ): Promise<T> {
    if (this.ended) return Promise.reject(new Error(this.ended));
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject, onProgress });
      this.worker.postMessage({ id, request }, transfer);
    });
  }

  /** Terminates the worker; calls still waiting fail with `reason`. */
  end(reason: string): void {
    if (this.ended) return;
    this.ended = reason;
    this.worker.terminate();
    if (current === this) current = undefined;
    for (const waiting of this.pending.values()) waiting.reject(new Error(reason));
    this.pending.clear();
  }
}

let current: GpuWorker | undefined;
let starting: Promise<GpuWorker> | undefined;
/** The runtime compiled once on this page (which may compile WebAssembly) for every worker. */
let compiled: Promise<WebAssembly.Module> | undefined;

async function gpuWorker(ort: OrtModule): Promise<GpuWorker> {
  if (current && !current.ended) return current;
  starting ??= (async () => {
    const worker = new GpuWorker();
    try {
      const wasmPaths = ort.env.wasm.wasmPaths as { mjs?: string | URL } | undefined;
      const binary = ort.env.wasm.wasmBinary;
      if (!wasmPaths?.mjs || !binary) throw new Error('the ONNX runtime is not loaded yet');
      compiled ??= WebAssembly.compile(binary as BufferSource);
      compiled.catch(() => (compiled = undefined));
      await worker.call({ kind: 'init', loaderUrl: String(wasmPaths.mjs), wasmModule: await compiled });
      current = worker;
      return worker;
    } catch (error) {
      worker.end(error instanceof Error ? error.message : String(error));
      throw error;
    } finally {
      starting = undefined;
    }
  })();
  return starting;
}

/** Whether a WebGPU worker is running now (tests and the page's status line read it). */
export function webGpuWorkerRunning(): boolean {
  return current !== undefined && !current.ended;
}

function toWire(feeds: Ort.InferenceSession.FeedsType): WireTensors {
  const wire: WireTensors = {};
  for (const [name, value] of Object.entries(feeds)) {
    const t = value as Ort.Tensor;
    wire[name] = { type: t.type, dims: [...t.dims], data: t.data };
  }
  return wire;
}

/** A WebGPU session in the worker, used like onnxruntime-web's own (see RunnableSession). */
class WorkerSession implements RunnableSession {
  constructor(
    private readonly ort: OrtModule,
    private readonly worker: GpuWorker,
    private readonly id: number,
  ) {}

  /** Runs a call; on failure ends the worker (see GpuWorker) and throws WebGpuRunError. */
  private async guarded<T>(run: () => Promise<T>): Promise<T> {
    if (this.worker.ended) {
      throw new WebGpuRunError(
        `This WebGPU session ended when an earlier failed run restarted WebGPU (${this.worker.ended}); run again to start a new one.`,
      );
    }
    try {
      return await run();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.worker.end(`an earlier WebGPU run failed: ${message}`);
      throw new WebGpuRunError(message);
    }
  }

  readonly remote = {
    timedRun: (feeds: Ort.InferenceSession.FeedsType): Promise<TimedOutputs> =>
      this.guarded(async () => {
        const ran = await this.worker.call<RanReply>({ kind: 'run', session: this.id, feeds: toWire(feeds) });
        const outputs: Record<string, Ort.OnnxValue> = {};
        for (const [name, t] of Object.entries(ran.outputs))
          outputs[name] = new this.ort.Tensor(t.type as never, t.data as never, t.dims);
        return { outputs, ms: ran.ms };
      }),
    benchmark: (
      feeds: Ort.InferenceSession.FeedsType,
      plan: RunPlan,
      onProgress?: (done: number, fraction: number) => void,
    ): Promise<BenchmarkSummary> =>
      this.guarded(() =>
        this.worker.call<BenchmarkSummary>(
          { kind: 'bench', session: this.id, feeds: toWire(feeds), plan },
          [],
          onProgress,
        ),
      ),
  };

  async run(feeds: Ort.InferenceSession.FeedsType): Promise<Ort.InferenceSession.OnnxValueMapType> {
    return (await this.remote.timedRun(feeds)).outputs;
  }

  async release(): Promise<void> {
    if (this.worker.ended) return;
    await this.worker.call({ kind: 'release', session: this.id }).catch(() => undefined);
  }
}

/**
 * Starts a WebGPU session in the page's WebGPU worker. A session that cannot start also ends the
 * worker: whatever the failed start left behind goes with it.
 */
export async function startWebGpuSession(ort: OrtModule, model: Uint8Array): Promise<RunnableSession> {
  const worker = await gpuWorker(ort);
  const copy = model.slice().buffer;
  try {
    const { session } = await worker.call<CreatedReply>({ kind: 'create', model: copy }, [copy]);
    return new WorkerSession(ort, worker, session);
  } catch (error) {
    worker.end(`starting a WebGPU session failed: ${error instanceof Error ? error.message : String(error)}`);
    throw error;
  }
}

/// <reference lib="webworker" />
import * as ort from 'onnxruntime-web';
import { benchmarkRuns } from './inference';
import type { CreatedReply, RanReply, WebGpuReply, WebGpuRequest, WireTensors } from './webgpu-protocol';

// WebGPU sessions run here, in a worker of their own, with their own onnxruntime-web instance and
// GPU device. A failed WebGPU run can leave onnxruntime-web's WebGPU backend unusable for every
// later run of that instance (issue 16: a kernel whose attribute check throws never clears the
// backend's "current kernel", so each later kernel fails with "not allowed to be called
// recursively"); the page then terminates this worker and starts a fresh one (webgpu-session.ts).

const sessions = new Map<number, ort.InferenceSession>();

/**
 * The worker gets onnxruntime-web's WASM runtime compiled by the page: the hub's Content-Security-
 * Policy lets only its WASM pages compile WebAssembly ('wasm-unsafe-eval'), not this script, and a
 * compiled module also makes a fresh worker start at once. onnxruntime-web has no option for a
 * compiled module, so it is given this placeholder as `wasmBinary`, and its loader's
 * `WebAssembly.instantiate(placeholder, imports)` instantiates the page's module instead.
 */
const PLACEHOLDER = Uint8Array.from([
  0x00, 0x61, 0x73, 0x6d, 0x68, 0x75, 0x62, 0x2d, 0x77, 0x65, 0x62, 0x67, 0x70, 0x75,
]);

function isPlaceholder(source: unknown): boolean {
  if (!ArrayBuffer.isView(source) && !(source instanceof ArrayBuffer)) return false;
  const bytes = ArrayBuffer.isView(source)
    ? new Uint8Array(source.buffer, source.byteOffset, source.byteLength)
    : new Uint8Array(source);
  return bytes.length === PLACEHOLDER.length && bytes.every((b, i) => b === PLACEHOLDER[i]);
}

function useCompiledModule(compiled: WebAssembly.Module): void {
  const instantiate = WebAssembly.instantiate.bind(WebAssembly) as (
    source: unknown,
    imports?: WebAssembly.Imports,
  ) => Promise<unknown>;
  (WebAssembly as { instantiate: unknown }).instantiate = async (source: unknown, imports?: WebAssembly.Imports) =>
    isPlaceholder(source)
      ? { module: compiled, instance: await WebAssembly.instantiate(compiled, imports) }
      : instantiate(source, imports);
}
let nextSession = 1;

const tensorsOf = (feeds: WireTensors) =>
  Object.fromEntries(
    Object.entries(feeds).map(([name, t]) => [name, new ort.Tensor(t.type as never, t.data as never, t.dims)]),
  );

function sessionOf(id: number): ort.InferenceSession {
  const session = sessions.get(id);
  if (!session) throw new Error(`no WebGPU session ${id} in this worker`);
  return session;
}

async function handle(id: number, request: WebGpuRequest): Promise<unknown> {
  switch (request.kind) {
    case 'init':
      ort.env.logLevel = 'error';
      // One thread: the kernels run on the GPU; the CPU side only schedules them.
      ort.env.wasm.numThreads = 1;
      ort.env.wasm.wasmPaths = { mjs: request.loaderUrl };
      useCompiledModule(request.wasmModule);
      ort.env.wasm.wasmBinary = PLACEHOLDER.buffer;
      return null;
    case 'create': {
      const session = await ort.InferenceSession.create(new Uint8Array(request.model), {
        executionProviders: ['webgpu'],
        graphOptimizationLevel: 'all',
        logSeverityLevel: 3,
      });
      const n = nextSession++;
      sessions.set(n, session);
      return { session: n } satisfies CreatedReply;
    }
    case 'run': {
      const session = sessionOf(request.session);
      const feeds = tensorsOf(request.feeds);
      const start = performance.now();
      const outputs = await session.run(feeds);
      const ms = performance.now() - start;
      const wire: WireTensors = {};
      for (const [name, value] of Object.entries(outputs)) {
        const t = value as ort.Tensor;
        wire[name] = { type: t.type, dims: [...t.dims], data: t.data };
      }
      return { outputs: wire, ms } satisfies RanReply;
    }
    case 'bench':
      return benchmarkRuns(sessionOf(request.session), tensorsOf(request.feeds), request.plan, (done, fraction) =>
        self.postMessage({ id, progress: { done, fraction } } satisfies WebGpuReply),
      );
    case 'release': {
      const session = sessions.get(request.session);
      sessions.delete(request.session);
      await session?.release();
      return null;
    }
  }
}

self.onmessage = async (event: MessageEvent<{ id: number; request: WebGpuRequest }>) => {
  const { id, request } = event.data;
  let reply: WebGpuReply;
  try {
    reply = { id, ok: true, result: await handle(id, request) };
  } catch (error) {
    reply = { id, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(reply);
};

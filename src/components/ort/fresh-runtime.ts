import type * as Ort from 'onnxruntime-web';
import { ORT_MODULE_URL_EXPORT } from '../../integrations/ort-module-url';

// Issue 16: onnxruntime-web 1.30's WebGPU backend (lib/wasm/jsep/backend-webgpu.ts computeKernel)
// marks a kernel as running and then reads the kernel's attributes outside its try/finally; a
// kernel that throws there (AveragePool/MaxPool with ceil_mode=1) stays "running", and every later
// WebGPU kernel of that runtime instance fails with "… is not allowed to be called recursively".
// Releasing or creating sessions does not clear it; a new instance of the runtime does. So an
// instance in which a WebGPU run (or WebGPU session start) failed is set aside, and the next
// loadOrt() (runtime.ts) imports a fresh one. Runs that do not fail take the same path as before.

/** One instance of onnxruntime-web (runtime.ts's OrtModule; not imported from there: no cycle). */
type OrtModule = typeof Ort;

/** Instances of onnxruntime-web in which something failed on WebGPU. */
const webGpuFailed = new WeakSet<OrtModule>();
let freshInstances = 0;

export function noteWebGpuFailure(ort: OrtModule): void {
  webGpuFailed.add(ort);
}

/** Whether a WebGPU run or session start failed in this instance (its WebGPU backend may be stuck). */
export function webGpuFailedIn(ort: OrtModule): boolean {
  return webGpuFailed.has(ort);
}

/**
 * Makes a failed run of this WebGPU session set its runtime instance aside. The session's own
 * `run` is called as before; the failure is only noted beside it.
 */
export function watchWebGpuSession(ort: OrtModule, session: Ort.InferenceSession): Ort.InferenceSession {
  const run = session.run.bind(session) as (...args: unknown[]) => Promise<Ort.InferenceSession.ReturnType>;
  session.run = ((...args: unknown[]) => {
    const ran = run(...args);
    ran.catch(() => noteWebGpuFailure(ort));
    return ran;
  }) as typeof session.run;
  return session;
}

/**
 * Imports a new, separate instance of onnxruntime-web: the same file (already in the HTTP cache)
 * under another fragment, which the browser's module map treats as another module and evaluates
 * again. Its `env` is new: the caller configures it (runtime.ts).
 */
export async function importFreshOrt(previous: OrtModule): Promise<OrtModule> {
  const url = (previous as unknown as Record<string, unknown>)[ORT_MODULE_URL_EXPORT];
  if (typeof url !== 'string') throw new Error('this build of onnxruntime-web does not say where it was loaded from');
  const instance = ++freshInstances;
  return (await import(/* @vite-ignore */ `${url.split('#')[0]}#runtime-${instance}`)) as OrtModule;
}

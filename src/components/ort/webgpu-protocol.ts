import type { RunPlan } from './inference';

/** A tensor crossing the worker boundary (structured clone copies the typed array). */
export interface WireTensor {
  type: string;
  dims: number[];
  data: unknown;
}

export type WireTensors = Record<string, WireTensor>;

export type WebGpuRequest =
  | { kind: 'init'; loaderUrl: string; wasmModule: WebAssembly.Module }
  | { kind: 'create'; model: ArrayBuffer }
  | { kind: 'run'; session: number; feeds: WireTensors }
  | { kind: 'bench'; session: number; feeds: WireTensors; plan: RunPlan }
  | { kind: 'release'; session: number };

export type WebGpuReply =
  | { id: number; ok: true; result: unknown }
  | { id: number; ok: false; error: string }
  | { id: number; progress: { done: number; fraction: number } };

export interface CreatedReply {
  session: number;
}

export interface RanReply {
  outputs: WireTensors;
  ms: number;
}

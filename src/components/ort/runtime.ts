import type * as Ort from 'onnxruntime-web';
import { wasmBytes } from 'virtual:ort-wasm-size';
import { fetchJoined, type ProgressListener } from './fetch-parts';
import { exclusive } from './inference';

export type OrtModule = typeof Ort;
export type Provider = 'webgpu' | 'wasm';
export type ProviderChoice = 'auto' | Provider;

export const PROVIDER_LABELS: Record<Provider, string> = { webgpu: 'WebGPU', wasm: 'WASM (CPU)' };

/** A provider could not start: what went wrong, and what the visitor can do about it. */
export class ProviderError extends Error {
  override readonly name = 'ProviderError';
  constructor(
    message: string,
    readonly advice: string,
    readonly attempts: { provider: Provider; error: string }[] = [],
  ) {
    super(message);
  }
}

const WASM_ADVICE =
  'Use a current Chrome, Edge, Firefox or Safari with JavaScript and WebAssembly allowed: WebAssembly is turned off by ' +
  "Safari's Lockdown Mode, Edge's enhanced security mode, some enterprise policies and script blockers. " +
  'You can still inspect the model without running it (`npx hub onnx inspect`) or run it with onnxruntime on your machine.';

const WEBGPU_ADVICE =
  'WebGPU needs a recent Chrome or Edge (113+), Safari 26+ or Firefox 141+ (Windows) on supported hardware; ' +
  'it may be disabled by a flag, a policy or a blocklisted GPU driver. Choose "WASM" to run on the CPU instead.';

let ortPromise: Promise<OrtModule> | undefined;

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Loads onnxruntime-web and its WASM runtime from this hub (never a CDN): the loader module by URL,
 * the binary fetched in parts and joined. Loaded once per page.
 */
export function loadOrt(onProgress?: ProgressListener): Promise<OrtModule> {
  ortPromise ??= (async () => {
    if (typeof WebAssembly !== 'object' || typeof WebAssembly.instantiate !== 'function') {
      throw new ProviderError('This browser does not offer WebAssembly, so the model cannot run here.', WASM_ADVICE);
    }
    try {
      const [ort, assets] = await Promise.all([import('onnxruntime-web'), import('virtual:ort-wasm-assets')]);
      ort.env.logLevel = 'error';
      ort.env.wasm.wasmPaths = { mjs: new URL(assets.loaderUrl, location.href).href };
      ort.env.wasm.wasmBinary = await fetchJoined(assets.wasmPartUrls, onProgress, wasmBytes);
      return ort;
    } catch (error) {
      ortPromise = undefined;
      throw new ProviderError(
        `The ONNX runtime files could not be loaded from this hub: ${messageOf(error)}`,
        'Reload the page; if it keeps failing, a proxy or an extension may block .wasm or module files.',
      );
    }
  })();
  return ortPromise;
}

export interface WebGpuProbe {
  available: boolean;
  /** Adapter vendor / architecture when there is one, else why there is none. */
  detail: string;
  /** Whether the adapter can run float16 shaders (onnxruntime-web's fp16 kernels need it). */
  shaderF16: boolean;
}

export async function probeWebGpu(): Promise<WebGpuProbe> {
  const gpu = (navigator as Navigator & { gpu?: { requestAdapter(): Promise<GpuAdapterLike | null> } }).gpu;
  if (!gpu) return { available: false, detail: 'this browser has no navigator.gpu', shaderF16: false };
  try {
    const adapter = await gpu.requestAdapter();
    if (!adapter) return { available: false, detail: 'navigator.gpu offers no adapter', shaderF16: false };
    const info = adapter.info;
    const detail = [info?.vendor, info?.architecture, info?.description].filter(Boolean).join(' ');
    return {
      available: true,
      detail: detail || 'adapter without details',
      shaderF16: adapter.features?.has('shader-f16') ?? false,
    };
  } catch (error) {
    return { available: false, detail: `requesting an adapter failed: ${messageOf(error)}`, shaderF16: false };
  }
}

interface GpuAdapterLike {
  info?: { vendor?: string; architecture?: string; description?: string };
  features?: { has(name: string): boolean };
}

export interface StartedSession {
  session: Ort.InferenceSession;
  provider: Provider;
  /** Providers tried before the one that started (auto mode), with their errors. */
  attempts: { provider: Provider; error: string }[];
}

/** WASM threads actually usable: more than one needs cross-origin isolation. */
export function wasmThreads(ort: OrtModule): number {
  const configured = ort.env.wasm.numThreads ?? 0;
  if (!globalThis.crossOriginIsolated) return 1;
  return configured > 0 ? configured : Math.min(4, Math.ceil((navigator.hardwareConcurrency || 1) / 2));
}

async function tryProvider(ort: OrtModule, model: Uint8Array, provider: Provider): Promise<Ort.InferenceSession> {
  // A copy: ORT may transfer or detach the buffer, and the page keeps the model for later runs.
  // Severity 3 = errors only: ORT's warning that some nodes run on the CPU is what the coverage
  // matrix already says ("falls back to WASM for: …"), and it would land in the console as an error.
  return exclusive(() =>
    ort.InferenceSession.create(model.slice(), {
      executionProviders: [provider],
      graphOptimizationLevel: 'all',
      logSeverityLevel: 3,
    }),
  );
}

/**
 * Starts a session on the chosen provider. `auto` takes WebGPU when the browser offers an adapter
 * and falls back to WASM when WebGPU cannot start; a forced provider is tried alone. A float16
 * model is kept off adapters without `shader-f16`: onnxruntime-web would still start, but its
 * shaders fail validation and the outputs are garbage.
 */
export async function startSession(
  ort: OrtModule,
  model: Uint8Array,
  choice: ProviderChoice,
  webGpu: WebGpuProbe,
  options: { float16?: boolean } = {},
): Promise<StartedSession> {
  const order: Provider[] = choice === 'auto' ? (webGpu.available ? ['webgpu', 'wasm'] : ['wasm']) : [choice];
  const attempts: { provider: Provider; error: string }[] = [];
  for (const provider of order) {
    if (provider === 'webgpu' && !webGpu.available) {
      attempts.push({ provider, error: `WebGPU is not available (${webGpu.detail})` });
      continue;
    }
    if (provider === 'webgpu' && options.float16 && !webGpu.shaderF16) {
      attempts.push({
        provider,
        error: 'this model computes in float16 and the WebGPU adapter has no shader-f16 support',
      });
      continue;
    }
    try {
      return { session: await tryProvider(ort, model, provider), provider, attempts };
    } catch (error) {
      attempts.push({ provider, error: messageOf(error) });
    }
  }
  const tried = attempts.map((a) => `${PROVIDER_LABELS[a.provider]}: ${a.error}`).join('; ');
  if (choice === 'webgpu') {
    throw new ProviderError(`WebGPU could not start. ${tried}`, WEBGPU_ADVICE, attempts);
  }
  if (choice === 'wasm') throw new ProviderError(`WASM could not start. ${tried}`, WASM_ADVICE, attempts);
  throw new ProviderError(`Neither WebGPU nor WASM could start. ${tried}`, WASM_ADVICE, attempts);
}

import { summarizeRun } from '../../lib/benchmarks/assemble-record';
import type { BenchmarkResultJson } from '../../lib/benchmarks/result-json';

/** What a demo measured in this browser: per-run latencies of one model on one provider. */
export interface CommunityMeasurement {
  /** Catalog slug of the model the demo ran. */
  model: string;
  /** SHA-256 of the file the demo ran: the result is filed under the catalog version holding it. */
  sha256: string;
  provider: 'wasm' | 'webgpu';
  /** onnxruntime-web's version (`ort.env.versions.web`). */
  ortVersion: string;
  batchSize: number;
  warmupRuns: number;
  /** Latency of each timed run (or block of runs), in order. */
  samplesMs: number[];
  /** Wall time of the timed loop. */
  durationMs: number;
  runsPerSample?: number;
  wasmThreads?: number;
  sessionCreateMs?: number;
  firstInferenceMs?: number;
  inputDescription?: string;
}

/** What a demo island reports after timing runs (`demo:benchmarked` event detail); the page adds which model file. */
export type DemoBenchmark = Omit<CommunityMeasurement, 'model' | 'sha256'>;

export type CommunitySubmitOutcome =
  { ok: true; result: BenchmarkResultJson } | { ok: false; status: number; message: string };

interface VersionJson {
  version: number;
  artifacts: { sha256: string | null }[];
}

async function adapterInfo() {
  const gpu = (
    navigator as Navigator & {
      gpu?: { requestAdapter(): Promise<{ info?: Record<string, string | undefined> } | null> };
    }
  ).gpu;
  const info = (await gpu?.requestAdapter().catch(() => null))?.info;
  if (!info) return undefined;
  const pick = (k: string) => (info[k] ? String(info[k]).slice(0, 200) : undefined);
  return {
    vendor: pick('vendor'),
    architecture: pick('architecture'),
    device: pick('device'),
    description: pick('description'),
  };
}

/**
 * Sends a latency measured in this browser to the hub as a community result (no token; the
 * hub marks it `community`, reads the browser from the User-Agent, computes throughput and
 * judges validity). The catalog version is the newest one whose artifact is the file measured.
 */
export async function submitCommunityResult(m: CommunityMeasurement): Promise<CommunitySubmitOutcome> {
  const latest = await fetch(`/api/models/${encodeURIComponent(m.model)}/aliases/latest/version`, {
    headers: { accept: 'application/json' },
  });
  if (!latest.ok)
    return {
      ok: false,
      status: latest.status,
      message: `The catalog has no ready version of ${m.model} to file this under.`,
    };
  const version = (await latest.json()) as VersionJson;
  if (!version.artifacts.some((a) => a.sha256 === m.sha256)) {
    return {
      ok: false,
      status: 409,
      message: `The newest version of ${m.model} in the catalog (v${version.version}) is not the file this page ran.`,
    };
  }
  const run = summarizeRun(m.samplesMs, m.durationMs, m.runsPerSample ?? 1);
  const l = run.latency;
  const deviceMemory = (navigator as Navigator & { deviceMemory?: number }).deviceMemory;
  const webgpuAdapter = m.provider === 'webgpu' ? await adapterInfo() : undefined;
  const body = {
    model: m.model,
    version: version.version,
    engine: { name: 'onnxruntime-web', version: m.ortVersion, executionProvider: m.provider },
    device: {
      ...(webgpuAdapter ? { webgpuAdapter } : {}),
      ...(navigator.hardwareConcurrency ? { hardwareConcurrency: Math.min(1024, navigator.hardwareConcurrency) } : {}),
      ...(deviceMemory ? { deviceMemoryGb: deviceMemory } : {}),
    },
    settings: {
      batchSize: m.batchSize,
      warmupRuns: m.warmupRuns,
      ...(m.wasmThreads ? { wasmThreads: m.wasmThreads } : {}),
      ...(m.runsPerSample ? { runsPerSample: m.runsPerSample } : {}),
      ...(m.inputDescription ? { input: { description: m.inputDescription.slice(0, 300) } } : {}),
    },
    results: {
      iterations: run.iterations,
      durationMs: m.durationMs,
      latencyMs: {
        min: l.minMs,
        mean: l.meanMs,
        p50: l.p50Ms,
        p90: l.p90Ms,
        p95: l.p95Ms,
        p99: l.p99Ms,
        p999: l.p999Ms,
        max: l.maxMs,
        stdev: l.stdevMs,
      },
      latencyCv: l.cv,
      ...(run.p50StabilityCv === null ? {} : { p50StabilityCv: run.p50StabilityCv }),
      ...(m.sessionCreateMs !== undefined ? { sessionCreateMs: m.sessionCreateMs } : {}),
      ...(m.firstInferenceMs !== undefined ? { firstInferenceMs: m.firstInferenceMs } : {}),
    },
  };
  const response = await fetch('/api/benchmarks/community', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const json = (await response.json().catch(() => ({}))) as BenchmarkResultJson & { error?: { message?: string } };
  if (!response.ok)
    return { ok: false, status: response.status, message: json.error?.message ?? `HTTP ${response.status}` };
  return { ok: true, result: json };
}

/**
 * The benchmark result record (see shared/reference/benchmark-record.md): everything needed to
 * compare one measurement with another and to reproduce it. The harnesses produce it, the API
 * stores and returns it; the zod schema that validates it is the API contract (functions/contract/benchmarks).
 */

/** Who produced a result: our node harness, a CI job, our browser harness, or a site visitor. */
export const BENCHMARK_SOURCES = ['harness', 'ci', 'browser', 'community'] as const;
export type BenchmarkSource = (typeof BENCHMARK_SOURCES)[number];

/** Sources a token holder or a webhook may claim; `community` is reserved for the anonymous endpoint. */
export const CLAIMABLE_SOURCES = ['harness', 'ci', 'browser'] as const satisfies readonly BenchmarkSource[];

/** MLPerf scenarios: one query at a time (latency) or everything at once (throughput). */
export const SCENARIOS = ['single-stream', 'offline'] as const;
export type Scenario = (typeof SCENARIOS)[number];

export interface ValidityFlag {
  code: string;
  /** `invalid` flags make the run invalid; `note` flags only qualify it. */
  severity: 'invalid' | 'note';
  message: string;
}

export interface Validity {
  valid: boolean;
  flags: ValidityFlag[];
}

export interface ArtifactInfo {
  sha256?: string | undefined;
  name?: string | undefined;
  irVersion?: number | undefined;
  /** Opset per domain ("" is the default ONNX domain). */
  opsets?: Record<string, number> | undefined;
  precision?: string | undefined;
  sparsityPct?: number | undefined;
}

export interface EngineInfo {
  /** `onnxruntime-node`, `onnxruntime-web`, `tensorrt`, `tmva-sofie`, `hls4ml`, … */
  name: string;
  version: string;
  /** `cpu`, `wasm`, `webgpu`, `cuda`, `tensorrt`, `fpga`, … */
  executionProvider: string;
  buildVariant?: string | undefined;
}

export interface CpuInfo {
  model: string;
  /** Logical processors the OS offers. */
  cores?: number | undefined;
  architecture?: string | undefined;
  frequencyMhz?: number | undefined;
}

export interface AcceleratorInfo {
  kind: 'gpu' | 'fpga' | 'npu' | 'other';
  model: string;
  count: number;
  memoryBytes?: number | undefined;
  driver?: string | undefined;
}

export interface BrowserInfo {
  name: string;
  version: string;
  userAgent: string;
}

export interface WebGpuAdapterInfo {
  vendor?: string | undefined;
  architecture?: string | undefined;
  device?: string | undefined;
  description?: string | undefined;
  /** SwiftShader and other CPU rasterisers: a WebGPU number, but not a GPU one. */
  softwareRendered: boolean;
}

export interface HardwareInfo {
  cpu?: CpuInfo | undefined;
  memoryBytes?: number | undefined;
  accelerators?: AcceleratorInfo[] | undefined;
  browser?: BrowserInfo | undefined;
  webgpuAdapter?: WebGpuAdapterInfo | undefined;
  /** Free text when the fields above cannot say it (e.g. "Xilinx VU13P on a Serenity board"). */
  description?: string | undefined;
}

export interface SoftwareInfo {
  os?: string | undefined;
  kernel?: string | undefined;
  /** `Node 20.19.2`, `Chromium 140.0.7339.80`, … */
  runtime?: string | undefined;
  containerImageDigest?: string | undefined;
  libraries?: Record<string, string> | undefined;
}

export interface BenchmarkSettings {
  scenario: Scenario;
  batchSize: number;
  intraOpThreads?: number | undefined;
  interOpThreads?: number | undefined;
  warmupRuns: number;
  minIterations?: number | undefined;
  minDurationMs?: number | undefined;
  graphOptimizationLevel?: string | undefined;
  input?: { description: string; seed?: number | undefined } | undefined;
  /** How one latency sample was taken, e.g. "one run" or "mean of 16 consecutive runs". */
  timing?: string | undefined;
  runsPerSample?: number | undefined;
}

export interface LatencyMs {
  min: number;
  mean: number;
  p50: number;
  p90: number;
  p95?: number | undefined;
  p99: number;
  p999: number;
  max?: number | undefined;
  stdev?: number | undefined;
}

export interface BenchmarkResults {
  /** Timed runs (not samples: a sample may average several runs). */
  iterations: number;
  durationMs: number;
  latencyMs: LatencyMs;
  /** stdev / mean of the samples: large when a few runs are slow, even on a quiet host. */
  latencyCv?: number | undefined;
  /** stdev / mean of the p50 of ten consecutive parts of the run: how reproducible the p50 is. */
  p50StabilityCv?: number | undefined;
  throughputPerSec: number;
  sessionCreateMs?: number | undefined;
  firstInferenceMs?: number | undefined;
  /** High-water mark of the measuring process's resident memory (or the browser's JS heap). */
  peakMemoryBytes?: number | undefined;
  /** Resident memory of the same process before the model was loaded. */
  baselineMemoryBytes?: number | undefined;
}

export interface AccuracyInfo {
  metric: string;
  value: number;
  reference?: number | undefined;
  ratio?: number | undefined;
}

export interface Provenance {
  source: BenchmarkSource;
  submitter?: string | undefined;
  /** ISO 8601. */
  measuredAt: string;
  rawLogUrl?: string | undefined;
  harness?: { name: string; version: string } | undefined;
}

/** One measurement: a model version × engine × hardware × settings. */
export interface BenchmarkRecord {
  model: string;
  version: number;
  artifact: ArtifactInfo;
  engine: EngineInfo;
  hardware: HardwareInfo;
  software: SoftwareInfo;
  settings: BenchmarkSettings;
  results: BenchmarkResults;
  accuracy?: AccuracyInfo | undefined;
  validity: Validity;
  provenance: Provenance;
  /** Id of the result this one corrects. */
  supersedes?: string | undefined;
  /** Slug of the hardware pool (/hardware/<slug>/) it was measured on, when it ran on one. */
  hardwarePool?: string | undefined;
}

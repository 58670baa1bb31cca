import { summarizeLatencies, throughputFromTotalTime, type LatencySummary } from '../stats';
import type {
  ArtifactInfo,
  BenchmarkRecord,
  BenchmarkSettings,
  EngineInfo,
  HardwareInfo,
  Provenance,
  SoftwareInfo,
} from './record';
import { judgeBenchmark, p50StabilityCv } from './validity';

/** What a timing loop measured, reduced to numbers small enough to pass between processes. */
export interface RunSummary {
  /** Timed runs: samples × runs per sample. */
  iterations: number;
  runsPerSample: number;
  /** Wall time of the timed loop. */
  durationMs: number;
  latency: LatencySummary;
  p50StabilityCv: number | null;
}

/** Per-sample latencies (ms) of a loop that took `durationMs` → the summary a record needs. */
export function summarizeRun(samplesMs: readonly number[], durationMs: number, runsPerSample = 1): RunSummary {
  return {
    iterations: samplesMs.length * runsPerSample,
    runsPerSample,
    durationMs,
    latency: summarizeLatencies(samplesMs),
    p50StabilityCv: p50StabilityCv(samplesMs),
  };
}

export interface RecordContext {
  model: string;
  version: number;
  artifact: ArtifactInfo;
  engine: EngineInfo;
  hardware: HardwareInfo;
  software: SoftwareInfo;
  settings: Omit<BenchmarkSettings, 'runsPerSample' | 'timing'>;
  provenance: Provenance;
}

export interface RunExtras {
  sessionCreateMs?: number | undefined;
  firstInferenceMs?: number | undefined;
  peakMemoryBytes?: number | undefined;
  baselineMemoryBytes?: number | undefined;
}

const round = (x: number, digits = 6) => Number(x.toPrecision(digits));

/**
 * The complete record of one configuration: settings as run, statistics, throughput
 * (batch × runs / loop time, so loop overhead counts against it) and the validity verdict.
 */
export function assembleRecord(context: RecordContext, run: RunSummary, extras: RunExtras = {}): BenchmarkRecord {
  const { latency } = run;
  const settings: BenchmarkSettings = {
    ...context.settings,
    runsPerSample: run.runsPerSample,
    timing:
      run.runsPerSample === 1
        ? 'each sample is one run'
        : `each sample is the mean of ${run.runsPerSample} consecutive runs (the clock is coarser than one run)`,
  };
  return {
    model: context.model,
    version: context.version,
    artifact: context.artifact,
    engine: context.engine,
    hardware: context.hardware,
    software: context.software,
    settings,
    results: {
      iterations: run.iterations,
      durationMs: round(run.durationMs),
      latencyMs: {
        min: round(latency.minMs),
        mean: round(latency.meanMs),
        p50: round(latency.p50Ms),
        p90: round(latency.p90Ms),
        p95: round(latency.p95Ms),
        p99: round(latency.p99Ms),
        p999: round(latency.p999Ms),
        max: round(latency.maxMs),
        stdev: round(latency.stdevMs),
      },
      latencyCv: round(latency.cv, 4),
      ...(run.p50StabilityCv === null ? {} : { p50StabilityCv: round(run.p50StabilityCv, 4) }),
      throughputPerSec: round(throughputFromTotalTime(settings.batchSize, run.iterations, run.durationMs)),
      ...(extras.sessionCreateMs === undefined ? {} : { sessionCreateMs: round(extras.sessionCreateMs) }),
      ...(extras.firstInferenceMs === undefined ? {} : { firstInferenceMs: round(extras.firstInferenceMs) }),
      ...(extras.peakMemoryBytes === undefined ? {} : { peakMemoryBytes: Math.round(extras.peakMemoryBytes) }),
      ...(extras.baselineMemoryBytes === undefined
        ? {}
        : { baselineMemoryBytes: Math.round(extras.baselineMemoryBytes) }),
    },
    validity: judgeBenchmark({
      iterations: run.iterations,
      durationMs: run.durationMs,
      minIterations: settings.minIterations ?? 0,
      minDurationMs: settings.minDurationMs ?? 0,
      p50StabilityCv: run.p50StabilityCv,
      latencyCv: latency.cv,
    }),
    provenance: context.provenance,
  };
}

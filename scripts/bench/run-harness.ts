import { readFile } from 'node:fs/promises';
import { assembleRecord } from '../../src/lib/benchmarks/assemble-record';
import type { BenchmarkRecord, BenchmarkSource } from '../../src/lib/benchmarks/record';
import { inspectModel } from '../../src/lib/onnx';
import { captureEnvironment, type Environment } from './environment';
import type { MeasureRequest } from './measure-child';
import { runConfiguration } from './run-configuration';
import type { BenchTarget } from './targets';

export const HARNESS = { name: 'hep-ml-hub bench-models', version: '1.0.0' };

export interface HarnessSettings {
  batches: number[];
  threads: number[];
  minDurationMs: number;
  minIterations: number;
  warmupRuns: number;
  seed: number;
  /** Stop starting configurations once this much time has gone (the self-profile's bound). */
  maxTotalMs?: number | undefined;
  source: Exclude<BenchmarkSource, 'community'>;
  submitter?: string | undefined;
  rawLogUrl?: string | undefined;
  /** Measuring processes at the lowest CPU priority (beside a running server). */
  lowPriority?: boolean | undefined;
  /** The hardware pool the machine belongs to (a /hardware/<slug>/ slug), named in every record. */
  hardwarePool?: string | undefined;
}

export interface Configuration {
  target: BenchTarget;
  batchSize: number;
  threads: number;
}

export const configurationLabel = (c: Configuration) =>
  `${c.target.slug} v${c.target.version} batch ${c.batchSize} threads ${c.threads}`;

export interface HarnessProgress {
  done: number;
  total: number;
  current: string | null;
}

export interface HarnessReport {
  harness: typeof HARNESS;
  startedAt: string;
  finishedAt: string;
  settings: HarnessSettings;
  environment: Environment;
  records: BenchmarkRecord[];
  /** Configurations that cannot run (a fixed batch dimension) or were left out by the time bound. */
  skipped: { configuration: string; reason: string }[];
  failed: { configuration: string; error: string }[];
}

/** Warm-up lasts at least this share of the minimum duration (caches, clock boost, allocator). */
const WARMUP_SHARE = 0.1;
/** Starting a measuring process and creating a session, roughly, for the time bound. */
const OVERHEAD_MS = 600;

async function artifactDetails(file: string) {
  try {
    const report = await inspectModel(new Uint8Array(await readFile(file)), { maxListedNodes: 0 });
    return {
      irVersion: report.irVersion,
      opsets: Object.fromEntries(report.opsetImports.map((o) => [o.domain, o.version])),
    };
  } catch {
    return {};
  }
}

/**
 * Measures every target × batch size × thread count, one fresh process per configuration, and
 * assembles a complete record for each. Progress is reported after every configuration.
 */
export async function runHarness(
  targets: BenchTarget[],
  settings: HarnessSettings,
  onProgress: (p: HarnessProgress) => void = () => {},
): Promise<HarnessReport> {
  const startedAt = new Date();
  const environment = captureEnvironment();
  const configurations: Configuration[] = targets.flatMap((target) =>
    settings.batches.flatMap((batchSize) => settings.threads.map((threads) => ({ target, batchSize, threads }))),
  );
  const report: HarnessReport = {
    harness: HARNESS,
    startedAt: startedAt.toISOString(),
    finishedAt: '',
    settings,
    environment,
    records: [],
    skipped: [],
    failed: [],
  };
  const details = new Map<string, Awaited<ReturnType<typeof artifactDetails>>>();
  const warmupMinMs = Math.min(settings.minDurationMs * WARMUP_SHARE, 1000);

  for (const [index, configuration] of configurations.entries()) {
    const label = configurationLabel(configuration);
    const elapsed = Date.now() - startedAt.getTime();
    if (
      settings.maxTotalMs !== undefined &&
      elapsed + settings.minDurationMs + warmupMinMs + OVERHEAD_MS > settings.maxTotalMs
    ) {
      report.skipped.push({
        configuration: label,
        reason: `the ${settings.maxTotalMs / 1000} s time bound would be exceeded`,
      });
      continue;
    }
    onProgress({ done: index, total: configurations.length, current: label });
    const { target, batchSize, threads } = configuration;
    const { uri: _uri, ...artifact } = target.artifact;
    const request: MeasureRequest = {
      file: target.file,
      batchSize,
      threads,
      seed: settings.seed,
      warmupRuns: settings.warmupRuns,
      warmupMinMs,
      minIterations: settings.minIterations,
      minDurationMs: settings.minDurationMs,
      graphOptimizationLevel: 'all',
    };
    const reply = await runConfiguration(request, { lowPriority: settings.lowPriority });
    if (!reply.ok) {
      if (reply.skipped) report.skipped.push({ configuration: label, reason: reply.error });
      else report.failed.push({ configuration: label, error: reply.error });
      continue;
    }
    if (!details.has(target.file)) details.set(target.file, await artifactDetails(target.file));
    report.records.push(
      assembleRecord(
        {
          model: target.slug,
          version: target.version,
          artifact: { ...artifact, ...details.get(target.file) },
          engine: environment.engine,
          hardware: environment.hardware,
          software: environment.software,
          settings: {
            scenario: 'single-stream',
            batchSize,
            intraOpThreads: threads,
            interOpThreads: 1,
            warmupRuns: reply.warmupRuns,
            minIterations: settings.minIterations,
            minDurationMs: settings.minDurationMs,
            graphOptimizationLevel: 'all',
            input: { description: reply.inputDescription, seed: settings.seed },
          },
          provenance: {
            source: settings.source,
            ...(settings.submitter ? { submitter: settings.submitter } : {}),
            measuredAt: new Date().toISOString(),
            ...(settings.rawLogUrl ? { rawLogUrl: settings.rawLogUrl } : {}),
            harness: HARNESS,
          },
        },
        reply.run,
        {
          sessionCreateMs: reply.sessionCreateMs,
          firstInferenceMs: reply.firstInferenceMs,
          peakMemoryBytes: reply.peakMemoryBytes,
          baselineMemoryBytes: reply.baselineMemoryBytes,
        },
      ),
    );
  }
  if (settings.hardwarePool) for (const record of report.records) record.hardwarePool = settings.hardwarePool;
  onProgress({ done: configurations.length, total: configurations.length, current: null });
  report.finishedAt = new Date().toISOString();
  return report;
}

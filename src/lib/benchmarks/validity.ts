import { judgeValidity } from '../stats';
import type { BenchmarkRecord, Validity, ValidityFlag } from './record';

/** Below these the hub calls any run invalid, whatever minimums its harness declared. */
export const HUB_MIN_ITERATIONS = 100;
export const HUB_MIN_DURATION_MS = 500;
/** The p50 of the parts of a run may vary by at most this much (coefficient of variation). */
export const MAX_P50_CV = 0.1;
export const STABILITY_WINDOWS = 10;

const pct = (x: number) => `${Number((x * 100).toFixed(1))}%`;

/**
 * How reproducible the p50 is within one run: the samples are cut into `windows` consecutive
 * parts and this is stdev / mean of their medians. Unlike the CV of single runs, which a handful
 * of slow runs (a page fault, a context switch) blow up to several hundred percent on a quiet
 * host, this moves when the host itself is noisy or throttles. Null with under 5 samples a part.
 */
export function p50StabilityCv(samples: readonly number[], windows = STABILITY_WINDOWS): number | null {
  if (samples.length < windows * 5) return null;
  const medians: number[] = [];
  for (let w = 0; w < windows; w++) {
    const part = samples.slice(
      Math.floor((w * samples.length) / windows),
      Math.floor(((w + 1) * samples.length) / windows),
    );
    const sorted = [...part].sort((a, b) => a - b);
    const mid = (sorted.length - 1) / 2;
    medians.push((sorted[Math.floor(mid)]! + sorted[Math.ceil(mid)]!) / 2);
  }
  const mean = medians.reduce((a, b) => a + b, 0) / windows;
  if (mean === 0) return 0;
  const variance = medians.reduce((a, m) => a + (m - mean) ** 2, 0) / (windows - 1);
  return Math.sqrt(variance) / mean;
}

export interface JudgeBenchmarkInput {
  iterations: number;
  durationMs: number;
  minIterations: number;
  minDurationMs: number;
  p50StabilityCv?: number | null | undefined;
  /** CV of single samples; judged only when the stability CV is unknown. */
  latencyCv?: number | null | undefined;
}

/**
 * Valid only when the run was long enough (iterations and duration) and its p50 stable; every
 * flag says why in words. Built on judgeValidity so the limits and wording match the stats lib.
 */
export function judgeBenchmark(input: JudgeBenchmarkInput): Validity {
  const stability = input.p50StabilityCv ?? null;
  const cv = stability ?? input.latencyCv ?? null;
  const judged = judgeValidity({
    iterations: input.iterations,
    durationMs: input.durationMs,
    cv,
    minIterations: input.minIterations,
    minDurationMs: input.minDurationMs,
    maxCv: MAX_P50_CV,
  });
  const flags: ValidityFlag[] = judged.flags.map((flag) => {
    if (flag.code === 'cv_above_10_percent' && stability !== null) {
      return {
        ...flag,
        message: `the p50 is not stable: it varies by ${pct(stability)} between ${STABILITY_WINDOWS} consecutive parts of the run (coefficient of variation), above the ${pct(MAX_P50_CV)} limit: a noisy or throttling host`,
      };
    }
    return { ...flag };
  });
  if (stability !== null && input.latencyCv != null && input.latencyCv > MAX_P50_CV && stability <= MAX_P50_CV) {
    flags.push({
      code: 'slow_outliers',
      severity: 'note',
      message: `single runs vary (coefficient of variation ${pct(input.latencyCv)}) because a few are much slower than the rest; the p50 is stable, the p99 and p99.9 carry the slow runs`,
    });
  }
  return { valid: !flags.some((f) => f.severity === 'invalid'), flags };
}

/** Flags the hub computes itself; a submitter's flags with these codes are replaced. */
const HUB_CODES = new Set([
  'too_few_iterations',
  'too_short',
  'cv_above_10_percent',
  'cv_above_limit',
  'cv_unknown',
  'tail_percentiles_thin',
  'slow_outliers',
  'community',
  'software_rendered',
]);

/**
 * The verdict the hub stores: its own judgement of the numbers (with floors no harness setting can
 * lower), plus the submitter's other flags (a submitter may call its run invalid, never valid).
 */
export function hubValidity(
  record: Pick<BenchmarkRecord, 'results' | 'settings' | 'hardware' | 'provenance'> & {
    validity?: Validity | undefined;
  },
): Validity {
  const { results, settings } = record;
  const judged = judgeBenchmark({
    iterations: results.iterations,
    durationMs: results.durationMs,
    minIterations: Math.max(settings.minIterations ?? 0, HUB_MIN_ITERATIONS),
    minDurationMs: Math.max(settings.minDurationMs ?? 0, HUB_MIN_DURATION_MS),
    p50StabilityCv: results.p50StabilityCv,
    latencyCv: results.latencyCv,
  });
  const flags = [...judged.flags];
  if (record.hardware.webgpuAdapter?.softwareRendered) {
    flags.push({
      code: 'software_rendered',
      severity: 'note',
      message: 'WebGPU ran on a software rasteriser (SwiftShader) on the CPU: this is not a GPU measurement',
    });
  }
  if (record.provenance.source === 'community') {
    flags.push({
      code: 'community',
      severity: 'note',
      message:
        "measured in a visitor's browser and sent anonymously: the hub checked it is plausible but cannot reproduce it",
    });
  }
  return withSubmitterFlags(flags, record.validity, HUB_CODES);
}

/**
 * The stored verdict: the hub's own flags plus the submitter's flags whose codes the hub does not
 * compute (`hubCodes`), so a submitter may call its run invalid, never valid. Shared by the
 * inference and the data-access results.
 */
export function withSubmitterFlags(
  hubFlags: readonly ValidityFlag[],
  submitted: Validity | undefined,
  hubCodes: ReadonlySet<string>,
): Validity {
  const flags = hubFlags.map((f) => ({ ...f }));
  for (const flag of submitted?.flags ?? []) if (!hubCodes.has(flag.code)) flags.push({ ...flag });
  return { valid: !flags.some((f) => f.severity === 'invalid'), flags };
}

import { mean, quantileSorted, sampleStandardDeviation } from 'simple-statistics';

/**
 * Percentiles interpolate linearly between the closest ranks: index (n − 1) × p of the sorted
 * samples (R type 7, numpy's default "linear"), as simple-statistics 7.x computes them.
 */
export const PERCENTILE_METHOD = 'linear interpolation between closest ranks (R type 7, numpy "linear")';

export interface LatencySummary {
  count: number;
  minMs: number;
  maxMs: number;
  meanMs: number;
  /** sample standard deviation (n − 1); 0 for a single sample */
  stdevMs: number;
  /** coefficient of variation stdev / mean; 0 when every sample is 0 */
  cv: number;
  p50Ms: number;
  p90Ms: number;
  p95Ms: number;
  p99Ms: number;
  p999Ms: number;
  percentileMethod: typeof PERCENTILE_METHOD;
}

/** Summarizes per-iteration latencies (ms). Throws RangeError on no samples or a negative / non-finite one. */
export function summarizeLatencies(samplesMs: readonly number[]): LatencySummary {
  if (samplesMs.length === 0) throw new RangeError('no latency samples to summarize');
  const bad = samplesMs.findIndex((x) => !Number.isFinite(x) || x < 0);
  if (bad >= 0) throw new RangeError(`latency sample ${bad} is ${samplesMs[bad]}: expected a finite number ≥ 0`);

  const sorted = [...samplesMs].sort((a, b) => a - b);
  const m = mean(sorted);
  const stdev = sorted.length > 1 ? sampleStandardDeviation(sorted) : 0;
  const q = (p: number) => quantileSorted(sorted, p);
  return {
    count: sorted.length,
    minMs: sorted[0] as number,
    maxMs: sorted[sorted.length - 1] as number,
    meanMs: m,
    stdevMs: stdev,
    cv: m === 0 ? 0 : stdev / m,
    p50Ms: q(0.5),
    p90Ms: q(0.9),
    p95Ms: q(0.95),
    p99Ms: q(0.99),
    p999Ms: q(0.999),
    percentileMethod: PERCENTILE_METHOD,
  };
}

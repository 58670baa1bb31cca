export type ValidityFlagCode =
  | 'too_few_iterations'
  | 'too_short'
  | 'cv_above_10_percent'
  | 'cv_above_limit'
  | 'cv_unknown'
  | 'tail_percentiles_thin';

export interface ValidityFlag {
  code: ValidityFlagCode;
  /** `invalid` flags make the run invalid; `note` flags only qualify it */
  severity: 'invalid' | 'note';
  message: string;
}

export interface ValidityInput {
  iterations: number;
  durationMs: number;
  /** coefficient of variation of the latencies (stdev / mean), e.g. from summarizeLatencies */
  cv: number | null;
  minIterations: number;
  minDurationMs: number;
  /** default 0.10, the limit the benchmark record reference names */
  maxCv?: number;
}

/** p99.9 rests on at least one sample above it only from 1000 iterations on. */
export const P999_MIN_ITERATIONS = 1000;

const pct = (x: number) => `${Number((x * 100).toFixed(1))}%`;
const seconds = (ms: number) => `${Number((ms / 1000).toFixed(3))} s`;

/**
 * Says whether a benchmark run may be compared with others, MLPerf-style: enough iterations,
 * long enough, and stable enough. Every flag says why in words.
 */
export function judgeValidity({
  iterations,
  durationMs,
  cv,
  minIterations,
  minDurationMs,
  maxCv = 0.1,
}: ValidityInput): { valid: boolean; flags: ValidityFlag[] } {
  const flags: ValidityFlag[] = [];
  if (iterations < minIterations) {
    flags.push({
      code: 'too_few_iterations',
      severity: 'invalid',
      message: `ran ${iterations} iterations, fewer than the ${minIterations} required: percentiles rest on too few samples`,
    });
  }
  if (durationMs < minDurationMs) {
    flags.push({
      code: 'too_short',
      severity: 'invalid',
      message: `ran for ${seconds(durationMs)}, shorter than the ${seconds(minDurationMs)} minimum: warm-up, caches and clock boost may dominate`,
    });
  }
  if (cv === null || !Number.isFinite(cv)) {
    flags.push({
      code: 'cv_unknown',
      severity: 'invalid',
      message: 'the spread of the latencies is unknown: cannot tell a stable run from a noisy one',
    });
  } else if (cv > maxCv) {
    flags.push({
      code: maxCv === 0.1 ? 'cv_above_10_percent' : 'cv_above_limit',
      severity: 'invalid',
      message: `latencies vary too much: coefficient of variation ${pct(cv)} is above the ${pct(maxCv)} limit (noisy or thermally throttled host?)`,
    });
  }
  if (iterations < P999_MIN_ITERATIONS) {
    flags.push({
      code: 'tail_percentiles_thin',
      severity: 'note',
      message: `p99.9 from ${iterations} iterations is interpolated between the slowest samples: it needs ${P999_MIN_ITERATIONS} or more to mean much`,
    });
  }
  return { valid: !flags.some((f) => f.severity === 'invalid'), flags };
}

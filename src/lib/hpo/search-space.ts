/**
 * HPO search spaces in Optuna's abbreviated distribution JSON (what `json_to_distribution` in
 * optuna/distributions.py reads when there is no `name`): `{"type": "float", "low", "high", "log", "step"}`,
 * `{"type": "int", …}` and `{"type": "categorical", "choices": […]}`.
 */

export const SAMPLERS = [
  'TPESampler',
  'RandomSampler',
  'GridSampler',
  'CmaEsSampler',
  'NSGAIISampler',
  'NSGAIIISampler',
  'QMCSampler',
  'GPSampler',
  'BruteForceSampler',
  'PartialFixedSampler',
] as const;
export type Sampler = (typeof SAMPLERS)[number];

/** Optuna's TrialState names (optuna/trial/_state.py); WAITING trials never ran and are not stored here. */
export const TRIAL_STATES = ['RUNNING', 'COMPLETE', 'PRUNED', 'FAIL'] as const;
export type TrialState = (typeof TRIAL_STATES)[number];
export const FINISHED_STATES = ['COMPLETE', 'PRUNED', 'FAIL'] as const;
export type FinishedTrialState = (typeof FINISHED_STATES)[number];

export const DIRECTIONS = ['minimize', 'maximize'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const STUDY_STATUSES = ['running', 'complete', 'stopped'] as const;
export type StudyStatus = (typeof STUDY_STATUSES)[number];

export type CategoricalChoice = string | number | boolean | null;

export type Distribution =
  | { type: 'float'; low: number; high: number; log?: boolean | undefined; step?: number | null | undefined }
  | { type: 'int'; low: number; high: number; log?: boolean | undefined; step?: number | undefined }
  | { type: 'categorical'; choices: CategoricalChoice[] };

export type SearchSpace = Record<string, Distribution>;
export type ParamValue = CategoricalChoice;

/** Optuna's own checks on a distribution (FloatDistribution / IntDistribution constructors); null when valid. */
export function distributionProblem(d: Distribution): string | null {
  if (d.type === 'categorical') return d.choices.length === 0 ? 'A categorical needs at least one choice.' : null;
  if (d.low > d.high) return '`low` must be at most `high`.';
  if (d.type === 'float') {
    if (d.log && d.step != null) return '`step` is not supported when `log` is true.';
    if (d.log && d.low <= 0) return '`low` must be > 0 for a log distribution.';
    if (d.step != null && d.step <= 0) return '`step` must be positive.';
    return null;
  }
  if (!Number.isInteger(d.low) || !Number.isInteger(d.high)) return '`low` and `high` must be integers.';
  if (d.log && d.low < 1) return '`low` must be ≥ 1 for a log int distribution.';
  const step = d.step ?? 1;
  if (!Number.isInteger(step) || step <= 0) return '`step` must be a positive integer.';
  if (d.log && step !== 1) return '`step` must be 1 when `log` is true.';
  return null;
}

/** Why `value` is not in `d` (as Optuna's `_contains` judges), or null when it is. */
export function paramProblem(d: Distribution, value: unknown): string | null {
  if (d.type === 'categorical') {
    return d.choices.some((c) => c === value) ? null : `Must be one of ${JSON.stringify(d.choices)}.`;
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) return 'Must be a number.';
  if (d.type === 'int' && !Number.isInteger(value)) return 'Must be an integer.';
  if (value < d.low || value > d.high) return `Must be within [${d.low}, ${d.high}].`;
  const step = d.type === 'int' ? (d.step ?? 1) : d.step;
  if (step != null) {
    const k = (value - d.low) / step;
    if (Math.abs(k - Math.round(k)) >= 1e-8) return `Must be ${d.low} plus a multiple of ${step}.`;
  }
  return null;
}

export interface ParamIssue {
  path: string;
  message: string;
  code: string;
}

/** Checks a trial's parameters against the study's search space: every name known, every value inside. */
export function checkParams(space: SearchSpace, params: Record<string, unknown>): ParamIssue[] {
  const issues: ParamIssue[] = [];
  for (const [name, value] of Object.entries(params)) {
    const d = space[name];
    if (!d) {
      issues.push({ path: name, message: `"${name}" is not in the study's search space.`, code: 'unknown_param' });
      continue;
    }
    const problem = paramProblem(d, value);
    if (problem) issues.push({ path: name, message: problem, code: 'out_of_space' });
  }
  return issues;
}

/** Whether `v` is better than `best` for the direction. */
export const isBetter = (direction: Direction, v: number, best: number) =>
  direction === 'minimize' ? v < best : v > best;

import type { ParamValue, SearchSpace } from './search-space';

/**
 * Parameter importance, a documented simpler estimate than Optuna's default fANOVA: for each
 * parameter, the share of the objective's variance explained by binned means (the correlation
 * ratio η² = between-bin sum of squares / total sum of squares) over the COMPLETE trials.
 * Categorical parameters bin by choice; numeric ones by their distinct values when there are at
 * most `bins`, otherwise into `bins` equal-count bins by rank (so log scale does not matter).
 * Parameters are scored one at a time, so interactions are not attributed; with few trials per
 * bin η² is biased upwards. `importance` normalises the η² values to sum to 1, as Optuna's
 * `get_param_importances` does.
 */
export interface ImportanceInput {
  params: Record<string, ParamValue>;
  value: number;
}

export interface ParamImportance {
  param: string;
  /** Variance of the objective explained by this parameter's bin means, 0..1. */
  eta2: number;
  /** eta2 normalised over all parameters (sums to 1 when any explains variance). */
  importance: number;
  /** Trials that set this parameter. */
  trials: number;
  bins: number;
}

export const DEFAULT_BINS = 5;
const MIN_TRIALS = 3;

function binKeys(values: ParamValue[], categorical: boolean, bins: number): string[] {
  const distinct = new Set(values.map((v) => JSON.stringify(v)));
  if (categorical || distinct.size <= bins || values.some((v) => typeof v !== 'number'))
    return values.map((v) => JSON.stringify(v));
  // Equal-count bins by rank; equal values always share a bin.
  const order = values.map((v, i) => ({ v: v as number, i })).sort((a, b) => a.v - b.v);
  const keys: string[] = new Array(values.length);
  let bin = 0;
  order.forEach((o, rank) => {
    const target = Math.floor((rank * bins) / values.length);
    if (target > bin && (rank === 0 || o.v !== order[rank - 1]!.v)) bin = target;
    keys[o.i] = String(bin);
  });
  return keys;
}

/** η² of `ys` grouped by `keys`: between-group sum of squares over total sum of squares (0 when ys are constant). */
export function correlationRatio(keys: readonly string[], ys: readonly number[]): number {
  const n = ys.length;
  if (n === 0) return 0;
  const mean = ys.reduce((a, b) => a + b, 0) / n;
  const total = ys.reduce((a, y) => a + (y - mean) ** 2, 0);
  if (!(total > 0)) return 0;
  const groups = new Map<string, { sum: number; n: number }>();
  keys.forEach((k, i) => {
    const g = groups.get(k) ?? { sum: 0, n: 0 };
    g.sum += ys[i]!;
    g.n += 1;
    groups.set(k, g);
  });
  let between = 0;
  for (const g of groups.values()) between += g.n * (g.sum / g.n - mean) ** 2;
  return Math.min(1, Math.max(0, between / total));
}

/** Importance of every parameter of the search space that at least 3 trials set, most important first. */
export function paramImportance(
  space: SearchSpace,
  trials: readonly ImportanceInput[],
  bins = DEFAULT_BINS,
): ParamImportance[] {
  const rows: Omit<ParamImportance, 'importance'>[] = [];
  for (const [param, d] of Object.entries(space)) {
    const used = trials.filter((t) => param in t.params && Number.isFinite(t.value));
    if (used.length < MIN_TRIALS) continue;
    const keys = binKeys(
      used.map((t) => t.params[param]!),
      d.type === 'categorical',
      bins,
    );
    rows.push({
      param,
      eta2: correlationRatio(
        keys,
        used.map((t) => t.value),
      ),
      trials: used.length,
      bins: new Set(keys).size,
    });
  }
  const sum = rows.reduce((a, r) => a + r.eta2, 0);
  return rows
    .map((r) => ({ ...r, importance: sum > 0 ? r.eta2 / sum : 0 }))
    .sort((a, b) => b.importance - a.importance || a.param.localeCompare(b.param));
}

import { isBetter, type Direction, type TrialState } from './search-space';

export interface HistoryTrial {
  number: number;
  state: TrialState;
  value: number | null;
}

export interface HistoryPoint {
  number: number;
  value: number;
  /** The best COMPLETE value up to and including this trial. */
  best: number;
}

/** The optimisation history: each COMPLETE trial's value and the best so far, by trial number. */
export function optimisationHistory(trials: readonly HistoryTrial[], direction: Direction): HistoryPoint[] {
  const points: HistoryPoint[] = [];
  let best: number | null = null;
  for (const t of [...trials].sort((a, b) => a.number - b.number)) {
    if (t.state !== 'COMPLETE' || t.value === null || !Number.isFinite(t.value)) continue;
    if (best === null || isBetter(direction, t.value, best)) best = t.value;
    points.push({ number: t.number, value: t.value, best });
  }
  return points;
}

/** The best COMPLETE trial (the lowest number wins a tie, as Optuna's `best_trial` does), or null. */
export function bestTrial<T extends HistoryTrial>(trials: readonly T[], direction: Direction): T | null {
  let best: T | null = null;
  for (const t of trials) {
    if (t.state !== 'COMPLETE' || t.value === null || !Number.isFinite(t.value)) continue;
    if (!best || isBetter(direction, t.value, best.value!) || (t.value === best.value && t.number < best.number))
      best = t;
  }
  return best;
}

/**
 * Chart data of a study page, computed on the server and embedded as JSON: parallel coordinates
 * (one axis per parameter plus the objective; categorical parameters on category axes, log-scale
 * ones on log axes) and intermediate-value curves.
 */
import type { Distribution, ParamValue, SearchSpace, TrialState } from './search-space';

export interface ChartTrial {
  number: number;
  state: TrialState;
  value: number | null;
  params: Record<string, unknown>;
  intermediateValues: { step: number; value: number }[];
}

export type AxisKind = 'linear' | 'log' | 'category';

export interface ParallelAxis {
  name: string;
  kind: AxisKind;
  /** Axis title with its scale: `lr (log scale)`. */
  title: string;
  min: number;
  max: number;
  /** Category axes: the choices, bottom to top. */
  labels?: string[];
}

export interface ParallelLine {
  number: number;
  best: boolean;
  /** Each axis's value mapped to 0 (bottom) … 1 (top) as that axis draws it; null when the trial did not set it. */
  y: (number | null)[];
}

export interface ParallelData {
  axes: ParallelAxis[];
  lines: ParallelLine[];
}

const label = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));

function axisOf(name: string, d: Distribution): ParallelAxis {
  if (d.type === 'categorical')
    return { name, kind: 'category', title: name, min: 0, max: d.choices.length - 1, labels: d.choices.map(label) };
  const log = d.log === true && d.low > 0;
  // A one-point range still needs a height to draw.
  const [min, max] = d.low === d.high ? (log ? [d.low / 10, d.high * 10] : [d.low - 1, d.high + 1]) : [d.low, d.high];
  return { name, kind: log ? 'log' : 'linear', title: log ? `${name} (log scale)` : name, min, max };
}

/** Where `v` sits on the axis, 0 at the bottom and 1 at the top (category i of n at (i + ½) / n, as Chart.js with offset draws it). */
export function axisPosition(axis: ParallelAxis, v: unknown): number | null {
  if (axis.kind === 'category') {
    const i = axis.labels!.indexOf(label(v as ParamValue));
    return i < 0 ? null : (i + 0.5) / axis.labels!.length;
  }
  if (typeof v !== 'number' || !Number.isFinite(v)) return null;
  if (axis.kind === 'log') {
    if (v <= 0) return null;
    return (Math.log10(v) - Math.log10(axis.min)) / (Math.log10(axis.max) - Math.log10(axis.min));
  }
  return (v - axis.min) / (axis.max - axis.min);
}

/** Parallel coordinates over the COMPLETE trials (the ones with an objective value). */
export function parallelCoordinates(
  space: SearchSpace,
  trials: readonly ChartTrial[],
  objective: string,
  bestNumber: number | null,
): ParallelData {
  const complete = trials.filter((t) => t.state === 'COMPLETE' && t.value !== null && Number.isFinite(t.value));
  const axes = Object.entries(space).map(([name, d]) => axisOf(name, d));
  const values = complete.map((t) => t.value!);
  let min = values.length ? Math.min(...values) : 0;
  let max = values.length ? Math.max(...values) : 1;
  if (min === max) [min, max] = [min - 1, max + 1];
  axes.push({ name: objective, kind: 'linear', title: `${objective} (objective)`, min, max });
  const lines = complete.map((t) => ({
    number: t.number,
    best: t.number === bestNumber,
    y: axes.map((axis, i) => {
      const p = axisPosition(axis, i === axes.length - 1 ? t.value : t.params[axis.name]);
      return p === null ? null : Number(p.toFixed(5));
    }),
  }));
  return { axes, lines };
}

export interface IntermediateCurve {
  number: number;
  state: TrialState;
  points: { step: number; value: number }[];
}

/** Intermediate values per trial that reported any, in trial order; pruned trials keep their state so charts can mark them. */
export function intermediateCurves(trials: readonly ChartTrial[]): IntermediateCurve[] {
  return [...trials]
    .filter((t) => t.intermediateValues.length > 0)
    .sort((a, b) => a.number - b.number)
    .map((t) => ({ number: t.number, state: t.state, points: t.intermediateValues }));
}

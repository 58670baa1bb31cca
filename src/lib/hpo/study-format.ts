/** Plain-text formatting of study figures for the study pages. */
import type { Distribution, StudyStatus } from './search-space';

const STATUS_LABELS: Record<StudyStatus, string> = {
  running: 'Running',
  complete: 'Complete',
  stopped: 'Stopped',
};

export const studyStatusLabel = (status: StudyStatus) => STATUS_LABELS[status] ?? status;

/** Six significant digits, without trailing zeros; exponent form for very small or large values. */
export function formatNumber(x: number | null | undefined): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return '—';
  if (x !== 0 && (Math.abs(x) < 1e-3 || Math.abs(x) >= 1e7)) return x.toExponential(3).replace(/\.?0+e/, 'e');
  return String(Number(x.toPrecision(6)));
}

/** A parameter value as the page shows it. */
export const formatParam = (v: unknown): string =>
  typeof v === 'number' ? formatNumber(v) : typeof v === 'string' ? v : JSON.stringify(v);

/** `float in [1e-5, 0.1], log scale`, `int in [2, 8] step 2`, `one of adam, sgd`. */
export function describeDistribution(d: Distribution): string {
  if (d.type === 'categorical') return `one of ${d.choices.map(formatParam).join(', ')}`;
  const parts = [`${d.type} in [${formatNumber(d.low)}, ${formatNumber(d.high)}]`];
  if (d.log) parts.push('log scale');
  const step = d.type === 'int' ? (d.step ?? 1) : d.step;
  if (step != null && !(d.type === 'int' && step === 1)) parts.push(`step ${formatNumber(step)}`);
  return parts.join(', ');
}

export const formatUsd = (x: number) =>
  `$${x.toLocaleString('en-US', { maximumFractionDigits: x < 100 ? 2 : 0, minimumFractionDigits: x < 100 ? 2 : 0 })}`;

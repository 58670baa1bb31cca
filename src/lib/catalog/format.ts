/** Number formatting for catalog pages: sizes in SI units with the exact count kept for tooltips. */

const UNITS = ['B', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB'];

/** 48318382080000 → "48.3 TB" (decimal SI units, as storage systems and grid tools report). */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '—';
  if (bytes < 1000) return `${bytes} B`;
  const exponent = Math.min(UNITS.length - 1, Math.floor(Math.log10(bytes) / 3));
  const value = bytes / 1000 ** exponent;
  const digits = value >= 100 ? 0 : value >= 10 ? 1 : 2;
  return `${value.toFixed(digits)} ${UNITS[exponent]}`;
}

/** 48318382080000 → "48,318,382,080,000 bytes". */
export function exactBytes(bytes: number): string {
  return `${formatCount(bytes)} byte${bytes === 1 ? '' : 's'}`;
}

export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}

/** 1_234_567 → "1.23 M" for parameter counts. */
export function formatCompact(n: number): string {
  if (n < 1000) return String(n);
  const units = ['', 'k', 'M', 'G', 'T'];
  const exponent = Math.min(units.length - 1, Math.floor(Math.log10(n) / 3));
  const value = n / 1000 ** exponent;
  return `${value.toFixed(value >= 100 ? 0 : value >= 10 ? 1 : 2)} ${units[exponent]}`;
}

/** Metric values: up to 4 significant digits, no exponent for ordinary magnitudes. */
export function formatMetric(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e9) return formatCount(value);
  const abs = Math.abs(value);
  if (abs !== 0 && (abs < 1e-3 || abs >= 1e9)) return value.toExponential(3);
  return Number(value.toPrecision(4)).toString();
}

/** "2026-03-01T10:20:00.000Z" → "2026-03-01 10:20 UTC". */
export function formatDateTime(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

export function formatDate(iso: string): string {
  return iso.slice(0, 10);
}

/**
 * onnx-proto yields int64 fields as `long` objects where that package can be loaded
 * (Node) and as plain numbers elsewhere (bundled for the browser or workerd).
 */
export type Int64Like = number | { low: number; high: number; unsigned?: boolean } | string | null | undefined;

export function int64ToNumber(value: Int64Like): number {
  if (value === null || value === undefined) return 0;
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return Number(value);
  const low = value.low >>> 0;
  const high = value.unsigned ? value.high >>> 0 : value.high | 0;
  return high * 4294967296 + low;
}

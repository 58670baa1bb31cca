/**
 * Billing units. The providers bill volume in binary units: AWS's own S3 FAQ counts
 * 10 TB as 10,995,116,277,760 bytes (10 × 2^40) and GCP's network pricing tiers are
 * "1,024 GiB to 10,240 GiB". So 1 TB = 1024 GB here, for tier bounds and for
 * dataset sizes alike. Azure is assumed to follow the same convention (not verified).
 */
export const GB_PER_TB = 1024;

export const BYTES_PER_GB = 2 ** 30;

/** Dataset size in billing TB (TiB) from a byte count, e.g. from a dataset_version row. */
export function bytesToBillingTb(bytes: number): number {
  return bytes / (BYTES_PER_GB * GB_PER_TB);
}

/** "100GB" / "10TB" → GB; null when the text is not a size. */
export function sizeToGb(text: string): number | null {
  const m = /^(\d+(?:\.\d+)?)(GB|TB)$/i.exec(text);
  if (!m?.[1] || !m[2]) return null;
  const n = Number(m[1]);
  return m[2].toUpperCase() === 'TB' ? n * GB_PER_TB : n;
}

/**
 * Rounds to cents, half away from zero, after trimming binary noise
 * (8 × 0.36975 is 2.9579999… in floating point but 2.958 on paper).
 */
export function roundUsd(x: number): number {
  const cents = Number((x * 100).toPrecision(12));
  return (Math.sign(cents) * Math.round(Math.abs(cents))) / 100;
}

/** Trims floating-point noise from quantities (hours, GB) without changing their meaning. */
export function roundQuantity(x: number): number {
  return Number(x.toPrecision(12));
}

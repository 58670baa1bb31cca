import type { Dataset } from '../demo-data/datasets/dataset';

function median(sorted: Float64Array): number {
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * The row closest to the per-feature medians (L1 distance, each feature scaled by its spread):
 * a real generated event that looks like the bulk of its sample, for demo presets.
 */
export function typicalRow(data: Dataset): number[] {
  if (data.n === 0) throw new RangeError('typicalRow needs at least one row');
  const { n, width, features } = data;
  const centre: number[] = [];
  const spread: number[] = [];
  for (let c = 0; c < width; c++) {
    const column = Float64Array.from({ length: n }, (_, r) => features[r * width + c]!).sort();
    centre.push(median(column));
    const iqr = column[Math.floor(n * 0.75)]! - column[Math.floor(n * 0.25)]!;
    spread.push(iqr > 0 ? iqr : column[n - 1]! - column[0]! || 1);
  }
  let best = 0;
  let bestDistance = Infinity;
  for (let r = 0; r < n; r++) {
    let distance = 0;
    for (let c = 0; c < width; c++) distance += Math.abs(features[r * width + c]! - centre[c]!) / spread[c]!;
    if (distance < bestDistance) {
      bestDistance = distance;
      best = r;
    }
  }
  return Array.from(features.subarray(best * width, (best + 1) * width));
}

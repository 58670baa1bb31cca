/** Classifier and anomaly-score metrics on held-out data; sorts are stable, so ties resolve the same way every run. */

export function argmaxRows(scores: ArrayLike<number>, n: number, width: number): Uint8Array {
  const out = new Uint8Array(n);
  for (let r = 0; r < n; r++) {
    let best = 0;
    for (let j = 1; j < width; j++) if (scores[r * width + j]! > scores[r * width + best]!) best = j;
    out[r] = best;
  }
  return out;
}

export function accuracy(predicted: Uint8Array, labels: Uint8Array): number {
  let correct = 0;
  for (let r = 0; r < labels.length; r++) if (predicted[r] === labels[r]) correct++;
  return correct / labels.length;
}

/** Fraction of true class-c rows predicted as c (efficiency / recall), per class. */
export function classEfficiencies(predicted: Uint8Array, labels: Uint8Array, classes: number): number[] {
  const hits = new Array<number>(classes).fill(0);
  const totals = new Array<number>(classes).fill(0);
  labels.forEach((label, r) => {
    totals[label]! += 1;
    if (predicted[r] === label) hits[label]! += 1;
  });
  return hits.map((h, c) => (totals[c]! > 0 ? h / totals[c]! : 0));
}

/**
 * Area under the ROC curve as the Mann–Whitney statistic: the probability that
 * a random positive scores above a random negative, ties counting one half.
 */
export function rocAuc(scores: ArrayLike<number>, positive: ArrayLike<boolean>): number {
  const n = scores.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => scores[a]! - scores[b]!);
  let rankSumPositive = 0;
  let positives = 0;
  let i = 0;
  while (i < n) {
    let j = i;
    while (j + 1 < n && scores[order[j + 1]!] === scores[order[i]!]) j++;
    const averageRank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) {
      if (positive[order[k]!]) {
        rankSumPositive += averageRank;
        positives++;
      }
    }
    i = j + 1;
  }
  const negatives = n - positives;
  if (positives === 0 || negatives === 0) return Number.NaN;
  return (rankSumPositive - (positives * (positives + 1)) / 2) / (positives * negatives);
}

/** Score threshold that keeps the given fraction of `scores` at or above it. */
export function thresholdAtEfficiency(scores: ArrayLike<number>, efficiency: number): number {
  const sorted = Float64Array.from(scores).sort();
  const index = Math.min(sorted.length - 1, Math.max(0, Math.floor((1 - efficiency) * sorted.length)));
  return sorted[index]!;
}

export function fractionAbove(scores: ArrayLike<number>, threshold: number): number {
  let count = 0;
  for (let k = 0; k < scores.length; k++) if (scores[k]! >= threshold) count++;
  return count / scores.length;
}

/** Signal efficiency when the threshold lets through `backgroundEfficiency` of the background. */
export function signalEfficiencyAt(
  signal: ArrayLike<number>,
  background: ArrayLike<number>,
  backgroundEfficiency: number,
): number {
  const sorted = Float64Array.from(background).sort();
  const index = Math.min(sorted.length - 1, Math.floor((1 - backgroundEfficiency) * sorted.length));
  // Strictly above the background quantile, so at most the requested fraction of background passes.
  const threshold = sorted[index]!;
  let count = 0;
  for (let k = 0; k < signal.length; k++) if (signal[k]! > threshold) count++;
  return count / signal.length;
}

/** Background that passes when the threshold keeps `signalEfficiency` of the signal (e.g. light-jet mistag at 70 % b efficiency). */
export function backgroundEfficiencyAt(
  signal: ArrayLike<number>,
  background: ArrayLike<number>,
  signalEfficiency: number,
): number {
  return fractionAbove(background, thresholdAtEfficiency(signal, signalEfficiency));
}

/** Column c of a row-major [n][width] table. */
export function column(table: ArrayLike<number>, n: number, width: number, c: number): Float64Array {
  const out = new Float64Array(n);
  for (let r = 0; r < n; r++) out[r] = table[r * width + c]!;
  return out;
}

import type { DemoConfig } from './demo-config';

export interface Prediction {
  /** The predicted class, or `normal` / `anomalous`. */
  label: string;
  /** Per-class probabilities (classifier) or the single score (autoencoder). */
  values: number[];
}

export function predict(config: DemoConfig, data: Float32Array): Prediction {
  if (config.kind === 'anomaly') {
    const score = data[0] ?? NaN;
    return { label: score > (config.anomalyThreshold ?? Infinity) ? 'anomalous' : 'normal', values: [score] };
  }
  const values = Array.from(data.subarray(0, config.classLabels.length));
  let best = 0;
  values.forEach((v, i) => {
    if (v > values[best]!) best = i;
  });
  return { label: config.classLabels[best] ?? '?', values };
}

const percent = (p: number) => `${(p * 100).toFixed(1)} %`;

/** Position on the score bar: log scale from 1e-3 to 1e3, so the threshold sits near the middle. */
export function scorePosition(score: number): number {
  const clamped = Math.min(1e3, Math.max(1e-3, score));
  return ((Math.log10(clamped) + 3) / 6) * 100;
}

/** Updates the pre-rendered bars (classifier) or score meter (autoencoder) in `root`. */
export function renderPrediction(root: HTMLElement, config: DemoConfig, prediction: Prediction): void {
  if (config.kind === 'classifier') {
    config.classLabels.forEach((label, i) => {
      const row = root.querySelector<HTMLElement>(`[data-class-bar="${CSS.escape(label)}"]`);
      if (!row) return;
      const p = prediction.values[i] ?? 0;
      row.querySelector<HTMLElement>('[data-bar-fill]')!.style.width = `${(p * 100).toFixed(2)}%`;
      row.querySelector<HTMLElement>('[data-bar-value]')!.textContent = percent(p);
      row.toggleAttribute('data-winner', label === prediction.label);
    });
    return;
  }
  const score = prediction.values[0] ?? NaN;
  const threshold = config.anomalyThreshold ?? NaN;
  root.querySelector<HTMLElement>('[data-score-fill]')!.style.width = `${scorePosition(score).toFixed(2)}%`;
  root.querySelector<HTMLElement>('[data-score-value]')!.textContent = score.toPrecision(3);
  const verdict = root.querySelector<HTMLElement>('[data-score-verdict]')!;
  verdict.textContent =
    prediction.label === 'anomalous'
      ? `above the threshold ${threshold.toPrecision(3)}: the trigger would keep this event as anomalous`
      : `below the threshold ${threshold.toPrecision(3)}: looks like standard-model background`;
  verdict.dataset.verdict = prediction.label;
}

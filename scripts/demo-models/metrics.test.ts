import { describe, expect, it } from 'vitest';
import { accuracy, argmaxRows, backgroundEfficiencyAt, classEfficiencies, rocAuc, signalEfficiencyAt } from './metrics';

describe('metrics', () => {
  it('gives AUC 1 for perfect separation, 0 for inverted, 0.5 for all ties', () => {
    expect(rocAuc([0.1, 0.2, 0.8, 0.9], [false, false, true, true])).toBe(1);
    expect(rocAuc([0.9, 0.8, 0.2, 0.1], [false, false, true, true])).toBe(0);
    expect(rocAuc([0.5, 0.5, 0.5, 0.5], [false, true, false, true])).toBe(0.5);
  });

  it('counts pairs for a mixed ranking', () => {
    // positives 0.4 and 0.8 vs negatives 0.1, 0.5, 0.6: (1 + 3) / 6 pairs ordered correctly
    expect(rocAuc([0.1, 0.4, 0.5, 0.6, 0.8], [false, true, false, false, true])).toBeCloseTo(4 / 6, 12);
  });

  it('takes the argmax per row and scores accuracy and per-class efficiency', () => {
    const predicted = argmaxRows([0.9, 0.1, 0.2, 0.8, 0.6, 0.4], 3, 2);
    expect([...predicted]).toEqual([0, 1, 0]);
    const labels = Uint8Array.of(0, 1, 1);
    expect(accuracy(predicted, labels)).toBeCloseTo(2 / 3, 12);
    expect(classEfficiencies(predicted, labels, 2)).toEqual([1, 0.5]);
  });

  it('reads working points off signal and background scores', () => {
    const background = Array.from({ length: 100 }, (_, i) => i / 100);
    const signal = [0.5, 0.95, 0.995, 0.999];
    expect(signalEfficiencyAt(signal, background, 0.1)).toBe(0.75);
    expect(signalEfficiencyAt(signal, background, 0.01)).toBe(0.5);
    // keeping all signal means cutting at 0.5, which half the background passes
    expect(backgroundEfficiencyAt(signal, background, 1)).toBe(0.5);
  });
});

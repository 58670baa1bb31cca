import { describe, expect, it } from 'vitest';
import { matchMetrics, metricDirection, parseMetricName } from './metric-match';

const m = (name: string, value: number, split = 'test') => ({ name, value, split, dataset: null });

describe('parseMetricName', () => {
  it('reads a unit from brackets or a unit suffix, and leaves other names alone', () => {
    expect(parseMetricName('latency (ms)')).toEqual({ stem: 'latency', unit: 'ms' });
    expect(parseMetricName('Model size [MB]')).toEqual({ stem: 'model size', unit: 'MB' });
    expect(parseMetricName('latency_us')).toEqual({ stem: 'latency', unit: 'µs' });
    expect(parseMetricName('eff_pct')).toEqual({ stem: 'eff', unit: '%' });
    expect(parseMetricName('auc')).toEqual({ stem: 'auc', unit: null });
    // A kaon is not a unit.
    expect(parseMetricName('efficiency_K')).toEqual({ stem: 'efficiency_k', unit: null });
  });
});

describe('metricDirection', () => {
  it('knows which way is better from the quantity before "at"/"vs"', () => {
    expect(metricDirection('auc')).toBe('higher');
    expect(metricDirection('b_eff_at_1pct_mistag')).toBe('higher');
    expect(metricDirection('light_mistag_at_70pct_b_eff')).toBe('lower');
    expect(metricDirection('background_rate_at_threshold')).toBe('lower');
    expect(metricDirection('max_abs_diff_vs_fp32')).toBe('lower');
    expect(metricDirection('decision_agreement_vs_fp32')).toBe('higher');
    expect(metricDirection('latency (ms)')).toBe('lower');
    expect(metricDirection('n_constituents')).toBeNull();
  });
});

describe('matchMetrics', () => {
  it('pairs by name and unit (in either spelling), and judges the change by direction', () => {
    const pairs = matchMetrics([m('auc', 0.9), m('latency (ms)', 4)], [m('AUC', 0.92), m('latency_ms', 5)]);
    expect(pairs.map((p) => [p.a?.name, p.b?.name, p.verdict])).toEqual([
      ['auc', 'AUC', 'better'],
      ['latency (ms)', 'latency_ms', 'worse'],
    ]);
  });

  it('does not compare a metric of the same name in another unit: both shown, with the units', () => {
    const pairs = matchMetrics([m('latency (ms)', 4)], [m('latency (µs)', 3900)]);
    expect(pairs).toHaveLength(2);
    expect(pairs[0]).toMatchObject({ a: { name: 'latency (ms)' }, b: null, unitMismatch: { a: 'ms', b: 'µs' } });
    expect(pairs[1]).toMatchObject({ a: null, b: { name: 'latency (µs)' }, unitMismatch: { a: 'ms', b: 'µs' } });
    expect(pairs.every((p) => p.verdict === undefined)).toBe(true);
  });

  it('keeps split and dataset apart, and says nothing of direction it does not know', () => {
    const pairs = matchMetrics([m('n_tracks', 3, 'test'), m('n_tracks', 4, 'validation')], [m('n_tracks', 5, 'test')]);
    expect(pairs.map((p) => [p.a?.split, p.b?.split ?? null, p.verdict ?? null])).toEqual([
      ['test', 'test', null],
      ['validation', null, null],
    ]);
    expect(pairs[1]?.unitMismatch).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { buildTriggerPayload, compare, dedupKeys, describeReason, metricPolicyFires } from './policy';
import { MetricPolicyConfigSchema } from './types';

const config = (c: Record<string, unknown>) => MetricPolicyConfigSchema.parse(c);

describe('metricPolicyFires', () => {
  it('fires when the metric crosses the threshold in the configured direction', () => {
    expect(compare(0.8, '<', 0.9)).toBe(true);
    expect(compare(0.9, '<', 0.9)).toBe(false);
    expect(compare(0.9, '<=', 0.9)).toBe(true);
    expect(
      metricPolicyFires(
        config({ metric: 'auc', comparison: '<', threshold: 0.9 }),
        { source: 'evaluation', metrics: { auc: 0.85 }, modelVersion: 3 },
        null,
      ),
    ).toEqual({ value: 0.85 });
    expect(
      metricPolicyFires(
        config({ metric: 'auc', comparison: '<', threshold: 0.9 }),
        { source: 'evaluation', metrics: { loss: 1 }, modelVersion: 3 },
        null,
      ),
    ).toBeNull();
  });

  it('respects the source and the alias restriction', () => {
    const onlyBenchmarks = config({ metric: 'p99', comparison: '>', threshold: 5, from: 'benchmark' });
    expect(
      metricPolicyFires(onlyBenchmarks, { source: 'evaluation', metrics: { p99: 9 }, modelVersion: 1 }, null),
    ).toBeNull();
    const production = config({ metric: 'p99', comparison: '>', threshold: 5, alias: 'production' });
    expect(metricPolicyFires(production, { source: 'benchmark', metrics: { p99: 9 }, modelVersion: 1 }, 2)).toBeNull();
    expect(metricPolicyFires(production, { source: 'benchmark', metrics: { p99: 9 }, modelVersion: 2 }, 2)).toEqual({
      value: 9,
    });
  });
});

describe('retrain requests', () => {
  it('makes one dedup key per cause', () => {
    expect(dedupKeys.dataset('rp_1', 77)).toBe('rp_1:dataset-version:77');
    expect(dedupKeys.metric('rp_1', 3, 'whd_x')).toBe('rp_1:metric:3');
    expect(dedupKeys.metric('rp_1', null, 'whd_x')).toBe('rp_1:metric:event-whd_x');
  });

  it('explains the reason and builds a trigger GitLab understands (ref + variables)', () => {
    const inputs = { parentVersion: 4, dataset: { slug: 'jet-images', version: 'v3' } };
    const reason = describeReason('dataset_version', inputs);
    expect(reason).toBe('New version v3 of dataset jet-images');
    const payload = buildTriggerPayload({
      requestId: 'rr_abcd',
      kind: 'dataset_version',
      reason,
      inputs,
      model: { slug: 'jet-tagger', name: 'Jet tagger' },
      openedAt: new Date('2026-03-02T09:00:00Z'),
      publicUrl: 'https://hub.example.org',
      ref: 'main',
    });
    expect(payload).toMatchObject({
      type: 'retrain.requested',
      ref: 'main',
      data: {
        request: { id: 'rr_abcd', url: 'https://hub.example.org/api/models/jet-tagger/retrain-requests/rr_abcd' },
        inputs,
      },
      variables: {
        HUB_RETRAIN_REQUEST: 'rr_abcd',
        HUB_PARENT_VERSION: '4',
        HUB_DATASET: 'jet-images',
        HUB_DATASET_VERSION: 'v3',
      },
    });
    expect(describeReason('manual', { parentVersion: null }, 'new calibration')).toBe(
      'Requested by hand: new calibration',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { compareVersions, flattenParameters, type ComparableVersion } from '../lib/catalog/version-compare';
import { renderComparison } from './version-compare';

const base: ComparableVersion = {
  version: 1,
  status: 'ready',
  createdAt: '2026-01-01T00:00:00.000Z',
  hyperParameters: { lr: 0.001, optimizer: { name: 'adam', beta1: 0.9 }, layers: [64, 32] },
  metrics: [{ name: 'auc', value: 0.95, split: 'test', dataset: { dataset: 'jets', version: 'v1' } }],
  artifacts: [
    {
      name: 'model.onnx',
      format: 'onnx',
      precision: 'fp32',
      bytes: 1_000_000,
      parameters: 250_000,
      sparsityPct: null,
      framework: 'pytorch',
      sha256: 'a'.repeat(64),
    },
  ],
  datasets: [{ dataset: 'jets', datasetName: 'Jets', version: 'v1', role: 'training' }],
  parent: null,
  trainingJob: { commit: 'abc1234', gpuHours: 10 },
};

const next: ComparableVersion = {
  ...base,
  version: 2,
  hyperParameters: { lr: 0.0003, optimizer: { name: 'adam', beta1: 0.9 }, layers: [64, 32], dropout: 0.1 },
  metrics: [{ name: 'auc', value: 0.97, split: 'test', dataset: { dataset: 'jets', version: 'v1' } }],
  artifacts: [{ ...base.artifacts[0]!, precision: 'fp16', bytes: 500_000, sha256: 'b'.repeat(64) }],
  datasets: [{ dataset: 'jets', datasetName: 'Jets', version: 'v2', role: 'training' }],
  parent: { model: 'tagger', version: 1 },
};

describe('compareVersions', () => {
  it('flags changed, added and removed values in every section', () => {
    const sections = Object.fromEntries(compareVersions(base, next).map((s) => [s.id, s.rows]));
    expect(sections['hyper-parameters']!.filter((r) => r.changed).map((r) => r.key)).toEqual(['dropout', 'lr']);
    expect(sections['hyper-parameters']!.find((r) => r.key === 'optimizer.beta1')).toMatchObject({
      a: '0.9',
      b: '0.9',
      changed: false,
    });
    expect(sections.metrics![0]).toMatchObject({ key: 'auc · test · jets@v1', a: '0.95', b: '0.97', changed: true });
    expect(sections.metrics![0]!.delta).toBeCloseTo(0.02);
    expect(sections.artifacts!.filter((r) => r.changed).map((r) => r.key)).toEqual([
      'model.onnx · precision',
      'model.onnx · sha256',
      'model.onnx · size',
    ]);
    expect(sections.datasets![0]).toMatchObject({ key: 'Jets (training)', a: 'v1', b: 'v2', changed: true });
    expect(sections.training!.find((r) => r.key === 'parent')).toMatchObject({ a: null, b: 'tagger v1' });
  });

  it('renders highlighted rows with escaped values', () => {
    const html = renderComparison(base, { ...next, hyperParameters: { note: '<script>' } });
    expect(html).toContain('<tr class="changed"><th scope="row">lr');
    expect(html).toContain('&#60;script&#62;');
    expect(html).not.toContain('<script>');
    expect(renderComparison(base, { ...base, version: 3 })).toContain('No differences recorded');
  });
});

describe('flattenParameters', () => {
  it('dots nested keys and keeps lists as JSON', () => {
    expect([...flattenParameters({ a: { b: { c: 1 } }, l: [1, 2], s: 'x', n: null })]).toEqual([
      ['a.b.c', '1'],
      ['l', '[1,2]'],
      ['s', 'x'],
      ['n', 'null'],
    ]);
  });
});

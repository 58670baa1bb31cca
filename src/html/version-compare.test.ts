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
    expect(sections.metrics![0]!.verdict).toBe('better');
    expect(sections.artifacts!.filter((r) => r.changed).map((r) => r.key)).toEqual([
      'onnx artifact · precision',
      'onnx artifact · size',
      'onnx artifact · sha256',
    ]);
    expect(sections.datasets![0]).toMatchObject({ key: 'Jets (training)', a: 'v1', b: 'v2', changed: true });
    expect(sections.training!.find((r) => r.key === 'parent')).toMatchObject({ a: null, b: 'tagger v1' });
  });

  it('matches artifacts by role, not file name, and pairs equal precisions first', () => {
    const art = base.artifacts[0]!;
    const a = { ...base, artifacts: [{ ...art, name: 'tagger-v1.onnx' }] };
    const b = {
      ...next,
      artifacts: [
        { ...art, name: 'tagger-v2-int8.onnx', precision: 'int8' },
        { ...art, name: 'tagger-v2.onnx' },
      ],
    };
    const rows = compareVersions(a, b).find((s) => s.id === 'artifacts')!.rows;
    expect(rows.filter((r) => r.key.endsWith('· file')).map((r) => [r.key, r.a, r.b])).toEqual([
      ['onnx artifact (fp32) · file', 'tagger-v1.onnx', 'tagger-v2.onnx'],
      ['onnx artifact (int8) · file', null, 'tagger-v2-int8.onnx'],
    ]);
    expect(rows.find((r) => r.key === 'onnx artifact (fp32) · precision')).toMatchObject({ changed: false });
  });

  it('shows a metric of the same name in another unit separately, with a note, and no delta', () => {
    const a = { ...base, metrics: [{ name: 'latency (ms)', value: 4, split: 'test', dataset: null }] };
    const b = { ...next, metrics: [{ name: 'latency (µs)', value: 3900, split: 'test', dataset: null }] };
    const rows = compareVersions(a, b).find((s) => s.id === 'metrics')!.rows;
    expect(rows.map((r) => [r.key, r.a, r.b, r.delta])).toEqual([
      ['latency (ms) · test', '4', null, undefined],
      ['latency (µs) · test', null, '3,900', undefined],
    ]);
    expect(rows[0]!.note).toBe('Same name in v2 but another unit (ms in v1, µs in v2): not compared.');
    expect(renderComparison(a, b)).toContain('<tr class="changed" data-changed-row data-unit-mismatch>');
  });

  it('renders highlighted rows and cells, better/worse by direction, with escaped values', () => {
    const html = renderComparison(base, { ...next, hyperParameters: { note: '<script>' } });
    expect(html).toContain('<tr class="changed" data-changed-row><th scope="row">lr');
    expect(html).toContain('<td class="changed-cell" data-changed><code>0.95</code>');
    expect(html).toContain(
      '+0.02 <span class="badge ok" data-verdict="better" title="higher is better">▲ better</span>',
    );
    expect(html).toContain('In v2, 1 metric better and 0 worse than v1.');
    expect(renderComparison(next, base)).toContain('data-verdict="worse"');
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

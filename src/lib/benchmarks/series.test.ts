import { describe, expect, it } from 'vitest';
import type { BenchmarkResultJson } from './result-json';
import {
  bestByEngineAndHardware,
  hardwareTable,
  latencySeries,
  sharedSetup,
  throughputTable,
  variantTable,
  versionTable,
} from './series';

let n = 0;
function result(
  overrides: {
    slug?: string;
    version?: number;
    batch?: number;
    p50?: number;
    throughput?: number;
    valid?: boolean;
    precision?: string;
    sparsity?: number;
    provider?: string;
    hardware?: string;
    recordedAt?: string;
    source?: 'harness' | 'community';
  } = {},
): BenchmarkResultJson {
  n++;
  const slug = overrides.slug ?? 'jet-btag';
  const version = overrides.version ?? 1;
  const p50 = overrides.p50 ?? 0.01;
  return {
    id: `bm_test${String(n).padStart(8, '0')}`,
    model: { slug, name: slug, task: 'jet-tagging' },
    version,
    artifact: {
      precision: overrides.precision ?? 'fp32',
      ...(overrides.sparsity ? { sparsityPct: overrides.sparsity } : {}),
    },
    engine: { name: 'onnxruntime-node', version: '1.30.0', executionProvider: overrides.provider ?? 'cpu' },
    engineLabel: `onnxruntime-node 1.30.0 · ${overrides.provider ?? 'cpu'}`,
    hardware: { cpu: { model: overrides.hardware ?? 'EPYC' } },
    hardwareLabel: overrides.hardware ?? 'EPYC',
    software: {},
    settings: { scenario: 'single-stream', batchSize: overrides.batch ?? 1, intraOpThreads: 1, warmupRuns: 1 },
    results: {
      iterations: 1000,
      durationMs: 1000,
      latencyMs: { min: p50, mean: p50, p50, p90: p50, p99: p50 * 2, p999: p50 * 3 },
      throughputPerSec: overrides.throughput ?? 1000,
    },
    validity:
      overrides.valid === false
        ? { valid: false, flags: [{ code: 'too_short', severity: 'invalid', message: 'too short' }] }
        : { valid: true, flags: [] },
    provenance: {
      source: overrides.source ?? 'harness',
      submitter: 'x',
      measuredAt: '2026-01-01T00:00:00Z',
      recordedAt: overrides.recordedAt ?? `2026-01-01T00:00:${String(n % 60).padStart(2, '0')}Z`,
      eventRef: null,
    },
    supersedes: null,
    supersededBy: null,
    hardwarePool: null,
    links: { self: '', page: '', version: '', versionBenchmarks: '' },
  };
}

describe('latencySeries', () => {
  it('makes one series per configuration with points ordered by batch', () => {
    const series = latencySeries([
      result({ batch: 64, p50: 0.02 }),
      result({ batch: 1 }),
      result({ batch: 8, provider: 'wasm' }),
    ]);
    expect(series.map((s) => s.label)).toEqual(['onnxruntime-node cpu', 'onnxruntime-node wasm']);
    expect(sharedSetup([result(), result({ provider: 'wasm' })])).toBe('fp32 · 1 thread · EPYC');
    expect(series[0]!.points.map((p) => p.batch)).toEqual([1, 64]);
  });

  it('prefers a valid result to an invalid one at the same batch, then the newest', () => {
    const [s] = latencySeries([
      result({ p50: 1, valid: true, recordedAt: '2026-01-01T00:00:00Z' }),
      result({ p50: 2, valid: false, recordedAt: '2026-02-01T00:00:00Z' }),
      result({ p50: 3, recordedAt: '2026-01-15T00:00:00Z' }),
    ]);
    expect(s!.points).toHaveLength(1);
    expect(s!.points[0]!.p50).toBe(3);
  });

  it('names the model version when several are shown together, and keeps a lone series fully labelled', () => {
    const labels = latencySeries([result(), result({ slug: 'jet-btag-fp16', precision: 'fp16' })]).map((s) => s.label);
    expect(labels).toEqual(['jet-btag v1 · fp32', 'jet-btag-fp16 v1 · fp16']);
    expect(latencySeries([result()])[0]!.label).toBe('fp32 · onnxruntime-node cpu · 1 thread · EPYC');
  });
});

describe('chart tables', () => {
  it('lines throughput up by batch size with gaps where nothing was measured', () => {
    const table = throughputTable([
      result({ batch: 1, throughput: 10 }),
      result({ batch: 64, throughput: 500 }),
      result({ batch: 8, provider: 'wasm' }),
    ]);
    expect(table.labels).toEqual(['1', '8', '64']);
    expect(table.datasets[0]!.values.map((v) => v?.throughput ?? null)).toEqual([10, null, 500]);
  });

  it('compares precision variants on their common engine and machine', () => {
    const table = variantTable([
      result({ batch: 1, p50: 0.01 }),
      result({ slug: 'jet-btag-int8', precision: 'int8-qdq', batch: 1, p50: 0.02 }),
      result({ slug: 'jet-btag-pruned50', precision: 'fp32', sparsity: 50, batch: 1, p50: 0.012 }),
      result({ batch: 1, hardware: 'Chrome', provider: 'wasm', p50: 0.5 }),
    ]);
    expect(table.setup).toBe('onnxruntime-node 1.30.0 · cpu, 1 thread, on EPYC');
    expect(table.labels).toEqual([
      'jet-btag v1 · fp32',
      'jet-btag-int8 v1 · int8-qdq',
      'jet-btag-pruned50 v1 · fp32, 50 % sparse',
    ]);
    expect(table.datasets[0]!.values.map((v) => v?.p50)).toEqual([0.01, 0.02, 0.012]);
  });

  it('compares machines and versions at one batch size', () => {
    const rows = [
      result({ batch: 1, hardware: 'EPYC' }),
      result({ batch: 1, hardware: 'Xeon', p50: 0.03 }),
      result({ batch: 8, hardware: 'Xeon' }),
      result({ version: 2, batch: 1, p50: 0.005 }),
    ];
    const machines = hardwareTable(rows, 1);
    expect(machines.labels).toEqual(['EPYC', 'Xeon']);
    expect(machines.datasets[0]!.values.map((v) => v?.p50)).toEqual([0.005, 0.03]);
    const versions = versionTable(rows, 1);
    expect(versions.labels).toEqual(['v1', 'v2']);
    expect(versions.datasets.find((d) => d.label.endsWith('EPYC'))!.values.map((v) => v?.p50)).toEqual([0.01, 0.005]);
  });
});

describe('bestByEngineAndHardware', () => {
  it('takes the lowest valid p50 at the smallest batch and the highest valid throughput, leaving community runs out', () => {
    const [row] = bestByEngineAndHardware([
      result({ batch: 1, p50: 0.01, throughput: 100 }),
      result({ batch: 1, p50: 0.005, throughput: 200, valid: false }),
      result({ batch: 64, p50: 0.05, throughput: 5000 }),
      result({ batch: 256, p50: 0.1, throughput: 9000, valid: false }),
      result({ batch: 8, source: 'community', throughput: 1e6 }),
    ]);
    expect(row).toMatchObject({
      latency: { p50: 0.01, batch: 1 },
      throughput: { perSecond: 5000, batch: 64 },
      valid: 2,
      invalid: 2,
      community: 1,
    });
  });

  it('has no best figures when every result is invalid', () => {
    expect(bestByEngineAndHardware([result({ valid: false })])[0]).toMatchObject({
      latency: null,
      throughput: null,
      invalid: 1,
    });
  });
});

import { describe, expect, it } from 'vitest';
import { hubValidity, judgeBenchmark, p50StabilityCv } from './validity';

const base = { iterations: 5000, durationMs: 2100, minIterations: 1000, minDurationMs: 2000 };

describe('p50StabilityCv', () => {
  it('stays small when a few runs are slow but the typical run is steady', () => {
    const samples = Array.from({ length: 10_000 }, (_, i) => (i % 997 === 0 ? 5 : 0.01 + (i % 7) * 1e-4));
    expect(p50StabilityCv(samples)!).toBeLessThan(0.01);
  });

  it('grows when the typical run drifts during the measurement', () => {
    const samples = Array.from({ length: 10_000 }, (_, i) => 0.01 * (1 + i / 5000));
    expect(p50StabilityCv(samples)!).toBeGreaterThan(0.2);
  });

  it('is unknown with too few samples', () => {
    expect(p50StabilityCv([1, 2, 3])).toBeNull();
  });
});

describe('judgeBenchmark', () => {
  it('calls a long, stable run valid and notes slow outliers', () => {
    const v = judgeBenchmark({ ...base, p50StabilityCv: 0.02, latencyCv: 3.5 });
    expect(v.valid).toBe(true);
    expect(v.flags.map((f) => f.code)).toEqual(['slow_outliers']);
  });

  it('refuses a short run and one with too few iterations, saying why', () => {
    const v = judgeBenchmark({ ...base, iterations: 50, durationMs: 300, p50StabilityCv: 0.01 });
    expect(v.valid).toBe(false);
    expect(v.flags.filter((f) => f.severity === 'invalid').map((f) => f.code)).toEqual([
      'too_few_iterations',
      'too_short',
    ]);
    expect(v.flags[1]!.message).toMatch(/0.3 s, shorter than the 2 s minimum/);
  });

  it('refuses an unstable p50 and words the reason around the p50', () => {
    const v = judgeBenchmark({ ...base, p50StabilityCv: 0.25 });
    expect(v.valid).toBe(false);
    expect(v.flags[0]).toMatchObject({ code: 'cv_above_10_percent', severity: 'invalid' });
    expect(v.flags[0]!.message).toMatch(/p50 is not stable: it varies by 25%/);
  });

  it('falls back to the CV of single samples when stability is unknown, and refuses when both are', () => {
    expect(judgeBenchmark({ ...base, latencyCv: 0.05 }).valid).toBe(true);
    expect(judgeBenchmark({ ...base, latencyCv: 0.5 }).valid).toBe(false);
    expect(judgeBenchmark(base).flags.map((f) => f.code)).toContain('cv_unknown');
  });
});

describe('hubValidity', () => {
  const record = {
    results: {
      iterations: 5000,
      durationMs: 2100,
      latencyMs: { min: 1, mean: 1, p50: 1, p90: 1, p99: 1, p999: 1 },
      throughputPerSec: 1000,
      p50StabilityCv: 0.02,
    },
    settings: {
      scenario: 'single-stream' as const,
      batchSize: 1,
      warmupRuns: 10,
      minIterations: 10,
      minDurationMs: 100,
    },
    hardware: {},
    provenance: { source: 'ci' as const, measuredAt: '2026-01-01T00:00:00Z' },
  };

  it('applies its own floors below any declared minimum', () => {
    const v = hubValidity({ ...record, results: { ...record.results, iterations: 60, durationMs: 200 } });
    expect(v.valid).toBe(false);
    expect(v.flags.map((f) => f.code)).toEqual(expect.arrayContaining(['too_few_iterations', 'too_short']));
  });

  it('ignores a submitter who calls an invalid run valid, but keeps their own invalid flags', () => {
    const claimed = hubValidity({
      ...record,
      results: { ...record.results, p50StabilityCv: 0.5 },
      validity: { valid: true, flags: [] },
    });
    expect(claimed.valid).toBe(false);
    const selfFlagged = hubValidity({
      ...record,
      validity: {
        valid: false,
        flags: [
          { code: 'thermal', severity: 'invalid', message: 'the fan failed' },
          { code: 'too_short', severity: 'invalid', message: 'x' },
        ],
      },
    });
    expect(selfFlagged.valid).toBe(false);
    expect(selfFlagged.flags.map((f) => f.code)).toEqual(['thermal']);
  });

  it('notes software-rendered WebGPU and community submissions without invalidating them', () => {
    const v = hubValidity({
      ...record,
      hardware: { webgpuAdapter: { softwareRendered: true } },
      provenance: { ...record.provenance, source: 'community' },
    });
    expect(v.valid).toBe(true);
    expect(v.flags.map((f) => f.code)).toEqual(['software_rendered', 'community']);
  });
});

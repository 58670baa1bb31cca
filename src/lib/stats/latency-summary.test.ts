import { describe, expect, it } from 'vitest';
import { summarizeLatencies } from './latency-summary';

describe('summarizeLatencies', () => {
  it('summarizes 1..10 ms (shuffled) with linear-interpolated percentiles', () => {
    const s = summarizeLatencies([7, 3, 10, 1, 5, 9, 2, 8, 6, 4]);
    expect(s).toMatchObject({ count: 10, minMs: 1, maxMs: 10, meanMs: 5.5 }); // 55 / 10
    // squared deviations from 5.5 sum to 2 × (4.5² + 3.5² + 2.5² + 1.5² + 0.5²) = 82.5; / (10 − 1) = 9.1667; √ = 3.02765
    expect(s.stdevMs).toBeCloseTo(3.02765, 5);
    expect(s.cv).toBeCloseTo(0.55048, 5); // 3.02765 / 5.5
    // index (n − 1) × p = 9p into the sorted samples 1..10, so value = 1 + 9p
    expect(s.p50Ms).toBeCloseTo(5.5, 10); // 4.5 → between 5 and 6
    expect(s.p90Ms).toBeCloseTo(9.1, 10); // 8.1 → 9 + 0.1
    expect(s.p95Ms).toBeCloseTo(9.55, 10); // 8.55
    expect(s.p99Ms).toBeCloseTo(9.91, 10); // 8.91
    expect(s.p999Ms).toBeCloseTo(9.991, 10); // 8.991
  });

  it('interpolates between two samples', () => {
    const s = summarizeLatencies([20, 10]);
    expect(s.p50Ms).toBe(15); // 10 + 0.5 × 10
    expect(s.p99Ms).toBeCloseTo(19.9, 10); // 10 + 0.99 × 10
    expect(s.stdevMs).toBeCloseTo(7.07107, 5); // √((25 + 25) / 1)
  });

  it('a single sample has no spread', () => {
    expect(summarizeLatencies([4.2])).toMatchObject({
      count: 1,
      minMs: 4.2,
      maxMs: 4.2,
      stdevMs: 0,
      cv: 0,
      p50Ms: 4.2,
      p999Ms: 4.2,
    });
  });

  it('does not reorder the caller’s array', () => {
    const samples = [3, 1, 2];
    summarizeLatencies(samples);
    expect(samples).toEqual([3, 1, 2]);
  });

  it('refuses no samples, negative and non-finite samples', () => {
    expect(() => summarizeLatencies([])).toThrow('no latency samples');
    expect(() => summarizeLatencies([1, -2])).toThrow('latency sample 1 is -2');
    expect(() => summarizeLatencies([1, Number.NaN])).toThrow(RangeError);
  });
});

import { describe, expect, it } from 'vitest';
import { plausibilityIssues } from './plausibility';

const latencyMs = { min: 0.9, mean: 1, p50: 1, p90: 1.1, p99: 1.5, p999: 2 };

describe('plausibilityIssues', () => {
  it('accepts runs that fit in the time the loop took', () => {
    expect(plausibilityIssues({ iterations: 1000, durationMs: 1100, latencyMs })).toEqual([]);
  });

  it('refuses runs that add up to more time than the loop took', () => {
    const issues = plausibilityIssues({ iterations: 10_000, durationMs: 2000, latencyMs });
    expect(issues).toHaveLength(1);
    expect(issues[0]!.message).toMatch(/10000 runs of 1 ms on average take 10000 ms, more than the 2000 ms/);
  });
});

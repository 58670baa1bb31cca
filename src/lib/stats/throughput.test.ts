import { describe, expect, it } from 'vitest';
import { throughputFromMeanLatency, throughputFromTotalTime } from './throughput';

describe('throughput', () => {
  it('from mean latency: batch 32 every 4 ms is 8000 samples/s', () => {
    expect(throughputFromMeanLatency(32, 4)).toBe(8000); // 32 × 1000 / 4
    expect(throughputFromMeanLatency(1, 0.25)).toBe(4000); // 1 × 1000 / 0.25
  });

  it('from total time: 500 batches of 16 in 2.5 s is 3200 samples/s', () => {
    expect(throughputFromTotalTime(16, 500, 2500)).toBe(3200); // 16 × 500 × 1000 / 2500
  });

  it('refuses zero or negative times and batch sizes', () => {
    expect(() => throughputFromMeanLatency(0, 4)).toThrow(RangeError);
    expect(() => throughputFromMeanLatency(8, 0)).toThrow(RangeError);
    expect(() => throughputFromTotalTime(8, 10, 0)).toThrow(RangeError);
    expect(() => throughputFromTotalTime(8, -1, 10)).toThrow(RangeError);
  });
});

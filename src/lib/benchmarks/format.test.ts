import { describe, expect, it } from 'vitest';
import { formatMiB, formatMs, formatThroughput } from './format';

describe('formatting', () => {
  it('keeps three significant digits of latencies from microseconds to seconds', () => {
    expect(formatMs(0.00734)).toBe('0.00734');
    expect(formatMs(0.007)).toBe('0.00700');
    expect(formatMs(0.0512)).toBe('0.0512');
    expect(formatMs(1.2345)).toBe('1.23');
    expect(formatMs(1234.5)).toBe('1235');
    expect(formatMs(0.0000012)).toBe('1.20e-6');
  });

  it('abbreviates throughput and memory', () => {
    expect(formatThroughput(950)).toBe('950');
    expect(formatThroughput(12_345)).toBe('12.3 k');
    expect(formatThroughput(3_456_789)).toBe('3.46 M');
    expect(formatMiB(80 * 2 ** 20)).toBe('80.0');
    expect(formatMiB(undefined)).toBe('—');
  });
});

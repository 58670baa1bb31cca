import { describe, expect, it } from 'vitest';
import { exactBytes, formatBytes, formatCompact, formatMetric } from './format';

describe('catalog formatting', () => {
  it('shows sizes in SI units and exact bytes with separators', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(999)).toBe('999 B');
    expect(formatBytes(1_234_567)).toBe('1.23 MB');
    expect(formatBytes(48_318_382_080_000)).toBe('48.3 TB');
    expect(formatBytes(512_000_000_000_000)).toBe('512 TB');
    expect(formatBytes(2 ** 53 - 1)).toBe('9.01 PB');
    expect(exactBytes(48_318_382_080_000)).toBe('48,318,382,080,000 bytes');
  });

  it('keeps parameter counts and metrics short and readable', () => {
    expect(formatCompact(950)).toBe('950');
    expect(formatCompact(1_200_000)).toBe('1.20 M');
    expect(formatMetric(0.98123)).toBe('0.9812');
    expect(formatMetric(250)).toBe('250');
    expect(formatMetric(0.00001234)).toBe('1.234e-5');
  });
});

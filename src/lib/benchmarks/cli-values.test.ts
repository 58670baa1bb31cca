import { describe, expect, it } from 'vitest';
import { parseDuration, parseIntList } from './cli-values';

describe('parseDuration', () => {
  it('reads milliseconds, seconds, minutes and bare seconds', () => {
    expect(parseDuration('500ms')).toBe(500);
    expect(parseDuration('2s')).toBe(2000);
    expect(parseDuration('1.5m')).toBe(90_000);
    expect(parseDuration('3')).toBe(3000);
  });

  it('refuses anything else', () => {
    for (const bad of ['', 'fast', '-1s', '0s', '2h', '1e3']) expect(() => parseDuration(bad), bad).toThrow(RangeError);
  });
});

describe('parseIntList', () => {
  it('reads comma-separated positive integers without repeats', () => {
    expect(parseIntList('1, 8,64,8', 'batch size')).toEqual([1, 8, 64]);
  });

  it('names the option in its refusal', () => {
    expect(() => parseIntList('1,0', 'batch size')).toThrow(/"0" is not a valid batch size/);
    expect(() => parseIntList('2.5', 'thread count')).toThrow(RangeError);
    expect(() => parseIntList(' , ', 'batch size')).toThrow(/at least one batch size/);
  });
});

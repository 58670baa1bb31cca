import { describe, expect, it } from 'vitest';
import { comparePairs, pairSlug, parsePair } from './compare-pairs';

describe('comparePairs', () => {
  it('pre-renders every pair of a small model', () => {
    expect(comparePairs([3, 1, 2], null)).toEqual([[1, 2], [1, 3], [2, 3]]);
    expect(comparePairs([1], 1)).toEqual([]);
  });

  it('limits a large model to neighbours and production', () => {
    const versions = Array.from({ length: 40 }, (_, i) => i + 1);
    const pairs = comparePairs(versions, 20);
    expect(pairs).toContainEqual([1, 2]);
    expect(pairs).toContainEqual([39, 40]);
    expect(pairs).toContainEqual([20, 40]);
    expect(pairs).toContainEqual([1, 20]);
    expect(pairs).not.toContainEqual([1, 3]);
    expect(pairs.length).toBe(39 + 39 - 2);
  });

  it('names pairs in URLs as a...b', () => {
    expect(pairSlug([2, 5])).toBe('2...5');
    expect(parsePair('2...5')).toEqual([2, 5]);
    expect(parsePair('2..5')).toBeNull();
  });
});

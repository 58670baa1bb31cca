import { describe, expect, it } from 'vitest';
import { compareSortKeys, sortedOrder } from './table-sort';

describe('table sorting', () => {
  it('sorts numbers numerically and text naturally, empty cells last either way', () => {
    expect(sortedOrder(['10', '9', '', '100'], 'ascending')).toEqual([1, 0, 3, 2]);
    expect(sortedOrder(['10', '9', '', '100'], 'descending')).toEqual([3, 0, 1, 2]);
    expect(sortedOrder(['v10', 'v9', 'V1'], 'ascending')).toEqual([2, 1, 0]);
    expect(compareSortKeys('2026-01-02', '2025-12-31', 'ascending')).toBeGreaterThan(0);
  });

  it('keeps equal keys in their original order', () => {
    expect(sortedOrder(['a', 'b', 'a'], 'ascending')).toEqual([0, 2, 1]);
  });
});

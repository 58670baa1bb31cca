import { describe, expect, it } from 'vitest';
import { randomRowId } from './row-id';

describe('randomRowId', () => {
  it('returns distinct safe positive integers', () => {
    const ids = Array.from({ length: 10_000 }, randomRowId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(Number.isSafeInteger(id)).toBe(true);
      expect(id).toBeGreaterThan(0);
    }
    expect(Math.max(...ids)).toBeGreaterThan(2 ** 50);
  });
});

import { describe, expect, it } from 'vitest';
import { toFtsQuery } from './fts-query';

describe('toFtsQuery', () => {
  it('turns words into quoted prefix terms joined with AND', () => {
    expect(toFtsQuery('GPU notebooks')).toBe('"GPU"* AND "notebooks"*');
  });
  it('strips FTS5 operators and quotes typed by users', () => {
    expect(toFtsQuery('a" OR name:* NEAR(')).toBe('"a"* AND "OR"* AND "name"* AND "NEAR"*');
  });
  it('returns null when nothing searchable remains', () => {
    expect(toFtsQuery('  -- ** ')).toBeNull();
  });
});

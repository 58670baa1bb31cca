import { describe, expect, it } from 'vitest';
import { matchAll, matchBodyOnly, matchDescribed, wordsExpression } from './search-query';

describe('wordsExpression', () => {
  it('quotes every word, makes words of two or more characters prefixes, single characters exact', () => {
    expect(wordsExpression('b-jet tagger')).toBe('"b" AND "jet"* AND "tagger"*');
    expect(wordsExpression('say "hi" OR NEAR(x)')).toBe('"say"* AND "hi"* AND "OR"* AND "NEAR"* AND "x"');
    expect(wordsExpression(' *** ')).toBeNull();
  });
});

describe('match expressions', () => {
  const parts = { words: '"jet"*', facetCodes: [3, 7], everything: [1, 2] };

  it('combines words and facet filters', () => {
    expect(matchAll(parts)).toBe('{name summary body tags task} : ("jet"*) AND facets : "f3" AND facets : "f7"');
    expect(matchDescribed(parts)).toBe('{name summary tags task} : ("jet"*) AND facets : "f3" AND facets : "f7"');
    expect(matchBodyOnly(parts)).toBe(`(${matchAll(parts)}) NOT ({name summary tags task} : ("jet"*))`);
  });

  it('matches every document when there is nothing to narrow by', () => {
    expect(matchAll({ words: null, facetCodes: [], everything: [1, 2, 3] })).toBe('facets : ("f1" OR "f2" OR "f3")');
    expect(matchAll({ words: null, facetCodes: [5], everything: [1] })).toBe('facets : "f5"');
  });
});

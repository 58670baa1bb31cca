import { describe, expect, it } from 'vitest';
import {
  fuzzyWordsExpression,
  matchAll,
  matchBodyOnly,
  matchDescribed,
  matchFuzzyOnly,
  wholeWordCandidates,
  wordsExpression,
} from './search-query';

describe('wordsExpression', () => {
  it('quotes every word, makes words of two or more characters prefixes, single characters exact', () => {
    expect(wordsExpression('b-jet tagger')).toBe('"b" AND "jet"* AND "tagger"*');
    expect(wordsExpression('say "hi" OR NEAR(x)')).toBe('"say"* AND "hi"* AND "OR"* AND "NEAR"* AND "x"');
    expect(wordsExpression(' *** ')).toBeNull();
  });

  it('writes whole index terms without the prefix star', () => {
    const whole = new Set(['Tagger']);
    expect(wordsExpression('b-jet Tagger', whole)).toBe('"b" AND "jet"* AND "Tagger"');
    expect(fuzzyWordsExpression('Tagger anomally', [{ word: 'anomally', terms: ['anomaly'] }], whole)).toBe(
      '"Tagger" AND ("anomally"* OR "anomaly")',
    );
  });
});

describe('wholeWordCandidates', () => {
  it('offers ASCII words of four or more letters and digits, keyed by their lowercase term', () => {
    expect(wholeWordCandidates('GravNet jet l1 pile_up café Run3 b-tagging')).toEqual([
      { word: 'GravNet', term: 'gravnet' },
      { word: 'Run3', term: 'run3' },
      { word: 'tagging', term: 'tagging' },
    ]);
  });
});

describe('match expressions', () => {
  const parts = { words: '"jet"*', facetCodes: [3, 7], everything: [1, 2] };

  it('combines words and facet filters', () => {
    expect(matchAll(parts)).toBe('("jet"*) AND facets : "f3" AND facets : "f7"');
    expect(matchDescribed(parts)).toBe('{name summary tags task} : ("jet"*) AND facets : "f3" AND facets : "f7"');
    expect(matchBodyOnly(parts)).toBe(`(${matchAll(parts)}) NOT ({name summary tags task} : ("jet"*))`);
  });

  it('names the text columns only when a word could match a facet token ("f<code>")', () => {
    const all = (words: string) => matchAll({ ...parts, words, facetCodes: [] });
    expect(all('"L1" AND "trigger"*')).toBe('("L1" AND "trigger"*)');
    for (const words of ['"f"*', '"F3"', '"jet"* AND "f37"', '"café"*', '"pile_up"*'])
      expect(all(words)).toBe(`{name summary body tags task} : (${words})`);
    expect(matchFuzzyOnly({ ...parts, words: '"jet"*', fuzzy: '("jet"* OR "jets")' })).toBe(
      '((("jet"* OR "jets")) AND facets : "f3" AND facets : "f7") NOT (("jet"*))',
    );
  });

  it('matches every document when there is nothing to narrow by', () => {
    expect(matchAll({ words: null, facetCodes: [], everything: [1, 2, 3] })).toBe('facets : ("f1" OR "f2" OR "f3")');
    expect(matchAll({ words: null, facetCodes: [5], everything: [1] })).toBe('facets : "f5"');
  });
});

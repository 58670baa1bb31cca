import { describe, expect, it } from 'vitest';
import { closestTerms, editDistance, trigrams } from './search-fuzzy';

describe('search typo tolerance', () => {
  it('measures edits, counting a swap of neighbours as one', () => {
    expect(editDistance('anomally', 'anomaly')).toBe(1);
    expect(editDistance('calorimtere', 'calorimeter')).toBe(2);
    expect(editDistance('tagging', 'tgaging')).toBe(1);
    expect(editDistance('jet', 'jet')).toBe(0);
    expect(editDistance('autoencoder', 'transformer', 2)).toBe(3);
  });

  it('splits words into distinct trigrams by code point', () => {
    expect(trigrams('anomaly')).toEqual(['ano', 'nom', 'oma', 'mal', 'aly']);
    expect(trigrams('müon')).toEqual(['müo', 'üon']);
    expect(trigrams('jj')).toEqual([]);
  });

  it('keeps close words, closest first, and never corrects short words or words that match already', () => {
    expect(closestTerms('anomally', ['anomaly', 'anomalous', 'normal', 'animal'])).toEqual(['anomaly']);
    expect(closestTerms('Calorimtere', ['calorimeter', 'calorimetry', 'colorimeter'])).toEqual([
      'calorimeter',
      'calorimetry',
    ]);
    // A mistyped start of a longer word (someone still typing) finds the word.
    expect(closestTerms('anoaml', ['anomaly', 'anomalous'])).toEqual(['anomaly', 'anomalous']);
    expect(closestTerms('jte', ['jet'])).toEqual([]);
    expect(closestTerms('anomal', ['anomaly'])).toEqual([]);
  });
});

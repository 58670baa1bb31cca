import { describe, expect, it } from 'vitest';
import { makeSnippet, searchTerms } from './search-snippet';

describe('makeSnippet', () => {
  it('marks words that start with a query word, ignoring case and accents', () => {
    expect(makeSnippet('A graph network for Jet tagging at the détecteur.', 'jet detect')).toBe(
      'A graph network for \u0002Jet\u0003 tagging at the \u0002détecteur.\u0003',
    );
  });

  it('centres a long text on the first match and marks the cut with an ellipsis', () => {
    const text = `${'lorem '.repeat(50)}muon identification ${'ipsum '.repeat(50)}`;
    const snippet = makeSnippet(text, 'muon', 10);
    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
    expect(snippet).toContain('\u0002muon\u0003');
    expect(snippet.split(' ')).toHaveLength(10);
  });

  it('folds words beyond ASCII as the index does (compatibility forms, accents) next to plain ASCII ones', () => {
    expect(makeSnippet('Ｊｅｔ tagging by the Détecteur, JET_2 and jets.', 'jet detecteur')).toBe(
      '\u0002Ｊｅｔ\u0003 tagging by the \u0002Détecteur,\u0003 \u0002JET\u0003 2 and \u0002jets.\u0003',
    );
  });

  it('is empty when nothing matches or the query has no words', () => {
    expect(makeSnippet('Nothing here.', 'tracking')).toBe('');
    expect(makeSnippet('Anything.', '***')).toBe('');
  });

  it('splits queries like the index does', () => {
    expect(searchTerms('B-tagging, GNN!')).toEqual(['b', 'tagging', 'gnn']);
  });
});

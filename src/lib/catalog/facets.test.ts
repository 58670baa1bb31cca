import { describe, expect, it } from 'vitest';
import { facetAttribute, facetCounts, matchesFacet, type FacetDefinition } from './facets';

interface Item {
  task: string;
  precisions: string[];
}

const defs: Record<'task' | 'precision', FacetDefinition<Item>> = {
  task: { title: 'Task', values: (i) => [i.task], label: (v) => v.toUpperCase(), order: ['tracking', 'jet-tagging'] },
  precision: { title: 'Precision', values: (i) => i.precisions },
};

const items: Item[] = [
  { task: 'jet-tagging', precisions: ['fp32', 'ap_fixed<16,6>'] },
  { task: 'tracking', precisions: ['fp32', 'fp32'] },
  { task: 'jet-tagging', precisions: [] },
];

describe('catalog facets', () => {
  it('counts each item once per value, in the preferred order then alphabetically', () => {
    const facets = facetCounts(items, defs);
    expect(facets.task).toEqual([
      { value: 'tracking', slug: 'tracking', label: 'TRACKING', count: 1 },
      { value: 'jet-tagging', slug: 'jet-tagging', label: 'JET-TAGGING', count: 2 },
    ]);
    expect(facets.precision.map((v) => [v.slug, v.count])).toEqual([
      ['ap-fixed-16-6', 1],
      ['fp32', 2],
    ]);
  });

  it('matches items by value slug and writes filter attributes', () => {
    expect(matchesFacet(items[0]!, defs.precision, 'ap-fixed-16-6')).toBe(true);
    expect(matchesFacet(items[2]!, defs.precision, 'fp32')).toBe(false);
    expect(facetAttribute(items[0]!, defs.precision)).toBe('fp32 ap-fixed-16-6');
  });
});

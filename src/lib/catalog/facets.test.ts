import { describe, expect, it } from 'vitest';
import { facetGroups, facetValueOf, MODEL_FACETS } from './facets';

const rows = [
  { facet: 'task', value: 'tracking', count: 2 },
  { facet: 'task', value: 'jet-tagging', count: 5 },
  { facet: 'group', value: 'cms', count: 4 },
  { facet: 'precision', value: 'fp32', count: 7 },
  { facet: 'precision', value: 'ap_fixed<16,6>', count: 1 },
];

describe('catalog facets', () => {
  it('groups counted values per facet, in vocabulary or alphabetical order, with labels and URL slugs', () => {
    const groups = facetGroups(MODEL_FACETS, rows, new Map([['cms', 'CMS experiment']]), 'model');
    expect(groups.map((g) => g.name)).toEqual([...MODEL_FACETS]);
    const task = groups.find((g) => g.name === 'task')!;
    expect(task.values.map((v) => v.value)).toEqual(['jet-tagging', 'tracking']);
    expect(groups.find((g) => g.name === 'group')!.values[0]).toMatchObject({ label: 'CMS experiment', count: 4 });
    const precision = groups.find((g) => g.name === 'precision')!.values;
    expect(precision.map((v) => v.label)).toEqual(['ap_fixed<16,6>', 'fp32']);
    expect(facetValueOf(groups, 'precision', precision[0]!.slug)?.value).toBe('ap_fixed<16,6>');
    expect(facetValueOf(groups, 'precision', 'nope')).toBeUndefined();
    expect(groups.find((g) => g.name === 'license')!.values).toEqual([]);
  });
});

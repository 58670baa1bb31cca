import { describe, expect, it } from 'vitest';
import { matchesFacet, toolFacets } from './tool-facets';

const tools = [
  { categories: ['library', 'community'], experiments: ['CMS'], lifecycle: 'production' },
  { categories: ['library'], experiments: ['ATLAS', 'CMS'], lifecycle: 'experimental' },
  { categories: ['batch-hpc'], experiments: [], lifecycle: 'production' },
];

describe('toolFacets', () => {
  it('counts each value once per tool, in vocabulary order', () => {
    const facets = toolFacets(tools);
    expect(facets.category).toEqual([
      { value: 'batch-hpc', label: 'Batch / HPC', count: 1 },
      { value: 'library', label: 'Library', count: 2 },
      { value: 'community', label: 'Community', count: 1 },
    ]);
    expect(facets.experiment.map((f) => [f.value, f.count])).toEqual([
      ['ATLAS', 1],
      ['CMS', 2],
    ]);
    expect(facets.lifecycle.map((f) => f.value)).toEqual(['experimental', 'production']);
  });

  it('matches facet values case-insensitively by slug', () => {
    expect(matchesFacet(tools[1]!, 'experiment', 'atlas')).toBe(true);
    expect(matchesFacet(tools[0]!, 'experiment', 'atlas')).toBe(false);
    expect(matchesFacet(tools[2]!, 'category', 'batch-hpc')).toBe(true);
  });
});

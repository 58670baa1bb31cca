import { describe, expect, it } from 'vitest';
import { facetSlug } from './tool-facets';

describe('facetSlug', () => {
  it('lower-cases facet values and joins their words with single hyphens', () => {
    expect(facetSlug('LHCb')).toBe('lhcb');
    expect(facetSlug('Batch / HPC')).toBe('batch-hpc');
    expect(facetSlug(' -Level-1 trigger- ')).toBe('level-1-trigger');
  });
});

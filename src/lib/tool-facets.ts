/** The tools directory's facets, and the slug form facet values take in URLs. */
export type FacetName = 'category' | 'experiment' | 'lifecycle';

export const FACET_LABELS: Record<FacetName, string> = {
  category: 'Category',
  experiment: 'Experiment',
  lifecycle: 'Lifecycle',
};

/** "LHCb" → "lhcb", "Batch / HPC" → "batch-hpc": how a facet value appears in a URL. */
export function facetSlug(value: string): string {
  return value
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * Names for what a data page shows, so that a write drops exactly the cached pages that show
 * what it changed. A page adds the tags of every record it shows; a write names the records
 * it changed. Lists (and the search, sitemap and facet pages) carry their kind's list tag.
 */
export const cacheTags = {
  tools: 'tools',
  tool: (slug: string) => `tool:${slug}`,
  models: 'models',
  model: (slug: string) => `model:${slug}`,
  datasets: 'datasets',
  dataset: (slug: string) => `dataset:${slug}`,
  /** Benchmark lists; a result also changes its model's pages. */
  benchmarks: 'benchmarks',
  prices: 'prices',
  hardware: 'hardware',
  hardwarePool: (slug: string) => `hardware:${slug}`,
} as const;

/** A write that changes public pages: why (for logs), and which records it changed. */
export interface PublicChange {
  reason: string;
  tags: string[];
}

/** The records a set of versions shows besides its model: datasets, and models it was fine-tuned from or into. */
export function relatedTags(
  versions: readonly {
    datasets: { dataset: string }[];
    parent: { model: string } | null;
    children: { model: string }[];
  }[],
): string[] {
  const tags = new Set<string>();
  for (const v of versions) {
    for (const d of v.datasets) tags.add(cacheTags.dataset(d.dataset));
    for (const r of [v.parent, ...v.children]) if (r) tags.add(cacheTags.model(r.model));
  }
  return [...tags];
}

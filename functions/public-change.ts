import { cacheTags, type PublicChange } from '../src/lib/cache-tags';

/** The public changes writes announce, so hosts drop exactly the pages that show them. */
export const publicChange = {
  tool: (slug: string, what: string): PublicChange => ({
    reason: `tool ${slug} ${what}`,
    tags: [cacheTags.tools, cacheTags.tool(slug)],
  }),
  dataset: (slug: string, what: string): PublicChange => ({
    reason: `dataset ${slug} ${what}`,
    tags: [cacheTags.datasets, cacheTags.dataset(slug)],
  }),
  /** `related`: other models and datasets whose pages show this change (a parent's children, a dataset's uses). */
  model: (slug: string, what: string, related: { models?: string[]; datasets?: string[] } = {}): PublicChange => ({
    reason: `model ${slug} ${what}`,
    tags: [
      cacheTags.models,
      cacheTags.model(slug),
      ...(related.models ?? []).map(cacheTags.model),
      ...(related.datasets ?? []).map(cacheTags.dataset),
    ],
  }),
  benchmark: (slug: string, version: number): PublicChange => ({
    reason: `benchmark of ${slug} v${version}`,
    tags: [cacheTags.benchmarks, cacheTags.model(slug)],
  }),
  hardware: (slug: string, what: string): PublicChange => ({
    reason: `hardware pool ${slug} ${what}`,
    tags: [cacheTags.hardware, cacheTags.hardwarePool(slug)],
  }),
  prices: (what: string): PublicChange => ({ reason: what, tags: [cacheTags.prices] }),
};

import type { z } from '@hono/zod-openapi';
import { suggest } from '../../db/queries/search-suggest';
import { SEARCH_KIND_LABELS } from '../../src/lib/search-facets';
import { pagePathOf } from '../../src/lib/search-links';
import type { SuggestQuerySchema, SuggestResultSchema } from '../contract/search/schema';
import { SUGGEST_KINDS } from '../contract/search/schema';
import type { ServiceContext } from '../hub';

export type SuggestResult = z.infer<typeof SuggestResultSchema>;
export type SuggestQuery = z.output<typeof SuggestQuerySchema>;

const LABELS: Record<(typeof SUGGEST_KINDS)[number], string> = { ...SEARCH_KIND_LABELS, hardware: 'Hardware' };

/** Search-as-you-type suggestions grouped by kind (GET /api/search/suggest and the header combobox). */
export async function suggestCatalog(ctx: ServiceContext, query: SuggestQuery): Promise<SuggestResult> {
  const page = await suggest(ctx.db, query.q, query.limit);
  const path = (kind: (typeof SUGGEST_KINDS)[number], slug: string) =>
    kind === 'hardware' ? `/hardware/${encodeURIComponent(slug)}/` : pagePathOf(kind, encodeURIComponent(slug));
  return {
    query: query.q,
    groups: SUGGEST_KINDS.filter((kind) => page.kinds[kind].length > 0).map((kind) => ({
      kind,
      label: LABELS[kind],
      items: page.kinds[kind].map((s) => ({ name: s.name, path: path(kind, s.slug) })),
    })),
    alternatives: page.alternatives,
    searchPath: `/search/?${new URLSearchParams({ q: query.q })}`,
  };
}

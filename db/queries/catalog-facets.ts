import { sql } from 'drizzle-orm';
import type { Db } from '../client';

/** Search documents are numbered id * 4 + kind (see migration 0004): the catalog listings' kinds. */
const KIND = { tool: 1, model: 2, dataset: 3 } as const;

export interface FacetRow {
  facet: string;
  value: string;
  count: number;
}

/**
 * How many public models (or datasets) carry each facet value, read from the search index's
 * facet table (kept by triggers), optionally only among those carrying `within` — one grouped
 * scan, whatever the catalog's size.
 */
export async function catalogFacetCounts(
  db: Db,
  kind: 'model' | 'dataset',
  within?: { facet: string; value: string },
): Promise<FacetRow[]> {
  const narrowed = within
    ? sql`and f.doc in (select f2.doc from search_facets f2 join search_facet_values v2 on v2.id = f2.code
        where v2.facet = ${within.facet} and v2.value = ${within.value})`
    : sql``;
  return db.all<FacetRow>(sql`
    select fv.facet as facet, fv.value as value, count(*) as count
    from search_facets f join search_facet_values fv on fv.id = f.code
    where f.doc % 4 = ${KIND[kind]} and fv.facet <> 'kind' ${narrowed}
    group by f.code`);
}

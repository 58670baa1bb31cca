import type { Db } from '../db/client';
import { search } from '../db/queries/search';
import { decodeCursor, encodeCursor } from '../src/lib/cursor';
import { escapeHtml, hasFilters, readSearchParams, renderSearchFacets, renderSearchResults } from '../src/lib/search-results';
import { SEARCH_KINDS } from '../src/lib/search-facets';
import { presentSearch } from './routes/search/present';

const RESULTS_MARKER = '<!--search-results-->';
const FACETS_MARKER = '<!--search-facets-->';
const PAGE_SIZE = 30;

/**
 * Server-side search for browsers without JavaScript: the published `/search/` page is the
 * shell, and the results and facets for `?q=&kind=&group=…` are rendered into it. Both hosts
 * (Node, Pages Function) call this with the shell they serve.
 */
export async function renderSearchPage(db: Db, shell: string, url: URL): Promise<string> {
  const { query, filters, cursor } = readSearchParams(url.searchParams);
  const decoded = cursor ? decodeCursor(cursor, 1) : [0];
  const offset = decoded && typeof decoded[0] === 'number' && decoded[0] >= 0 ? decoded[0] : 0;
  const active = query || hasFilters(filters);
  const page = active ? await search(db, { text: query, filters }, { limit: PAGE_SIZE, offset }) : undefined;
  const result = page ? presentSearch(page, query, url.origin, page.more ? encodeCursor([offset + page.hits.length]) : null) : undefined;
  const view = {
    query,
    filters,
    hits: result?.hits ?? [],
    total: result?.total ?? 0,
    totalExact: result?.totalExact ?? true,
    facets: result?.facets ?? {},
    facetsExact: result?.facetsExact ?? true,
    nextCursor: result?.nextCursor ?? null,
  };
  let html = shell
    .replace(RESULTS_MARKER, renderSearchResults(view))
    .replace(FACETS_MARKER, renderSearchFacets(view))
    .replace('data-search-input', `data-search-input value="${escapeHtml(query)}"`);
  if (filters.kind && (SEARCH_KINDS as readonly string[]).includes(filters.kind)) {
    html = html.replace(`<option value="${filters.kind}"`, `<option selected value="${filters.kind}"`);
  }
  return html;
}

import { search, SEARCH_KINDS, type SearchKind } from '../db/queries/search';
import type { Db } from '../db/client';
import { escapeHtml, pagePathOf, renderSearchResults, snippetToHtml } from '../src/lib/search-results';

const RESULTS_MARKER = '<!--search-results-->';

/**
 * Server-side search for browsers without JavaScript: the published `/search/` page is the
 * shell, and the results for `?q=` are rendered into it. Both hosts (Node, Pages Function)
 * call this with the shell they serve.
 */
export async function renderSearchPage(db: Db, shell: string, url: URL): Promise<string> {
  const query = (url.searchParams.get('q') ?? '').trim().slice(0, 200);
  const kindParam = url.searchParams.get('kind');
  const kind = SEARCH_KINDS.includes(kindParam as SearchKind) ? (kindParam as SearchKind) : undefined;
  const page = query ? await search(db, query, { kind, limit: 50, offset: 0 }) : { hits: [], total: 0 };
  const html = renderSearchResults(
    query,
    page.hits.map((hit) => ({ ...hit, url: pagePathOf(hit.kind, hit.slug), snippetHtml: snippetToHtml(hit.snippet) })),
    page.total,
  );
  return shell
    .replace(RESULTS_MARKER, html)
    .replace('data-search-input', `data-search-input value="${escapeHtml(query)}"`)
    .replace(`<option value="${kind ?? ''}"`, `<option selected value="${kind ?? ''}"`);
}

import type { z } from '@hono/zod-openapi';
import type { SearchPage } from '../../../db/queries/search';
import { facetValueLabel, type SearchFacet } from '../../../src/lib/search-facets';
import { snippetToHtml } from '../../../src/html/search-results';
import { pagePathOf, snippetToText } from '../../../src/lib/search-links';
import { makeSnippet } from '../../../src/lib/search-snippet';
import type { SearchResultSchema } from './schema';

type SearchResult = z.infer<typeof SearchResultSchema>;

/** A path that URL serialisation leaves as it is (no dot segments, nothing to percent-encode). */
const PLAIN_PATH = /^(\/[A-Za-z0-9_-]+)+\/$/;

/** Turns a page of the search query into the API answer (shared by the JSON API and the no-JS page). */
export function presentSearch(
  page: SearchPage,
  query: string,
  publicUrl: string,
  nextCursor: string | null,
): SearchResult {
  const groupNames = new Map(page.facets.group.filter((g) => g.groupName).map((g) => [g.value, g.groupName!]));
  const label = (facet: string, value: string) => facetValueLabel(facet, value, groupNames);
  // Snippets also mark the words searched for instead of mistyped ones.
  const marked = [query, ...page.alternatives.flatMap((a) => a.terms)].join(' ');
  // Page paths of plain slugs need no URL parsing: the public URL's root (its origin) joined once.
  let root: string | undefined;
  const urlOf = (path: string) => {
    if (!PLAIN_PATH.test(path)) return new URL(path, publicUrl).toString();
    root ??= new URL('/', publicUrl).toString();
    return `${root.slice(0, -1)}${path}`;
  };
  return {
    query,
    hits: page.hits.map((hit) => {
      const snippet = makeSnippet(hit.body, marked);
      const badge = (facet: SearchFacet, max = 1) =>
        (hit.facets[facet] ?? []).slice(0, max).map((v) => label(facet, v));
      return {
        kind: hit.kind,
        slug: hit.slug,
        name: hit.name,
        summary: hit.summary,
        url: urlOf(pagePathOf(hit.kind, hit.slug)),
        snippet: snippetToText(snippet),
        snippetHtml: snippetToHtml(snippet),
        facets: hit.facets as Record<string, string[]>,
        badges: [...badge('task'), ...badge('format', 2), ...badge('group')],
      };
    }),
    total: page.total,
    totalExact: page.totalExact,
    nextCursor,
    facets: Object.fromEntries(
      Object.entries(page.facets).map(([facet, values]) => [
        facet,
        values.map((v) => ({ value: v.value, label: label(facet, v.value), count: v.count })),
      ]),
    ) as SearchResult['facets'],
    facetsExact: page.facetsExact,
    alternatives: page.alternatives,
  };
}

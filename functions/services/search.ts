import type { z } from '@hono/zod-openapi';
import { search, type SearchFilters } from '../../db/queries/search';
import { decodeCursor, encodeCursor } from '../../src/lib/cursor';
import {
  hasFilters,
  readSearchParams,
  SEARCH_GROUP_KINDS,
  SEARCH_GROUP_SIZE,
  type SearchView,
} from '../../src/lib/search-links';
import { ApiError } from '../errors';
import type { ServiceContext } from '../hub';
import { presentSearch } from '../contract/search/responses';
import type { SearchQuerySchema, SearchResultSchema } from '../contract/search/schema';

/** How many of the newest matches each ranking tier ranks (the API's description names it). */
export { RANK_CAP } from '../../db/queries/search';

export type SearchResult = z.infer<typeof SearchResultSchema>;
export type SearchQuery = z.output<typeof SearchQuerySchema>;

/** Results per page of the /search/ page (its live script asks the API for as many). */
export const SEARCH_PAGE_SIZE = 30;

export interface SearchRequest {
  q: string;
  filters: SearchFilters;
  limit: number;
  /** Where the page starts: what `searchOffsetOf` read from the cursor. */
  offset: number;
  facets: boolean;
}

/** The position a search cursor encodes, or null when it is not one this service handed out. */
export function searchOffsetOf(cursor: string | undefined): number | null {
  if (cursor === undefined) return 0;
  const position = decodeCursor(cursor, 1);
  const offset = position?.[0];
  return typeof offset === 'number' && Number.isInteger(offset) && offset >= 0 ? offset : null;
}

/** Full-text search over everything public, with facets (GET /api/search). */
export async function searchCatalog(ctx: ServiceContext, request: SearchRequest): Promise<SearchResult> {
  const { q, filters, limit, offset } = request;
  const page = await search(ctx.db, { text: q, filters }, { limit, offset, facets: request.facets });
  const next = page.more ? encodeCursor([offset + page.hits.length]) : null;
  return presentSearch(page, q, ctx.config.publicUrl, next);
}

/** GET /api/search as its query asks: an unrecognised cursor is a 400; the page size is capped by the config. */
export async function searchFromQuery(ctx: ServiceContext, query: SearchQuery): Promise<SearchResult> {
  const { q, kind, group, task, framework, format, precision, license, limit, cursor, facets } = query;
  const offset = searchOffsetOf(cursor);
  if (offset === null) {
    throw new ApiError(400, 'validation_failed', 'The cursor is not valid for this search.', {
      issues: [{ in: 'query', path: 'cursor', message: 'Unrecognised cursor.', code: 'invalid_cursor' }],
    });
  }
  return searchCatalog(ctx, {
    q,
    filters: { kind, group, task, framework, format, precision, license },
    limit: Math.min(limit ?? 20, ctx.config.pageSize.max),
    offset,
    facets: facets === 'true',
  });
}

/**
 * What the /search/ page shows for its URL (`?q=&kind=&group=…&cursor=`). Without words or
 * filters it searches nothing; an unrecognised cursor starts from the top. Without a chosen kind
 * the hits come grouped by kind (the first SEARCH_GROUP_SIZE of each, with its count); with one,
 * that kind alone, page by page.
 */
export async function searchPage(ctx: ServiceContext, params: URLSearchParams): Promise<SearchView> {
  const { query, filters, cursor } = readSearchParams(params);
  const empty: SearchView = {
    query,
    filters,
    hits: [],
    total: 0,
    totalExact: true,
    facets: {},
    facetsExact: true,
    nextCursor: null,
  };
  if (!query && !hasFilters(filters)) return empty;
  if (!filters.kind) {
    const [all, ...groups] = await Promise.all([
      searchCatalog(ctx, { q: query, filters, limit: 1, offset: 0, facets: true }),
      ...SEARCH_GROUP_KINDS.map((kind) =>
        searchCatalog(ctx, {
          q: query,
          filters: { ...filters, kind },
          limit: SEARCH_GROUP_SIZE,
          offset: 0,
          facets: false,
        }),
      ),
    ]);
    return {
      ...empty,
      total: all.total,
      totalExact: all.totalExact,
      facets: all.facets,
      facetsExact: all.facetsExact,
      groups: SEARCH_GROUP_KINDS.map((kind, i) => ({
        kind,
        total: groups[i]!.total,
        totalExact: groups[i]!.totalExact,
        hits: groups[i]!.hits,
      })),
    };
  }
  const offset = searchOffsetOf(cursor) ?? 0;
  const result = await searchCatalog(ctx, { q: query, filters, limit: SEARCH_PAGE_SIZE, offset, facets: true });
  return {
    ...empty,
    hits: result.hits,
    total: result.total,
    totalExact: result.totalExact,
    facets: result.facets,
    facetsExact: result.facetsExact,
    nextCursor: result.nextCursor,
  };
}

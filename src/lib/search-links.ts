/** Search page addresses, query-string parsing and the view a results list is rendered from. */
import {
  SEARCH_FACETS,
  SEARCH_KINDS,
  type FacetCount,
  type SearchFacet,
  type SearchFilters,
  type SearchKind,
} from './search-facets';

/** The order of the kinds on the results page when no kind is chosen. */
export const SEARCH_GROUP_KINDS = ['model', 'dataset', 'tool'] as const satisfies readonly SearchKind[];
/** Hits each kind shows on the grouped results page; "Show all" lists the kind alone. */
export const SEARCH_GROUP_SIZE = 5;

/** One kind's first hits on the grouped results page. */
export interface SearchGroup {
  kind: SearchKind;
  total: number;
  totalExact: boolean;
  hits: RenderableHit[];
}

export interface RenderableHit {
  kind: string;
  name: string;
  summary: string;
  url: string;
  snippetHtml: string;
  /** Short labels shown beside the kind (task, group, format…). */
  badges?: string[];
}

export interface SearchView {
  query: string;
  filters: SearchFilters;
  hits: RenderableHit[];
  total: number;
  totalExact: boolean;
  facets: Partial<Record<SearchFacet | 'kind', FacetCount[]>>;
  facetsExact: boolean;
  /** Cursor of the next page, when there is one. */
  nextCursor?: string | null;
  /** Without a chosen kind: the first hits of each kind, in SEARCH_GROUP_KINDS order. */
  groups?: SearchGroup[];
}

const FILTER_KEYS = ['kind', ...SEARCH_FACETS] as const;

export function snippetToText(snippet: string): string {
  return snippet.replace(/[\u0002\u0003]/g, '');
}

export function pagePathOf(kind: string, slug: string): string {
  return `/${kind}s/${slug}/`;
}

/** The search page URL for a query and filters (what links and the live island write to the address bar). */
export function searchUrl(query: string, filters: SearchFilters, cursor?: string | null): string {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  for (const key of FILTER_KEYS) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  if (cursor) params.set('cursor', cursor);
  const search = params.toString();
  return `/search/${search ? `?${search}` : ''}`;
}

/** Reads q, kind and facet filters from a query string; unknown kinds are dropped. */
export function readSearchParams(params: URLSearchParams): {
  query: string;
  filters: SearchFilters;
  cursor: string | undefined;
} {
  const filters: SearchFilters = {};
  const kind = params.get('kind');
  if (kind && (SEARCH_KINDS as readonly string[]).includes(kind)) filters.kind = kind as SearchFilters['kind'];
  for (const facet of SEARCH_FACETS) {
    const value = params.get(facet)?.trim().slice(0, 100);
    if (value) filters[facet] = value;
  }
  return { query: (params.get('q') ?? '').trim().slice(0, 200), filters, cursor: params.get('cursor') ?? undefined };
}

export function hasFilters(filters: SearchFilters): boolean {
  return FILTER_KEYS.some((key) => !!filters[key]);
}

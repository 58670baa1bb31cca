import { sql, type SQL } from 'drizzle-orm';
import { SEARCH_FACETS, type SearchFacet, type SearchKind } from '../../src/lib/search-facets';
import type { Db } from '../client';

// The counts of a search (db/queries/search.ts): its total, its kinds and its facet values, in
// one statement per search.

/** Counting stops here: beyond it the total is reported as "at least". */
export const TOTAL_CAP = 2_000;
/** Facet counts are exact up to this many matches; above, they count the newest this-many (lower bounds). */
export const FACET_BASIS = 300;

export interface FacetValueCount {
  value: string;
  count: number;
  /** Display name for groups (from the groups table). */
  groupName?: string;
}

export type FacetKey = SearchFacet | 'kind';
export type SearchFacets = Record<FacetKey, FacetValueCount[]>;
const FACET_KEYS: FacetKey[] = ['kind', ...SEARCH_FACETS];

export const emptyFacets = () => Object.fromEntries(FACET_KEYS.map((f) => [f, []])) as unknown as SearchFacets;

/** The kind of a document is its rowid modulo 4 (see the search-catalog migration). */
export const KIND_NUMBER: Record<SearchKind, number> = { tool: 1, model: 2, dataset: 3 };
const KIND_OF_NUMBER = Object.fromEntries(Object.entries(KIND_NUMBER).map(([k, n]) => [n, k])) as Record<
  number,
  SearchKind
>;
export const kindCondition = (kind: number | undefined) =>
  kind === undefined ? sql`` : sql`and search_documents.rowid % 4 = ${kind}`;

/**
 * In one statement: counts the matches of `kind` (up to TOTAL_CAP), facet values over the newest
 * FACET_BASIS of them and, with `countKinds`, the matches of every kind. The counts come from one
 * aggregate pass over the matches (no GROUP BY); the statement answers one row: the number
 * scanned, the number of `kind`, the count of each kind, and the facet counts as JSON (one array
 * per basis, so the driver builds one row instead of one per facet value).
 * The same statement answers `probe` (a condition of no table: `probed`) and counts each
 * `disjunctive` facet's values over the newest FACET_BASIS matches of its own expression (the
 * query without that facet's filter, narrowed by the kind), reading those matches only to the basis.
 */
export async function statistics(
  db: Db,
  match: string,
  options: {
    kind: number | undefined;
    facets: boolean;
    countKinds?: boolean;
    probe?: SQL | null;
    disjunctive?: { facet: SearchFacet; match: string }[];
  },
) {
  // Kind counts need the matches of every kind; otherwise the kind narrows the scan itself.
  const inScan = options.countKinds ? sql`` : kindCondition(options.kind);
  const inKind = options.countKinds && options.kind !== undefined ? sql`where doc % 4 = ${options.kind}` : sql``;
  const selectedCount =
    options.countKinds && options.kind !== undefined
      ? sql.raw(`count(case when doc % 4 = ${Number(options.kind)} then 1 end)`)
      : sql.raw('count(*)');
  const kindCounts = options.countKinds
    ? sql.raw(
        Object.keys(KIND_OF_NUMBER)
          .map((n) => `count(case when doc % 4 = ${Number(n)} then 1 end)`)
          .join(` || ',' || `),
      )
    : sql`null`;
  const disjunctive = options.disjunctive ?? [];
  // Facet values counted over a basis: [facet, value, count, group name] per value, as JSON.
  const facetCounts = (basis: string, onlyCodes: SQL, as: string) => sql`, (
      select json_group_array(json_array(v.facet, v.value, g.n, gr.name)) from (
        select sf.code, count(*) as n from ${sql.raw(basis)} cross join search_facets sf on sf.doc = ${sql.raw(basis)}.doc ${onlyCodes} group by sf.code
      ) g join search_facet_values v on v.id = g.code
      left join groups gr on v.facet = 'group' and gr.id = v.value
    ) as ${sql.raw(as)}`;
  const disjunctiveTables = disjunctive.map(
    (d, i) => sql`,
    ${sql.raw(`matched_${i}`)} as materialized (
      select rowid as doc from search_documents where search_documents match ${d.match} ${kindCondition(options.kind)} order by rowid desc limit ${FACET_BASIS + 1}
    ),
    ${sql.raw(`basis_${i}`)} as (select doc from ${sql.raw(`matched_${i}`)} limit ${FACET_BASIS})`,
  );
  const disjunctiveCounts =
    disjunctive.length > 0
      ? sql.raw(disjunctive.map((_, i) => `(select count(*) from matched_${i})`).join(` || ',' || `))
      : sql`null`;
  const probed = options.probe ? sql`(${options.probe})` : sql`null`;
  const [row] = await db.all<Record<string, string | number | null>>(sql`
    with matched as materialized (
      select rowid as doc from search_documents where search_documents match ${match} ${inScan} order by rowid desc limit ${TOTAL_CAP + 1}
    ),
    basis as (select doc from matched ${inKind} limit ${FACET_BASIS})${sql.join(disjunctiveTables, sql``)}
    select ${probed} as probed, count(*) as scanned, ${selectedCount} as n, ${kindCounts} as kinds, ${disjunctiveCounts} as disjunctive
    ${options.facets ? facetCounts('basis', sql``, 'facets') : sql``}
    ${sql.join(
      disjunctive.map((d, i) =>
        facetCounts(
          `basis_${i}`,
          sql`where sf.code in (select id from search_facet_values where facet = ${d.facet})`,
          `facets_${i}`,
        ),
      ),
      sql` `,
    )}
    from matched`);
  const counted = Number(row?.n ?? 0);
  // Matches scanned (at most TOTAL_CAP + 1): more than TOTAL_CAP means the counts were cut short.
  const scanned = Number(row?.scanned ?? 0);
  const facets = emptyFacets();
  if (options.countKinds) {
    const perKind = String(row?.kinds ?? '').split(',');
    for (const [i, n] of Object.keys(KIND_OF_NUMBER).entries()) {
      const count = Number(perKind[i] ?? 0);
      if (count > 0) facets.kind.push({ value: KIND_OF_NUMBER[Number(n)]!, count });
    }
  }
  addFacetCounts(facets, row?.facets);
  const truncated = scanned > TOTAL_CAP;
  const disjunctiveCounted = String(row?.disjunctive ?? '').split(',');
  return {
    total: Math.min(counted, TOTAL_CAP),
    totalExact: !truncated && counted <= TOTAL_CAP,
    facets,
    facetsExact: !truncated && counted <= FACET_BASIS,
    probed: Number(row?.probed ?? 0) === 1,
    disjunctive: disjunctive.map((d, i) => {
      const own = emptyFacets();
      addFacetCounts(own, row?.[`facets_${i}`]);
      return { facet: d.facet, values: own[d.facet], facetsExact: Number(disjunctiveCounted[i] ?? 0) <= FACET_BASIS };
    }),
  };
}

/**
 * Facet counts of the statistics (JSON: [facet, value, count, group name] per value) into `facets`
 * (the kind is counted apart), most frequent first.
 */
function addFacetCounts(facets: SearchFacets, json: string | number | null | undefined) {
  const rows = JSON.parse(typeof json === 'string' ? json : '[]') as [
    FacetKey,
    string | number,
    number,
    string | null,
  ][];
  for (const [facet, value, n, name] of rows) {
    if (!(facet in facets) || facet === 'kind') continue;
    facets[facet].push({ value: String(value), count: n, ...(name ? { groupName: name } : {}) });
  }
  for (const list of Object.values(facets)) list.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

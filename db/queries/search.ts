import { sql, type SQL } from 'drizzle-orm';
import {
  SEARCH_FACETS,
  SEARCH_KINDS,
  type SearchFacet,
  type SearchFilters,
  type SearchKind,
} from '../../src/lib/search-facets';
import {
  fuzzyWordsExpression,
  matchAll,
  matchBodyOnly,
  matchDescribed,
  matchFuzzyOnly,
  queryWords,
  TEXT_COLUMNS,
  wordsExpression,
  type MatchParts,
} from '../../src/lib/search-query';
import type { Db } from '../client';
import { fuzzyAlternatives, type WordAlternatives } from './search-fuzzy';

export { SEARCH_FACETS, SEARCH_KINDS, type SearchFacet, type SearchFilters, type SearchKind };

/** Counting stops here: beyond it the total is reported as "at least". */
export const TOTAL_CAP = 2_000;
/** Facet counts are exact up to this many matches; above, they count the newest this-many (lower bounds). */
export const FACET_BASIS = 300;
/** Each ranking tier ranks at most its newest this-many matches (bm25 costs about 1 µs per ranked row). */
export const RANK_CAP = 500;

export interface SearchHit {
  kind: SearchKind;
  slug: string;
  name: string;
  summary: string;
  /** The start of the body (Markdown), for a snippet around the matched words. */
  body: string;
  /** Facet values of the document, e.g. { group: ['cms'], format: ['onnx'] }. */
  facets: Partial<Record<SearchFacet | 'kind', string[]>>;
}

export interface FacetValueCount {
  value: string;
  count: number;
  /** Display name for groups (from the groups table). */
  groupName?: string;
}

export interface SearchPage {
  hits: SearchHit[];
  /** True when another page follows. */
  more: boolean;
  total: number;
  totalExact: boolean;
  facets: Record<SearchFacet | 'kind', FacetValueCount[]>;
  facetsExact: boolean;
  /** Mistyped words and the indexed words also searched for (their matches rank after exact ones). */
  alternatives: WordAlternatives[];
}

type FacetKey = SearchFacet | 'kind';
const FACET_KEYS: FacetKey[] = ['kind', ...SEARCH_FACETS];

const emptyFacets = () => Object.fromEntries(FACET_KEYS.map((f) => [f, []])) as unknown as SearchPage['facets'];
const EMPTY: SearchPage = {
  hits: [],
  more: false,
  total: 0,
  totalExact: true,
  facets: emptyFacets(),
  facetsExact: true,
  alternatives: [],
};

/**
 * Full-text search over everything public (tools, models, datasets) with facets.
 * - Facet filters are FTS5 terms on the `facets` column ("f<code>"), so they narrow the match
 *   inside the index instead of checking rows one by one. The kind is read from the document's
 *   rowid (id * 4 + kind), so one pass over the matches also counts every kind.
 * - With words, hits are ranked in two tiers, each by bm25 (weights set on the table): first
 *   entries whose name, summary, tags or task hold every word, then those that need the body
 *   (model card, description). Broad words ("pile-up") then rank the described entries instead
 *   of every card that mentions them. Without words: newest first.
 * - Costs are bounded for very broad queries: each tier ranks at most its newest RANK_CAP
 *   matches, the total is counted up to TOTAL_CAP, facets over the newest FACET_BASIS matches
 *   (exact below those sizes; `totalExact`/`facetsExact` say when they were reached).
 * - Facet counts are disjunctive: the counts of a facet ignore that facet's own filter, so the
 *   other values stay visible and countable.
 */
export async function search(
  db: Db,
  request: { text: string; filters: SearchFilters },
  options: { limit: number; offset: number; facets?: boolean },
): Promise<SearchPage> {
  const text = request.text.trim();
  const words = text ? wordsExpression(text) : null;
  if (text && !words) return EMPTY;
  const { kind: kindFilter, ...facetFilters } = request.filters;
  const kind = kindFilter ? KIND_NUMBER[kindFilter] : undefined;
  const wanted = (Object.entries(facetFilters) as [SearchFacet, string | undefined][]).filter(
    (e): e is [SearchFacet, string] => !!e[1],
  );
  // Without words, dropping a filter for disjunctive counts can leave nothing to match but the kinds.
  const codes = await facetCodes(db, wanted, !words);
  if (codes.missing) return EMPTY;
  // Typo tolerance: words no entry has as typed also match their closest indexed words.
  const alternatives = words ? await fuzzyAlternatives(db, queryWords(text)) : [];
  const fuzzy = fuzzyWordsExpression(text, alternatives);
  const parts = (skip?: SearchFacet): MatchParts => ({
    words: fuzzy ?? words,
    facetCodes: codes.filters.filter(([facet]) => facet !== skip).map(([, code]) => code),
    everything: codes.kinds,
  });

  const withFacets = options.facets !== false;
  const base = await statistics(db, matchAll(parts()), { kind, facets: withFacets, countKinds: withFacets });
  // Ranking needs no cap when every match fits under it.
  const capped = !base.totalExact || base.total > RANK_CAP;
  // A mistyped word that no document has in its text empties every tier of the words as typed.
  const typedEmpty = fuzzy !== null && (await someWordMatchesNothing(db, alternatives));
  const rows = words
    ? await rankedPage(db, { ...parts(), words, fuzzy, typedEmpty }, kind, capped, options)
    : await newestPage(db, parts(), kind, options);
  const hits = rows.slice(0, options.limit).map((row) => ({ ...row, facets: parseFacets(row.facets) }));
  const more = rows.length > options.limit;
  const facets = withFacets ? base.facets : emptyFacets();
  let facetsExact = base.facetsExact;
  // Disjunctive counts: a filtered facet's values are counted as if it were not filtered.
  if (withFacets) {
    for (const [facet] of codes.filters) {
      const without = await statistics(db, matchAll(parts(facet)), { kind, facets: true, only: facet });
      facets[facet] = without.facets[facet];
      facetsExact &&= without.facetsExact;
    }
  }
  return {
    hits,
    more,
    total: base.total,
    totalExact: base.totalExact,
    facets,
    facetsExact: withFacets ? facetsExact : true,
    alternatives,
  };
}

/** The kind of a document is its rowid modulo 4 (see the search-catalog migration). */
const KIND_NUMBER: Record<SearchKind, number> = { tool: 1, model: 2, dataset: 3 };
const KIND_OF_NUMBER = Object.fromEntries(Object.entries(KIND_NUMBER).map(([k, n]) => [n, k])) as Record<
  number,
  SearchKind
>;
const kindCondition = (kind: number | undefined) =>
  kind === undefined ? sql`` : sql`and search_documents.rowid % 4 = ${kind}`;

type HitRow = { kind: SearchKind; slug: string; name: string; summary: string; body: string; facets: string | null };

const HIT_COLUMNS = sql.raw(`kind, slug, name, summary, substr(body, 1, 1500) as body,
  (select group_concat(v.facet || '=' || v.value, char(31)) from search_facets sf
    join search_facet_values v on v.id = sf.code where sf.doc = search_documents.rowid) as facets`);

function page(
  db: Db,
  match: string,
  kind: number | undefined,
  order: SQL,
  limit: number,
  offset: number,
  capped = false,
): Promise<HitRow[]> {
  // The cap is a rowid range FTS5 applies while matching, so rows outside it are never ranked.
  const cap = capped
    ? sql`and rowid >= coalesce((select rowid from search_documents where search_documents match ${match} ${kindCondition(kind)}
        order by rowid desc limit 1 offset ${RANK_CAP - 1}), 0)`
    : sql``;
  return db.all<HitRow>(
    sql`select ${HIT_COLUMNS} from search_documents where search_documents match ${match} ${kindCondition(kind)} ${cap} ${order} limit ${limit} offset ${offset}`,
  );
}

/**
 * `limit + 1` rows from `offset` in tier order: described entries first, then body-only ones,
 * then (with alternatives for mistyped words) the entries only those alternatives match.
 */
async function rankedPage(
  db: Db,
  parts: MatchParts & { words: string; fuzzy: string | null; typedEmpty: boolean },
  kind: number | undefined,
  capped: boolean,
  options: { limit: number; offset: number },
): Promise<HitRow[]> {
  const exact = { ...parts, words: parts.words };
  // The tiers of the words as typed are skipped when they are known to be empty (they would
  // return no row and count 0); the fuzzy tier's expression stays the same, so does its bm25.
  const tiers = parts.typedEmpty ? [] : [matchDescribed(exact), matchBodyOnly(exact)];
  if (parts.fuzzy) tiers.push(matchFuzzyOnly({ ...exact, fuzzy: parts.fuzzy }));
  const want = options.limit + 1;
  const rows: HitRow[] = [];
  // Where this page starts, counted from the start of the current tier.
  let offset = options.offset;
  for (const [i, match] of tiers.entries()) {
    const got = await page(db, match, kind, sql`order by rank`, want - rows.length, offset, capped);
    rows.push(...got);
    if (rows.length === want || i === tiers.length - 1) break;
    // How many entries of this tier can be reached (at most RANK_CAP): all were before or on this page.
    // From the top (offset 0) an empty answer means an empty tier: its newest match is never capped away.
    const tierTotal =
      got.length > 0
        ? offset + got.length
        : offset === 0
          ? 0
          : Math.min(
              RANK_CAP,
              (
                await db.all<{ n: number }>(
                  sql`select count(*) as n from search_documents where search_documents match ${match} ${kindCondition(kind)}`,
                )
              )[0]?.n ?? 0,
            );
    offset = Math.max(0, offset - tierTotal);
  }
  return rows;
}

/**
 * True when a word that got alternatives matches no document's `columns` as typed (as the prefix
 * the query searches for): then no tier of the words as typed in those columns can match. One statement for all words;
 * each probe reads one doclist of a word that is usually in no document (a cheap index lookup),
 * where the tiers it saves each merge the doclists of every word.
 */
export async function someWordMatchesNothing(
  db: Db,
  alternatives: readonly WordAlternatives[],
  columns: string = TEXT_COLUMNS,
): Promise<boolean> {
  const probes = alternatives
    .map((a) => wordsExpression(a.word))
    .filter((w): w is string => w !== null)
    .map((w) => sql`not exists (select 1 from search_documents where search_documents match ${`${columns} : (${w})`})`);
  if (probes.length === 0) return false;
  const [row] = await db.all<{ empty: number }>(sql`select (${sql.join(probes, sql` or `)}) as empty`);
  return row?.empty === 1;
}

function newestPage(
  db: Db,
  parts: MatchParts,
  kind: number | undefined,
  options: { limit: number; offset: number },
): Promise<HitRow[]> {
  return page(db, matchAll(parts), kind, sql`order by rowid desc`, options.limit + 1, options.offset);
}

/** Codes of the filter values (missing: a value no document has), and of the kinds when browsing everything. */
async function facetCodes(db: Db, wanted: [SearchFacet, string][], withKinds: boolean) {
  const filters: [SearchFacet, number][] = [];
  if (wanted.length === 0 && !withKinds) return { missing: false as const, filters, kinds: [] };
  // Plain OR of pairs: a multi-row VALUES list is a compound SELECT, which D1 caps at five terms.
  const conditions = [
    ...(withKinds ? [sql`facet = 'kind'`] : []),
    ...wanted.map(([facet, value]) => sql`(facet = ${facet} and value = ${value})`),
  ];
  const rows = await db.all<{ id: number; facet: FacetKey; value: string }>(
    sql`select id, facet, value from search_facet_values where ${sql.join(conditions, sql` or `)}`,
  );
  for (const [facet, value] of wanted) {
    const row = rows.find((r) => r.facet === facet && r.value === value);
    if (!row) return { missing: true as const, filters, kinds: [] };
    filters.push([facet, row.id]);
  }
  const kinds = rows
    .filter((r) => r.facet === 'kind' && (SEARCH_KINDS as readonly string[]).includes(r.value))
    .map((r) => r.id);
  return { missing: false as const, filters, kinds };
}

/**
 * In one statement: counts the matches of `kind` (up to TOTAL_CAP), facet values over the newest
 * FACET_BASIS of them and, with `countKinds`, the matches of every kind. With `only`, counts
 * just that facet's values and stops reading matches at the basis.
 */
async function statistics(
  db: Db,
  match: string,
  options: { kind: number | undefined; facets: boolean; only?: SearchFacet; countKinds?: boolean },
) {
  const cap = options.only ? FACET_BASIS + 1 : TOTAL_CAP + 1;
  // Kind counts need the matches of every kind; otherwise the kind narrows the scan itself.
  const inScan = options.countKinds ? sql`` : kindCondition(options.kind);
  const inKind = options.countKinds && options.kind !== undefined ? sql`where doc % 4 = ${options.kind}` : sql``;
  const onlyCodes = options.only
    ? sql`where sf.code in (select id from search_facet_values where facet = ${options.only})`
    : sql``;
  const kindRows = options.countKinds
    ? sql`union all select 'kind', doc % 4, count(*), null from matched group by doc % 4`
    : sql``;
  const facetRows: SQL = options.facets
    ? sql`union all
      select v.facet, v.value, g.n, gr.name from (
        select sf.code, count(*) as n from basis cross join search_facets sf on sf.doc = basis.doc ${onlyCodes} group by sf.code
      ) g join search_facet_values v on v.id = g.code
      left join groups gr on v.facet = 'group' and gr.id = v.value`
    : sql``;
  const rows = await db.all<{
    facet: FacetKey | null;
    value: string | number | null;
    n: number;
    name: string | null;
  }>(sql`
    with matched as materialized (
      select rowid as doc from search_documents where search_documents match ${match} ${inScan} order by rowid desc limit ${cap}
    ),
    selected as (select doc from matched ${inKind}),
    basis as (select doc from selected limit ${FACET_BASIS})
    select null as facet, null as value, count(*) as n, null as name from selected
    ${kindRows}
    ${facetRows}`);
  const counted = rows[0]?.n ?? 0;
  const scanned = options.countKinds ? rows.filter((r) => r.facet === 'kind').reduce((a, r) => a + r.n, 0) : counted;
  const facets = emptyFacets();
  for (const row of rows.slice(1)) {
    if (!row.facet || row.value === null || !(row.facet in facets)) continue;
    const value = row.facet === 'kind' ? KIND_OF_NUMBER[Number(row.value)] : String(row.value);
    if (value === undefined) continue;
    facets[row.facet].push({ value, count: row.n, ...(row.name ? { groupName: row.name } : {}) });
  }
  for (const list of Object.values(facets)) list.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  const truncated = scanned > TOTAL_CAP;
  return {
    total: Math.min(counted, TOTAL_CAP),
    totalExact: !truncated && counted <= TOTAL_CAP,
    facets,
    facetsExact: !truncated && counted <= FACET_BASIS,
  };
}

function parseFacets(list: string | null): SearchHit['facets'] {
  const facets: SearchHit['facets'] = {};
  for (const pair of list ? list.split('\u001f') : []) {
    const at = pair.indexOf('=');
    const facet = pair.slice(0, at) as FacetKey;
    (facets[facet] ??= []).push(pair.slice(at + 1));
  }
  return facets;
}

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
  wholeWordCandidates,
  wordsExpression,
  type MatchParts,
} from '../../src/lib/search-query';
import type { Db } from '../client';
import {
  alternativesOf,
  checkedWords,
  knownWordColumns,
  type CheckedWord,
  type WordAlternatives,
} from './search-fuzzy';
import {
  emptyFacets,
  KIND_NUMBER,
  kindCondition,
  statistics,
  type FacetKey,
  type SearchFacets,
} from './search-statistics';

export { SEARCH_FACETS, SEARCH_KINDS, type SearchFacet, type SearchFilters, type SearchKind };
export { FACET_BASIS, TOTAL_CAP, type FacetValueCount } from './search-statistics';

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

export interface SearchPage {
  hits: SearchHit[];
  /** True when another page follows. */
  more: boolean;
  total: number;
  totalExact: boolean;
  facets: SearchFacets;
  facetsExact: boolean;
  /** Mistyped words and the indexed words also searched for (their matches rank after exact ones). */
  alternatives: WordAlternatives[];
}

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
  if (text && !wordsExpression(text)) return EMPTY;
  const { kind: kindFilter, ...facetFilters } = request.filters;
  const kind = kindFilter ? KIND_NUMBER[kindFilter] : undefined;
  const wanted = (Object.entries(facetFilters) as [SearchFacet, string | undefined][]).filter(
    (e): e is [SearchFacet, string] => !!e[1],
  );
  // Without words, dropping a filter for disjunctive counts can leave nothing to match but the kinds.
  // Typo tolerance: words no entry has as typed also match their closest indexed words; the
  // vocabulary is asked which words it knows in the statement that reads the facet codes.
  const checked = text ? checkedWords(queryWords(text)) : [];
  // Words that are whole index terms are asked for as such (same matches, no prefix merge).
  const candidates = text ? wholeWordCandidates(text) : [];
  const codes = await facetCodes(db, wanted, !text, checked, candidates);
  if (codes.missing) return EMPTY;
  const words = text ? wordsExpression(text, codes.whole) : null;
  const alternatives = checked.length > 0 ? await alternativesOf(db, checked, codes.known) : [];
  const fuzzy = fuzzyWordsExpression(text, alternatives, codes.whole);
  const parts = (skip?: SearchFacet): MatchParts => ({
    words: fuzzy ?? words,
    facetCodes: codes.filters.filter(([facet]) => facet !== skip).map(([, code]) => code),
    everything: codes.kinds,
  });

  const withFacets = options.facets !== false;
  // A mistyped word that no document has in its text empties every tier of the words as typed
  // (asked in the statistics' statement).
  const probe = fuzzy !== null ? wordProbes(alternatives, TEXT_COLUMNS, codes.whole) : null;
  // Disjunctive counts: a filtered facet's values are counted as if it were not filtered (in the
  // same statement).
  const base = await statistics(db, matchAll(parts()), {
    kind,
    facets: withFacets,
    countKinds: withFacets,
    probe,
    disjunctive: withFacets ? codes.filters.map(([facet]) => ({ facet, match: matchAll(parts(facet)) })) : [],
  });
  // Ranking needs no cap when every match fits under it.
  const capped = !base.totalExact || base.total > RANK_CAP;
  const typedEmpty = probe !== null && base.probed;
  const rows = words
    ? await rankedPage(db, { ...parts(), words, fuzzy, typedEmpty }, kind, capped, options)
    : await newestPage(db, parts(), kind, options);
  const hits = rows.slice(0, options.limit).map((row) => ({ ...row, facets: parseFacets(row.facets) }));
  const more = rows.length > options.limit;
  const facets = withFacets ? base.facets : emptyFacets();
  let facetsExact = base.facetsExact;
  for (const { facet, values, facetsExact: exact } of base.disjunctive) {
    facets[facet] = values;
    facetsExact &&= exact;
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
  const probes = wordProbes(alternatives, columns);
  if (probes === null) return false;
  const [row] = await db.all<{ empty: number }>(sql`select (${probes}) as empty`);
  return row?.empty === 1;
}

/** The condition `someWordMatchesNothing` asks (1 when some word matches nothing), or null for no word. */
function wordProbes(
  alternatives: readonly WordAlternatives[],
  columns: string = TEXT_COLUMNS,
  whole: ReadonlySet<string> = new Set(),
): SQL | null {
  const probes = alternatives
    .map((a) => wordsExpression(a.word, whole))
    .filter((w): w is string => w !== null)
    .map((w) => sql`not exists (select 1 from search_documents where search_documents match ${`${columns} : (${w})`})`);
  return probes.length === 0 ? null : sql.join(probes, sql` or `);
}

function newestPage(
  db: Db,
  parts: MatchParts,
  kind: number | undefined,
  options: { limit: number; offset: number },
): Promise<HitRow[]> {
  return page(db, matchAll(parts), kind, sql`order by rowid desc`, options.limit + 1, options.offset);
}

/**
 * Codes of the filter values (missing: a value no document has), and of the kinds when browsing
 * everything; in the same statement, which `checked` words the vocabulary knows (`known`, columns
 * k0, k1, … of knownWordColumns) and which `candidates` are whole index terms (`whole`).
 */
async function facetCodes(
  db: Db,
  wanted: [SearchFacet, string][],
  withKinds: boolean,
  checked: CheckedWord[],
  candidates: { word: string; term: string }[],
) {
  const filters: [SearchFacet, number][] = [];
  const whole = new Set<string>();
  const none = { missing: false as const, filters, kinds: [] as number[], known: {} as Record<string, unknown>, whole };
  const withCodes = wanted.length > 0 || withKinds;
  if (!withCodes && checked.length === 0 && candidates.length === 0) return none;
  // Plain OR of pairs: a multi-row VALUES list is a compound SELECT, which D1 caps at five terms.
  const conditions = [
    ...(withKinds ? [sql`facet = 'kind'`] : []),
    ...wanted.map(([facet, value]) => sql`(facet = ${facet} and value = ${value})`),
  ];
  const [row] = await db.all<Record<string, unknown>>(
    sql`select ${sql.join(
      [
        ...(withCodes
          ? [
              sql`(select json_group_array(json_array(id, facet, value)) from search_facet_values where ${sql.join(conditions, sql` or `)}) as codes`,
            ]
          : []),
        ...knownWordColumns(checked),
        ...wholeWordColumns(candidates),
      ],
      sql`, `,
    )}`,
  );
  const known = row ?? {};
  for (const [i, { word }] of candidates.entries()) if (known[`w${i}`] === 1) whole.add(word);
  if (!withCodes) return { ...none, known };
  const rows = (JSON.parse(String(row?.codes ?? '[]')) as [number, FacetKey, string][]).map(([id, facet, value]) => ({
    id,
    facet,
    value,
  }));
  for (const [facet, value] of wanted) {
    const found = rows.find((r) => r.facet === facet && r.value === value);
    if (!found) return { ...none, missing: true as const };
    filters.push([facet, found.id]);
  }
  const kinds = rows
    .filter((r) => r.facet === 'kind' && (SEARCH_KINDS as readonly string[]).includes(r.value))
    .map((r) => r.id);
  return { missing: false as const, filters, kinds, known, whole };
}

/**
 * Result columns `w0`, `w1`, … (one per candidate): 1 when no index term other than the word's own
 * starts with it (`search_index_terms`, migration 0020), so `"word"` matches what `"word"*` does.
 * The range starts just after the term (tokens hold no control characters) and each lookup reads
 * at most one instance.
 */
function wholeWordColumns(candidates: readonly { term: string }[]): SQL[] {
  return candidates.map(
    ({ term }, i) =>
      sql`not exists (select 1 from search_index_terms where term >= ${`${term}\u0001`} and term < ${`${term}\u{10FFFF}`}) as ${sql.raw(`w${i}`)}`,
  );
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

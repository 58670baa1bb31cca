/**
 * FTS5 MATCH expressions for the catalog search. What people type never reaches FTS5 syntax:
 * every word is quoted. Words of two or more characters match as prefixes ("calo" finds
 * "calorimeter"); single characters match whole words only, because a one-letter prefix
 * ("b" from "b-jet") expands to thousands of index terms and costs more than the rest of the
 * query together.
 */

/** Columns that describe an entry (tier 1) and all text columns (tier 1 + the card/description body). */
export const DESCRIPTION_COLUMNS = '{name summary tags task}';
export const TEXT_COLUMNS = '{name summary body tags task}';

export function queryWords(text: string): string[] {
  return text
    .normalize('NFKC')
    .split(/[^\p{L}\p{N}_]+/u)
    .filter((w) => w.length > 0)
    .slice(0, 12);
}

/**
 * A query word as FTS5 is asked for it: quoted, and a prefix from two characters on, except the
 * `whole` words (index terms that no longer term starts with: as a prefix they match the same).
 */
function wordTerm(word: string, whole: ReadonlySet<string>): string {
  return `"${word.replace(/"/g, '""')}"${[...word].length > 1 && !whole.has(word) ? '*' : ''}`;
}

/** `"w1"* AND "w2"* …`, or null when the text has no searchable word. */
export function wordsExpression(text: string, whole: ReadonlySet<string> = new Set()): string | null {
  const words = queryWords(text);
  if (words.length === 0) return null;
  return words.map((w) => wordTerm(w, whole)).join(' AND ');
}

/**
 * The query words whose index term can be looked up as typed: ASCII letters and digits (the
 * tokenizer only lowercases them), four or more (shorter prefixes have their own prefix index,
 * `prefix = '2 3'`), keyed by their term.
 */
export function wholeWordCandidates(text: string): { word: string; term: string }[] {
  return queryWords(text)
    .filter((w) => /^[A-Za-z0-9]{4,40}$/.test(w))
    .map((word) => ({ word, term: word.toLowerCase() }));
}

export interface MatchParts {
  /** From wordsExpression, or null for no words. */
  words: string | null;
  /** Facet codes that must all be present ("f<code>" tokens of the `facets` column). */
  facetCodes: number[];
  /** Used when there are neither words nor facets: the kind codes (every document has one). */
  everything: number[];
}

const facetTerms = (codes: number[]) => codes.map((code) => `facets : "f${code}"`);

/**
 * The words in any text column. The only other indexed column holds facet tokens ("f<code>"), so
 * when no word can match one (every word plain ASCII and not "f" with digits), the column filter
 * is left out: the same matches and bm25 (facets weigh 0), and FTS5 need not read each match's
 * positions to check its columns.
 */
function inText(words: string): string {
  const terms = [...words.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1]!);
  const facetProof = terms.every((t) => /^[A-Za-z0-9]+$/.test(t) && !/^f[0-9]*$/i.test(t));
  return facetProof ? `(${words})` : `${TEXT_COLUMNS} : (${words})`;
}

/** Documents matching the words anywhere in their text, and every facet. */
export function matchAll(parts: MatchParts): string {
  const terms = [...(parts.words ? [inText(parts.words)] : []), ...facetTerms(parts.facetCodes)];
  if (terms.length === 0) terms.push(`facets : (${parts.everything.map((k) => `"f${k}"`).join(' OR ') || '"f0"'})`);
  return terms.join(' AND ');
}

/** Tier 1: the words all occur in the name, summary, tags or task. */
export function matchDescribed(parts: MatchParts & { words: string }): string {
  return [`${DESCRIPTION_COLUMNS} : (${parts.words})`, ...facetTerms(parts.facetCodes)].join(' AND ');
}

/** Tier 2: the rest of the matches (some word only in the body). */
export function matchBodyOnly(parts: MatchParts & { words: string }): string {
  return `(${matchAll(parts)}) NOT (${DESCRIPTION_COLUMNS} : (${parts.words}))`;
}

/**
 * Like wordsExpression, with each mistyped word also matching its alternatives (whole words):
 * `("anomally"* OR "anomaly") AND "jet"*`. Null when no word has alternatives.
 */
export function fuzzyWordsExpression(
  text: string,
  alternatives: readonly { word: string; terms: readonly string[] }[],
  whole: ReadonlySet<string> = new Set(),
): string | null {
  if (alternatives.length === 0) return null;
  const quote = (w: string) => `"${w.replace(/"/g, '""')}"`;
  const words = queryWords(text);
  if (words.length === 0) return null;
  return words
    .map((w) => {
      const typed = wordTerm(w, whole);
      const terms = alternatives.find((a) => a.word === w)?.terms ?? [];
      return terms.length === 0 ? typed : `(${[typed, ...terms.map(quote)].join(' OR ')})`;
    })
    .join(' AND ');
}

/** Tier 3: matches that need an alternative of a mistyped word (none of the words as typed). */
export function matchFuzzyOnly(parts: MatchParts & { words: string; fuzzy: string }): string {
  return `(${matchAll({ ...parts, words: parts.fuzzy })}) NOT (${inText(parts.words)})`;
}

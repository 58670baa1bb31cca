import { sql, type SQL } from 'drizzle-orm';
import { closestTerms, fuzzyKey, FUZZY_MIN_LENGTH, trigrams } from '../../src/lib/search-fuzzy';
import type { Db } from '../client';

/** Candidates read per word, most shared trigrams first, before edit distances pick the closest. */
const CANDIDATES = 50;
/** Above every code point: `term < key || TOP` bounds the words that start with `key`. */
const TOP = '\u{10FFFF}';

export interface WordAlternatives {
  word: string;
  /** Vocabulary words (whole words) searched for instead, closest first. */
  terms: string[];
}

/** A query word the vocabulary is asked about, and its key (how the vocabulary spells words). */
export interface CheckedWord {
  word: string;
  key: string;
}

/** The words long enough to be corrected (FUZZY_MIN_LENGTH to 40 letters). */
export function checkedWords(words: readonly string[]): CheckedWord[] {
  return words
    .map((word) => ({ word, key: fuzzyKey(word) }))
    .filter(({ key }) => [...key].length >= FUZZY_MIN_LENGTH && [...key].length <= 40);
}

/**
 * Result columns `k0`, `k1`, … (one per checked word): 1 when some vocabulary word starts with
 * it (it needs no alternatives). Columns of no table, so another lookup can carry them.
 */
export function knownWordColumns(checked: readonly CheckedWord[]): SQL[] {
  return checked.map(
    ({ key }, i) =>
      sql`exists (select 1 from search_terms where term >= ${key} and term < ${key + TOP}) as ${sql.raw(`k${i}`)}`,
  );
}

/**
 * The alternatives of each query word that no described entry has as typed (the vocabulary of
 * migration 0015 has no word starting with it). Words that match as typed get none, so exact
 * and prefix queries cost one indexed lookup per word.
 */
export async function fuzzyAlternatives(db: Db, words: readonly string[]): Promise<WordAlternatives[]> {
  const checked = checkedWords(words);
  if (checked.length === 0) return [];
  // One statement tells which words some vocabulary word starts with (those need no alternatives).
  const [known] = await db.all<Record<string, number>>(sql`select ${sql.join(knownWordColumns(checked), sql`, `)}`);
  return alternativesOf(db, checked, known ?? {});
}

/** The alternatives of the checked words whose `k<i>` column of `known` is not 1. */
export async function alternativesOf(
  db: Db,
  checked: readonly CheckedWord[],
  known: Record<string, unknown>,
): Promise<WordAlternatives[]> {
  const out: WordAlternatives[] = [];
  for (const [i, { word, key }] of checked.entries()) {
    if (known[`k${i}`] === 1) continue;
    const length = [...key].length;
    const grams = trigrams(key);
    const rows = await db.all<{ term: string }>(
      sql`select t.term as term from search_term_trigrams g join search_terms t on t.id = g.term
        where g.trigram in (${sql.join(
          grams.map((g) => sql`${g}`),
          sql`, `,
        )}) and length(t.term) >= ${length - 2}
        group by g.term order by count(*) desc, t.term limit ${CANDIDATES}`,
    );
    const terms = closestTerms(
      key,
      rows.map((r) => r.term),
    );
    if (terms.length > 0) out.push({ word, terms });
  }
  return out;
}

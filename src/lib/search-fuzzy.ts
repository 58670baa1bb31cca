/**
 * Typo tolerance for the catalog search: which vocabulary words a mistyped query word may have
 * meant. The database finds candidates that share trigrams with the word (the fuzzy search query);
 * this module decides which of them are close enough, by edit distance.
 */

/** Words shorter than this are never corrected: "jet" → "met", "set", "pet" would be noise. */
export const FUZZY_MIN_LENGTH = 4;
/** At most this many alternatives per word join the query. */
export const FUZZY_ALTERNATIVES = 3;

/** The edits a word of this many characters may differ by: 1 up to 5 characters, 2 from 6. */
export function allowedEdits(length: number): number {
  return length < FUZZY_MIN_LENGTH ? 0 : length < 6 ? 1 : 2;
}

/** The word as the vocabulary stores it (lower case, code points). */
export function fuzzyKey(word: string): string {
  return word.normalize('NFKC').toLowerCase();
}

/** The distinct trigrams of a word (by code point), in order. */
export function trigrams(word: string): string[] {
  const chars = [...word];
  const out = new Set<string>();
  for (let i = 0; i + 3 <= chars.length; i++) out.add(chars.slice(i, i + 3).join(''));
  return [...out];
}

/** Optimal string alignment distance: insertions, deletions, substitutions, adjacent swaps. */
export function editDistance(a: string, b: string, max = Infinity): number {
  const s = [...a];
  const t = [...b];
  if (Math.abs(s.length - t.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[t.length]!;
}

/**
 * The vocabulary words a query word may have meant, closest first: whole words within the
 * allowed edits, or words whose start is (someone typing "anomal" of "anomaly" with a typo:
 * "anoaml"). Never the word itself or words it is a prefix of: those match already.
 */
export function closestTerms(word: string, candidates: readonly string[]): string[] {
  const key = fuzzyKey(word);
  const max = allowedEdits([...key].length);
  if (max === 0) return [];
  const scored: { term: string; distance: number }[] = [];
  for (const term of candidates) {
    if (term.startsWith(key)) continue;
    const whole = editDistance(key, term, max);
    const start = editDistance(key, [...term].slice(0, [...key].length).join(''), max);
    // A prefix match costs one more than a whole-word match of the same distance.
    const distance = Math.min(whole, start + 0.5);
    if (distance <= max) scored.push({ term, distance });
  }
  scored.sort((a, b) => a.distance - b.distance || a.term.length - b.term.length || a.term.localeCompare(b.term));
  return scored.slice(0, FUZZY_ALTERNATIVES).map((s) => s.term);
}

/**
 * A short excerpt of `text` around the first word that starts with one of the query words,
 * with \u0002…\u0003 around each matching word (the marks `snippetToHtml` turns into <mark>).
 * Matching follows the index: case- and accent-insensitive word prefixes.
 */
export function makeSnippet(text: string, query: string, maxWords = 24): string {
  const terms = searchTerms(query);
  if (terms.length === 0 || !text) return '';
  const words = text.replace(CODE_BLOCKS, ' ').replace(MARKUP, ' ').split(SPACES).filter(Boolean);
  const matches = (word: string) => {
    const folded = foldWord(word).replace(LEADING_SYMBOLS, '');
    return terms.some((t) => folded.startsWith(t));
  };
  const first = words.findIndex(matches);
  if (first < 0) return '';
  const start = Math.max(0, first - Math.floor(maxWords / 3));
  const end = Math.min(words.length, start + maxWords);
  const excerpt = words.slice(start, end).map((w) => (matches(w) ? `\u0002${w}\u0003` : w));
  return `${start > 0 ? '…' : ''}${excerpt.join(' ')}${end < words.length ? '…' : ''}`;
}

// Compiled once (a snippet is made for every hit of every search).
const CODE_BLOCKS = /```[\s\S]*?```/g;
const MARKUP = /[#*_`>|[\]()!]+/g;
const SPACES = /\s+/;
const LEADING_SYMBOLS = /^[^\p{L}\p{N}]+/u;
const ASCII = /^[\x00-\x7f]*$/;

/** `fold` of one word; ASCII (most words) has nothing to decompose or strip, so it only lowercases. */
function foldWord(word: string): string {
  return ASCII.test(word) ? word.toLowerCase() : fold(word);
}

/** The words of a query as the index sees them: lowercase, accents removed. */
export function searchTerms(query: string): string[] {
  // The snippets of one page share their query: its words are split once.
  if (query !== lastQuery) {
    lastQuery = query;
    lastTerms = fold(query)
      .split(/[^\p{L}\p{N}_]+/u)
      .filter(Boolean)
      .slice(0, 12);
  }
  return [...lastTerms];
}
let lastQuery: string | undefined;
let lastTerms: string[] = [];

function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

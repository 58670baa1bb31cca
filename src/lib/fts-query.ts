/**
 * Turns what a person typed into a safe SQLite FTS5 query: every word becomes a quoted
 * prefix term and all must match. FTS5 syntax characters typed by users never reach FTS5.
 */
export function toFtsQuery(text: string): string | null {
  const words = text
    .normalize('NFKC')
    .split(/[^\p{L}\p{N}_]+/u)
    .filter((w) => w.length > 0)
    .slice(0, 12);
  if (words.length === 0) return null;
  return words.map((w) => `"${w.replace(/"/g, '""')}"*`).join(' AND ');
}

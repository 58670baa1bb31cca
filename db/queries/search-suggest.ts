import { sql } from 'drizzle-orm';
import { DESCRIPTION_COLUMNS, fuzzyWordsExpression, queryWords, wordsExpression } from '../../src/lib/search-query';
import type { SearchKind } from '../../src/lib/search-facets';
import type { Db } from '../client';
import { RANK_CAP, someWordMatchesNothing } from './search';
import { fuzzyAlternatives, type WordAlternatives } from './search-fuzzy';

export interface Suggestion {
  slug: string;
  name: string;
}

export interface SuggestionPage {
  kinds: Record<SearchKind | 'hardware', Suggestion[]>;
  alternatives: WordAlternatives[];
}

const KINDS: SearchKind[] = ['model', 'dataset', 'tool'];

/**
 * Suggestions as someone types: per kind, the best `perKind` entries whose name, summary, tags
 * or task hold every word (prefixes; bm25 over the newest RANK_CAP matches), then entries that
 * only the alternatives of mistyped words match. Hardware pools (a short table outside the
 * search index) match when every word, or one of its alternatives, is in the name or summary.
 */
export async function suggest(db: Db, text: string, perKind: number): Promise<SuggestionPage> {
  const kinds: SuggestionPage['kinds'] = { model: [], dataset: [], tool: [], hardware: [] };
  const exact = wordsExpression(text);
  if (!exact) return { kinds, alternatives: [] };
  const words = queryWords(text);
  const alternatives = await fuzzyAlternatives(db, words);
  const fuzzy = fuzzyWordsExpression(text, alternatives);
  // When a mistyped word is in no name, summary, tags or task, the exact tier is empty for every kind.
  const typedEmpty = fuzzy !== null && (await someWordMatchesNothing(db, alternatives, DESCRIPTION_COLUMNS));
  const tiers = typedEmpty ? [] : [`${DESCRIPTION_COLUMNS} : (${exact})`];
  if (fuzzy) tiers.push(`(${DESCRIPTION_COLUMNS} : (${fuzzy})) NOT (${DESCRIPTION_COLUMNS} : (${exact}))`);
  // The kind is a facet token in the MATCH (not a rowid test after it), so FTS5 ranks only that
  // kind's matches: a rare kind is not ranked against every match of a common one.
  const codes = await db.all<{ id: number; value: string }>(
    sql`select id, value from search_facet_values where facet = 'kind'`,
  );
  for (const kind of KINDS) {
    const code = codes.find((c) => c.value === kind)?.id;
    if (code === undefined) continue;
    for (const tier of tiers) {
      const want = perKind - kinds[kind].length;
      if (want <= 0) break;
      const match = `(${tier}) AND facets : "f${code}"`;
      const rows = await db.all<Suggestion>(
        sql`select slug, name from search_documents where search_documents match ${match}
          and rowid >= coalesce((select rowid from search_documents where search_documents match ${match}
            order by rowid desc limit 1 offset ${RANK_CAP - 1}), 0)
          order by rank limit ${want}`,
      );
      kinds[kind].push(...rows);
    }
  }
  kinds.hardware = await suggestPools(db, words, alternatives, perKind);
  return { kinds, alternatives };
}

async function suggestPools(
  db: Db,
  words: readonly string[],
  alternatives: readonly WordAlternatives[],
  limit: number,
): Promise<Suggestion[]> {
  const like = (w: string) => `%${w.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const conditions = words.map((word) => {
    const options = [word, ...(alternatives.find((a) => a.word === word)?.terms ?? [])];
    return sql`(${sql.join(
      options.map((o) => sql`(lower(name) like ${like(o)} escape '\\' or lower(summary) like ${like(o)} escape '\\')`),
      sql` or `,
    )})`;
  });
  return db.all<Suggestion>(
    sql`select slug, name from hardware_pools where ${sql.join(conditions, sql` and `)}
      order by (lower(name) like ${like(words[0] ?? '')} escape '\\') desc, name limit ${limit}`,
  );
}

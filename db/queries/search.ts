import { sql } from 'drizzle-orm';
import { toFtsQuery } from '../../src/lib/fts-query';
import type { Db } from '../client';

export const SEARCH_KINDS = ['tool'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export interface SearchHit {
  kind: SearchKind;
  slug: string;
  name: string;
  summary: string;
  /** Matched text with \u0002…\u0003 around each match (escape, then turn into <mark>). */
  snippet: string;
  rank: number;
}

export interface SearchPage {
  hits: SearchHit[];
  total: number;
}

// Column weights for bm25: kind, ref (unindexed), name, summary, body, tags, task.
const RANK = sql.raw(`bm25(search_documents, 0, 0, 10.0, 4.0, 1.0, 3.0, 2.0)`);
const SNIPPET = sql.raw(`snippet(search_documents, -1, char(2), char(3), '…', 16)`);

/**
 * Full-text search over everything public. Results are ranked by bm25 (name and tags weigh
 * most); paging is by offset because rank order has no stable key to seek on.
 */
export async function search(db: Db, text: string, options: { kind?: SearchKind; limit: number; offset: number }): Promise<SearchPage> {
  const match = toFtsQuery(text);
  if (!match) return { hits: [], total: 0 };
  const kindFilter = options.kind ? sql`and search_documents.kind = ${options.kind}` : sql``;
  const rows = await db.all<{ kind: SearchKind; slug: string; name: string; summary: string; snippet: string; rank: number }>(sql`
    select search_documents.kind as kind, tools.slug as slug, tools.name as name, tools.summary as summary,
      ${SNIPPET} as snippet, ${RANK} as rank
    from search_documents
    join tools on search_documents.kind = 'tool' and tools.id = search_documents.ref
    where search_documents match ${match} ${kindFilter}
    order by rank, search_documents.kind, search_documents.ref
    limit ${options.limit} offset ${options.offset}`);
  const [count] = await db.all<{ n: number }>(sql`
    select count(*) as n from search_documents where search_documents match ${match} ${kindFilter}`);
  return { hits: rows, total: count?.n ?? 0 };
}

import { createHash } from 'node:crypto';
import type { Client } from '@libsql/client';
import type { Db } from '../../../db/client';

/** A hash per table of every row, in primary-key order: two digests differ where a table changed. */
export type DbDigest = Map<string, string>;

interface TableQuery {
  name: string;
  sql: string;
}

/**
 * Writes a refused request may make by design, left out of the digest:
 * - `rate_limit_windows`: every request to a rate-limited route counts, refused or not (that is
 *   what stops a client from probing for free);
 * - `webhook_deliveries` rows with status `rejected`: a signed delivery that fails validation is
 *   logged so the sender can see what arrived (documented on POST /api/hooks/{sourceId});
 * - `api_tokens.last_used_at`: the token check records use (at most once a minute) before the
 *   route runs.
 * Not digested either: `search_index_terms`, a read-only view (fts5vocab) of the search index,
 * whose table `search_documents` is digested.
 */
const EXCLUDED_TABLES = new Set(['rate_limit_windows', 'search_index_terms']);
const ROW_FILTERS: Record<string, string> = { webhook_deliveries: `WHERE status <> 'rejected'` };
const EXCLUDED_COLUMNS: Record<string, Set<string>> = { api_tokens: new Set(['last_used_at']) };

/** The libSQL client under the test database (createTestDb), for raw SQL over every table. */
const clientOf = (db: Db) => (db as unknown as { $client: Client }).$client;

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

async function tableQueries(db: Db): Promise<TableQuery[]> {
  const client = clientOf(db);
  const tables = await client.execute(
    `SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`,
  );
  const queries: TableQuery[] = [];
  for (const row of tables.rows) {
    const name = String(row.name);
    if (EXCLUDED_TABLES.has(name)) continue;
    const virtual = /^CREATE VIRTUAL TABLE/i.test(String(row.sql ?? ''));
    const info = await client.execute(`PRAGMA table_info(${quote(name)})`);
    const excluded = EXCLUDED_COLUMNS[name] ?? new Set<string>();
    const columns = info.rows.map((c) => String(c.name)).filter((c) => !excluded.has(c));
    const pk = info.rows
      .filter((c) => Number(c.pk) > 0)
      .sort((a, b) => Number(a.pk) - Number(b.pk))
      .map((c) => quote(String(c.name)));
    const withoutRowid = /WITHOUT ROWID/i.test(String(row.sql ?? ''));
    const order = pk.length ? pk.join(', ') : withoutRowid ? columns.map(quote).join(', ') : 'rowid';
    const select = virtual ? '*' : columns.map(quote).join(', ');
    queries.push({ name, sql: `SELECT ${select} FROM ${quote(name)} ${ROW_FILTERS[name] ?? ''} ORDER BY ${order}` });
  }
  return queries;
}

const cache = new WeakMap<Db, Promise<TableQuery[]>>();

/** Digest of every table (sqlite_master), less the expected writes listed above. */
export async function digestDb(db: Db): Promise<DbDigest> {
  if (!cache.has(db)) cache.set(db, tableQueries(db));
  const digest: DbDigest = new Map();
  for (const { name, sql } of await cache.get(db)!) {
    const result = await clientOf(db).execute(sql);
    const hash = createHash('sha256');
    for (const row of result.rows)
      hash.update(
        JSON.stringify(Array.from(row as ArrayLike<unknown>), (_k, v) =>
          typeof v === 'bigint' ? `${v}n` : v instanceof ArrayBuffer ? Buffer.from(v).toString('base64') : v,
        ) + '\n',
      );
    digest.set(name, `${result.rows.length}:${hash.digest('hex').slice(0, 16)}`);
  }
  return digest;
}

/** The tables whose digest differs. */
export function changedTables(before: DbDigest, after: DbDigest): string[] {
  const names = new Set([...before.keys(), ...after.keys()]);
  return [...names].filter((n) => before.get(n) !== after.get(n)).sort();
}

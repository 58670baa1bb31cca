import type { Db } from '../db/client';
import type { D1Database } from './edge-context';

interface BatchQuery {
  _prepare(): {
    getQuery(): { sql: string; params: unknown[] };
    stmt?: { bind(...params: unknown[]): unknown };
    mapResult(result: unknown, fromBatch: boolean): unknown;
  };
}

/**
 * drizzle-orm 0.45's D1 `batch()` binds parameters through each query's prepared `stmt`,
 * which raw statements (`db.run(sql\`… ${value}\`)`) do not have, so any batch holding one
 * fails on D1 ("Cannot read properties of undefined (reading 'bind')") while it works on
 * libSQL. Guarded inserts (webhooks) and alias moves (catalog) use such statements; this
 * prepares those from their SQL instead and leaves everything else as drizzle does it.
 */
export function allowRawStatementsInD1Batches(db: Db): void {
  const session = (
    db as unknown as { session: { client: D1Database; batch: (queries: BatchQuery[]) => Promise<unknown[]> } }
  ).session;
  session.batch = async (queries) => {
    const prepared = queries.map((q) => q._prepare());
    const statements = prepared.map((p) => {
      const { sql, params } = p.getQuery();
      return p.stmt && params.length > 0 ? p.stmt.bind(...params) : session.client.prepare(sql).bind(...params);
    });
    const results = await session.client.batch(statements as Parameters<D1Database['batch']>[0]);
    return results.map((result, i) => prepared[i]!.mapResult(result, true));
  };
}

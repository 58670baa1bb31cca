/**
 * The writer thread: its own libSQL connection to the hub's database file, running batches
 * of writes (one transaction each, fsync included) off the main thread's event loop.
 */
import { createClient } from '@libsql/client';
import { parentPort, workerData } from 'node:worker_threads';

interface Job {
  id: number;
  queries: { sql: string; params: unknown[] }[];
}

const client = createClient({ url: (workerData as { url: string }).url });
await client.execute('PRAGMA busy_timeout = 5000');
await client.execute('PRAGMA foreign_keys = ON');

parentPort!.on('message', async ({ id, queries }: Job) => {
  try {
    const results = await client.batch(
      queries.map((q) => ({ sql: q.sql, args: q.params as never })),
      'write',
    );
    const rows = results.map((r) => r.rows.map((row) => Object.fromEntries(r.columns.map((c, i) => [c, row[i]]))));
    parentPort!.postMessage({ id, rows });
  } catch (error) {
    const e = error as Error & { code?: string; cause?: { message?: string; code?: string } };
    parentPort!.postMessage({
      id,
      error: { message: e.message, code: e.code ?? e.cause?.code, cause: e.cause?.message },
    });
  }
});
parentPort!.postMessage({ ready: true });

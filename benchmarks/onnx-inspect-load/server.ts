/**
 * The Node host's API as `npm start` wires it (seeded embedded libSQL file, createNodeApp),
 * with the ONNX inspection pool (INSPECT=pool, as npm start) or inline on the event loop
 * (INSPECT=inline, as before the pool). Every request counts as its own client for the rate
 * limit (it sends its own X-Forwarded-For through one trusted proxy hop), so the limit does not
 * cut the load short. Prints `READY <port>`.
 */
import { serve } from '@hono/node-server';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedDatabase } from '../../db/seed';
import { migrateDatabase, openDatabase } from '../../server/database';
import { parseTrustProxy } from '../../server/client-address';
import { createNodeApp } from '../../server/node-app';
import { createInspectPool } from '../../server/onnx-inspect-pool';
import { RenderCache } from '../../server/page-cache';

const dir = mkdtempSync(join(tmpdir(), 'bench-inspect-'));
const { db } = await openDatabase(`file:${join(dir, 'hub.db')}`);
await migrateDatabase(db);
await seedDatabase(db);
const pool = process.env.INSPECT === 'pool' ? createInspectPool() : undefined;
const hub = createNodeApp({
  db,
  site: { clientDir: dir, handler: async (_req, _res, next) => next() },
  renderCache: new RenderCache(1024 * 1024),
  appConfig: { publicUrl: 'http://127.0.0.1' },
  trustProxy: parseTrustProxy('1'),
  hooks: pool ? { inspectOnnx: pool.inspect } : {},
});
const server = serve({ fetch: hub.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
  console.log(`READY ${info.port} ${pool ? `pool of ${pool.threads}` : 'inline'}`);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => server.close(() => void (pool?.close() ?? Promise.resolve()).then(() => process.exit(0))));
}

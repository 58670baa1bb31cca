/**
 * The Node host as `npm start` wires it (embedded libSQL file, group commit, the same app),
 * plus a bare Hono route on the same server for comparison. No site is built or served: the
 * benchmark only talks to the API. Prints `READY <port>` when listening.
 * Env: DATABASE_URL, HUB_SECRET_KEY, INGEST_BATCH_MAX, INGEST_BATCH_WAIT_MS, PORT (0 = any).
 */
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readServerConfig, webhookConfigOf } from '../../server/config';
import { migrateDatabase, openDatabase } from '../../server/database';
import { createNodeApp } from '../../server/node-app';
import { RenderCache } from '../../server/page-cache';
import { webhookHost } from '../../server/webhook-host';

const config = readServerConfig();
if (!config.HUB_SECRET_KEY) throw new Error('HUB_SECRET_KEY is required');
const { db } = await openDatabase(config.DATABASE_URL);
await migrateDatabase(db);
const webhooks = webhookHost(config.DATABASE_URL);
const hub = createNodeApp({
  db,
  // No pages: anything outside /api is a 404.
  site: {
    clientDir: mkdtempSync(join(tmpdir(), 'bench-site-')),
    handler: async (_req, _res, next) => next(),
  },
  renderCache: new RenderCache(1024 * 1024),
  appConfig: { publicUrl: 'http://127.0.0.1', webhooks: webhookConfigOf(config, config.HUB_SECRET_KEY) },
  hooks: webhooks.hooks,
});

const app = new Hono();
// The comparison: same server, same middleware-free path a minimal route takes, body read.
app.post('/bench/bare', async (c) => {
  await c.req.text();
  return c.json({ ok: true });
});
// CPU the server process used so far (all threads), so the runner can report the cost per
// request, which depends far less than throughput on what else runs on the machine.
app.get('/bench/stats', (c) => {
  const cpu = process.cpuUsage();
  return c.json({ cpuMicros: cpu.user + cpu.system });
});
app.route('/', hub);

const server = serve({ fetch: app.fetch, port: config.PORT, hostname: '127.0.0.1' }, (info) => {
  console.log(`READY ${info.port}`);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.close(() => process.exit(0)));

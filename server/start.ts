/**
 * `npm start`: migrate and seed the database, build the site if its sources changed since the
 * last build, and serve pages and API on one port. Everything is configured by environment
 * variables (see README: PORT, HOST, DATABASE_URL, DATABASE_AUTH_TOKEN, PUBLIC_URL, …).
 */
import { serve } from '@hono/node-server';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { seedHub } from '../db/seed';
import { appConfigOf, publicUrlOf, readServerConfig } from './config';
import { migrateDatabase, openDatabase } from './database';
import { createNodeApp, type PageHandler } from './node-app';
import { createInspectPool } from './onnx-inspect-pool';
import { OutboundWorker } from './outbound-worker';
import { RenderCache } from './page-cache';
import { resolveHost } from './resolve-host';
import { resolveServerKey } from './secret-key';
import { SelfProfiler } from './self-profile';
import { ensureSiteBuilt, siteDir } from './site-build';
import { webhookHost } from './webhook-host';

const started = performance.now();
const config = readServerConfig();
const publicUrl = publicUrlOf(config);
const [{ db }, build] = await Promise.all([
  openDatabase(config.DATABASE_URL, config.DATABASE_AUTH_TOKEN).then(async (opened) => {
    await migrateDatabase(opened.db);
    const seeded = await seedHub(opened.db);
    console.log(
      `[db] ${config.DATABASE_URL} migrated; seed added ${seeded.tools} tools, ${seeded.groups} groups, ${seeded.catalog.models} demo models`,
    );
    return opened;
  }),
  ensureSiteBuilt('node'),
]);
if (build.built) console.log(`[build] site built in ${(build.ms / 1000).toFixed(1)} s`);
const { handler } = (await import(pathToFileURL(join(siteDir('node'), 'server', 'entry.mjs')).href)) as {
  handler: PageHandler;
};

const secretKey = resolveServerKey({
  envKey: config.HUB_SECRET_KEY,
  keyFile: config.HUB_SECRET_KEY_FILE,
  databaseUrl: config.DATABASE_URL,
});
const appConfig = appConfigOf(config, secretKey);
const worker = new OutboundWorker({ db, appConfig, resolveHost });
const webhooks = webhookHost(config.DATABASE_URL);
const renderCache = new RenderCache(config.RENDER_CACHE_MB * 1024 * 1024);
const inspectPool = createInspectPool();
if (config.OUTBOUND_WORKER) worker.start();
// First start without benchmark results: measure the demo models here, after the site is up,
// in a low-priority child process (SELF_PROFILE=0 turns it off, SELF_PROFILE_SECONDS bounds it).
const selfProfiler = new SelfProfiler({
  db,
  enabled: config.SELF_PROFILE,
  budgetSeconds: config.SELF_PROFILE_SECONDS,
  publicUrl,
  // Each stored result drops its model's pages and the benchmark lists, as one posted to the API does.
  hooks: { onPublicChange: (change) => renderCache.invalidate(change.tags) },
  log: (line) => console.log(line),
});
const app = createNodeApp({
  db,
  appConfig,
  trustProxy: config.TRUST_PROXY,
  site: { clientDir: join(siteDir('node'), 'client'), handler },
  renderCache,
  selfProfile: selfProfiler,
  hooks: { ...webhooks.hooks, onOutboundQueued: () => worker.wake(), inspectOnnx: inspectPool.inspect },
});
const server = serve({ fetch: app.fetch, port: config.PORT, hostname: config.HOST }, (info) => {
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`HEP ML Hub is serving ${publicUrl} (listening on ${info.address}:${info.port}, ready in ${seconds} s)`);
  selfProfiler.start();
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.close();
    void Promise.all([worker.stop(), webhooks.close(), inspectPool.close()]).finally(() => process.exit(0));
  });
}

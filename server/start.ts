/**
 * `npm start`: migrate and seed the database, publish the site if there is none yet, and
 * serve site + API on one port. Everything is configured by environment variables
 * (see README: PORT, HOST, DATABASE_URL, DATABASE_AUTH_TOKEN, SITE_DIR, PUBLIC_URL).
 */
import { serve } from '@hono/node-server';
import { seedHub } from '../db/seed';
import { appConfigOf, publicUrlOf, readServerConfig } from './config';
import { migrateDatabase, openDatabase } from './database';
import { createNodeApp } from './node-app';
import { OutboundWorker } from './outbound-worker';
import { SitePublisher } from './publisher';
import { SelfProfiler, untilIdle } from './self-profile';
import { resolveHost } from './resolve-host';
import { resolveServerKey } from './secret-key';
import { webhookHost } from './webhook-host';

const started = performance.now();
const config = readServerConfig();
const publicUrl = publicUrlOf(config);
const { db } = await openDatabase(config.DATABASE_URL, config.DATABASE_AUTH_TOKEN);
await migrateDatabase(db);
const seeded = await seedHub(db);
console.log(`[db] ${config.DATABASE_URL} migrated; seed added ${seeded.tools} tools, ${seeded.groups} groups, ${seeded.catalog.models} demo models`);

const publisher = new SitePublisher({
  siteDir: config.SITE_DIR,
  debounceMs: config.REPUBLISH_DEBOUNCE_MS,
  buildEnv: {
    DATABASE_URL: config.DATABASE_URL,
    ...(config.DATABASE_AUTH_TOKEN ? { DATABASE_AUTH_TOKEN: config.DATABASE_AUTH_TOKEN } : {}),
    PUBLIC_URL: publicUrl,
  },
});
if (publisher.current()) {
  // Serve the last published site at once and refresh it in the background.
  publisher.request('server start');
} else {
  await publisher.publish();
}

const secretKey = resolveServerKey({ envKey: config.HUB_SECRET_KEY, keyFile: config.HUB_SECRET_KEY_FILE, databaseUrl: config.DATABASE_URL });
const appConfig = appConfigOf(config, secretKey);
const worker = new OutboundWorker({ db, appConfig, resolveHost });
const webhooks = webhookHost(config.DATABASE_URL);
if (config.OUTBOUND_WORKER) worker.start();
// First start without benchmark results: measure the demo models here, after the site is up,
// in a low-priority child process (SELF_PROFILE=0 turns it off, SELF_PROFILE_SECONDS bounds it).
const selfProfiler = new SelfProfiler({
  db,
  enabled: config.SELF_PROFILE,
  budgetSeconds: config.SELF_PROFILE_SECONDS,
  publicUrl,
  whenIdle: () => untilIdle(() => publisher.status()),
  onStored: () => publisher.request('benchmarks measured on first start'),
  log: (line) => console.log(line),
});
const app = createNodeApp({
  db,
  publisher,
  appConfig,
  trustProxy: config.TRUST_PROXY,
  selfProfile: selfProfiler,
  hooks: { ...webhooks.hooks, onOutboundQueued: () => worker.wake() },
});
const server = serve({ fetch: app.fetch, port: config.PORT, hostname: config.HOST }, (info) => {
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`HEP ML Hub is serving ${publicUrl} (listening on ${info.address}:${info.port}, ready in ${seconds} s)`);
  selfProfiler.start();
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.close();
    void Promise.all([worker.stop(), webhooks.close()]).finally(() => process.exit(0));
  });
}

/**
 * `npm start`: migrate and seed the database, publish the site if there is none yet, and
 * serve site + API on one port. Everything is configured by environment variables
 * (see README: PORT, HOST, DATABASE_URL, DATABASE_AUTH_TOKEN, SITE_DIR, PUBLIC_URL).
 */
import { serve } from '@hono/node-server';
import { seedDatabase } from '../db/seed';
import { publicUrlOf, readServerConfig } from './config';
import { migrateDatabase, openDatabase } from './database';
import { createNodeApp } from './node-app';
import { SitePublisher } from './publisher';

const started = performance.now();
const config = readServerConfig();
const publicUrl = publicUrlOf(config);
const { db } = await openDatabase(config.DATABASE_URL, config.DATABASE_AUTH_TOKEN);
await migrateDatabase(db);
const seeded = await seedDatabase(db);
console.log(`[db] ${config.DATABASE_URL} migrated; seed added ${seeded.tools} tools, ${seeded.groups} groups`);

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

const app = createNodeApp({ db, publisher, appConfig: { publicUrl }, trustProxy: config.TRUST_PROXY });
const server = serve({ fetch: app.fetch, port: config.PORT, hostname: config.HOST }, (info) => {
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`HEP ML Hub is serving ${publicUrl} (listening on ${info.address}:${info.port}, ready in ${seconds} s)`);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.close();
    process.exit(0);
  });
}

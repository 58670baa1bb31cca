/**
 * `npm run dev`: the API on PORT+1 and `astro dev` on PORT (pages render on each request,
 * so edits to pages and data show up at once; /api is proxied to the API).
 */
import { serve } from '@hono/node-server';
import { spawn } from 'node:child_process';
import { seedHub } from '../db/seed';
import { createApp } from '../functions/app';
import { appConfigOf, readServerConfig } from './config';
import { migrateDatabase, openDatabase } from './database';
import { clientAddressOf } from './node-app';
import { resolveServerKey } from './secret-key';

const config = readServerConfig();
const apiPort = config.PORT + 1;
const { db } = await openDatabase(config.DATABASE_URL, config.DATABASE_AUTH_TOKEN);
await migrateDatabase(db);
await seedHub(db);
const secretKey = resolveServerKey({ envKey: config.HUB_SECRET_KEY, keyFile: config.HUB_SECRET_KEY_FILE, databaseUrl: config.DATABASE_URL });

const app = createApp({
  db,
  config: appConfigOf(config, secretKey),
  hooks: {
    clientAddress: (c) => clientAddressOf(c, config.TRUST_PROXY),
    onPublicChange: (reason) => console.log(`[dev] public change: ${reason} (astro dev renders pages on request)`),
  },
});
serve({ fetch: app.fetch, port: apiPort, hostname: config.HOST });
console.log(`[dev] API on http://${config.HOST}:${apiPort}/api`);

const astro = spawn('npx', ['astro', 'dev', '--port', String(config.PORT), '--host', config.HOST], {
  stdio: 'inherit',
  env: { ...process.env, HUB_API_ORIGIN: `http://${config.HOST === 'localhost' ? '127.0.0.1' : config.HOST}:${apiPort}` },
});
astro.on('exit', (code) => process.exit(code ?? 0));

/**
 * `npm run dev`: migrate and seed the database, then `astro dev` on PORT: pages and the API
 * (src/pages/api/) render on each request from that database (server/dev-hub.ts), so edits to
 * pages and data show up at once.
 */
import { spawn } from 'node:child_process';
import { seedHub } from '../db/seed';
import { readServerConfig } from './config';
import { migrateDatabase, openDatabase } from './database';

const config = readServerConfig();
const { client, db } = await openDatabase(config.DATABASE_URL, config.DATABASE_AUTH_TOKEN);
await migrateDatabase(db);
await seedHub(db);
client.close();

const astro = spawn('npx', ['astro', 'dev', '--port', String(config.PORT), '--host', config.HOST], {
  stdio: 'inherit',
});
astro.on('exit', (code) => process.exit(code ?? 0));

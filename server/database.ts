import { createClient, type Client } from '@libsql/client';
import { drizzle } from 'drizzle-orm/libsql';
import { migrate } from 'drizzle-orm/libsql/migrator';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { schema, type Db } from '../db/client';
import { cachePreparedStatements } from './statement-cache';

export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../db/migrations', import.meta.url));

export interface Database {
  client: Client;
  db: Db;
}

/** Opens the libSQL database; for an embedded file, creates its folder and turns on WAL. */
export async function openDatabase(url: string, authToken?: string): Promise<Database> {
  if (url.startsWith('file:') || url === ':memory:') cachePreparedStatements();
  if (url.startsWith('file:')) {
    const path = url.slice('file:'.length).split('?')[0]!;
    if (path && path !== ':memory:') mkdirSync(dirname(resolve(path)), { recursive: true });
  }
  const client = createClient({ url, ...(authToken ? { authToken } : {}) });
  if (url.startsWith('file:')) {
    // A busy writer waits instead of failing (set first: switching to WAL itself needs the lock);
    // WAL lets readers (the pages) read while the writer thread writes.
    await client.execute('PRAGMA busy_timeout = 5000');
    await client.execute('PRAGMA journal_mode = WAL');
  }
  await client.execute('PRAGMA foreign_keys = ON');
  return { client, db: drizzle(client, { schema }) };
}

export async function migrateDatabase(db: Db): Promise<void> {
  await migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
}

import { migrateDatabase, openDatabase } from '../../server/database';
import type { Db } from '../../db/client';

/** A fresh, migrated in-memory libSQL database (one per test file), opened as the Node host opens its file. */
export async function createTestDb(): Promise<Db> {
  const { db } = await openDatabase(':memory:');
  await migrateDatabase(db);
  return db;
}

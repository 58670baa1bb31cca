import { migrateDatabase, openDatabase, type Database } from '../../server/database';
import { readServerConfig } from '../../server/config';

/** The hub's own database (DATABASE_URL), migrated, for commands that run on the server. */
export async function openLocalDatabase(): Promise<Database> {
  const config = readServerConfig();
  const database = await openDatabase(config.DATABASE_URL, config.DATABASE_AUTH_TOKEN);
  await migrateDatabase(database.db);
  return database;
}

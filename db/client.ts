import type { LibSQLDatabase } from 'drizzle-orm/libsql';
import * as schema from './schema';

export { schema };
export type Schema = typeof schema;

/**
 * The database handle every query module takes. Hosts create it: the Node host with
 * `drizzle-orm/libsql` (embedded file or Turso), the edge host with `drizzle-orm/d1`.
 * Both expose the same query builder and `batch()`; we never read driver-specific run results.
 */
export type Db = LibSQLDatabase<Schema>;

import { sql } from 'drizzle-orm';
import { integer } from 'drizzle-orm/sqlite-core';

/** Timestamps are stored as Unix milliseconds so ordering and cursors stay exact. */
export const timestampMs = (name: string) => integer(name, { mode: 'timestamp_ms' });

export const createdAt = () =>
  timestampMs('created_at')
    .notNull()
    .default(sql`(cast(unixepoch('subsec') * 1000 as integer))`);

export const updatedAt = () =>
  timestampMs('updated_at')
    .notNull()
    .default(sql`(cast(unixepoch('subsec') * 1000 as integer))`);

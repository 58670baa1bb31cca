import type { Db } from '../client';
import { groups, tools } from '../schema';
import { SEED_GROUPS } from './groups';
import { SEED_TOOLS } from './tools';

export interface SeedReport {
  groups: number;
  tools: number;
}

/**
 * Idempotent: inserts what is missing (by primary key or slug) and never overwrites rows,
 * so running it again, or after people edited seeded entries, changes nothing.
 */
export async function seedDatabase(db: Db, now = new Date()): Promise<SeedReport> {
  const insertedGroups = await db.insert(groups).values(SEED_GROUPS).onConflictDoNothing().returning({ id: groups.id });
  const insertedTools = await db
    .insert(tools)
    .values(SEED_TOOLS.map((t) => ({ ...t, status: 'published' as const, createdAt: now, updatedAt: now, publishedAt: now })))
    .onConflictDoNothing({ target: tools.slug })
    .returning({ id: tools.id });
  return { groups: insertedGroups.length, tools: insertedTools.length };
}

import { eq } from 'drizzle-orm';
import type { Db } from '../client';
import { groups, type Group } from '../schema';

export async function getGroup(db: Db, id: string): Promise<Group | undefined> {
  const [group] = await db.select().from(groups).where(eq(groups.id, id));
  return group;
}

export async function listGroups(db: Db): Promise<Group[]> {
  return db.select().from(groups).orderBy(groups.name);
}

import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../client';
import { mlflowModelNames, models, type Model } from '../schema';

/** The model an MLflow name names: a recorded MLflow name first, else the slug itself. */
export async function findModelByMlflowName(db: Db, name: string): Promise<Model | undefined> {
  const [named] = await db
    .select({ model: models })
    .from(mlflowModelNames)
    .innerJoin(models, eq(models.id, mlflowModelNames.modelId))
    .where(eq(mlflowModelNames.name, name));
  if (named) return named.model;
  const [bySlug] = await db.select().from(models).where(eq(models.slug, name));
  return bySlug;
}

/** MLflow names recorded for these models (models without one are known by their slug). */
export async function mlflowNamesOf(db: Db, modelIds: number[]): Promise<Map<number, string>> {
  if (modelIds.length === 0) return new Map();
  const rows = await db.select().from(mlflowModelNames).where(inArray(mlflowModelNames.modelId, modelIds));
  return new Map(rows.map((r) => [r.modelId, r.name]));
}

/** Records (or, with null, forgets) the MLflow name of a model. */
export async function setMlflowName(db: Db, modelId: number, name: string | null): Promise<void> {
  if (name === null) {
    await db.delete(mlflowModelNames).where(eq(mlflowModelNames.modelId, modelId));
    return;
  }
  await db
    .insert(mlflowModelNames)
    .values({ modelId, name })
    .onConflictDoUpdate({ target: mlflowModelNames.modelId, set: { name } });
}

/** Whether a slug is free. */
export async function slugTaken(db: Db, slug: string): Promise<boolean> {
  const [row] = await db.select({ id: models.id }).from(models).where(eq(models.slug, slug));
  return !!row;
}

/** Models by id, in the order of the ids given. */
export async function modelsByIds(db: Db, ids: number[]): Promise<Model[]> {
  if (ids.length === 0) return [];
  const rows = await db.select().from(models).where(inArray(models.id, ids));
  const byId = new Map(rows.map((m) => [m.id, m]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

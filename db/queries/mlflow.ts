/** MLflow's extra metadata on hub models and versions: tags, sources and run ids; and deletes. */
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../client';
import {
  mlflowModelTags,
  mlflowVersionSources,
  mlflowVersionTags,
  modelVersions,
  models,
  type MlflowVersionSource,
} from '../schema';

export interface KeyValue {
  key: string;
  value: string;
}

function group<T extends { key: string; value: string }>(rows: (T & { owner: number })[]): Map<number, KeyValue[]> {
  const map = new Map<number, KeyValue[]>();
  for (const { owner, key, value } of rows) map.set(owner, [...(map.get(owner) ?? []), { key, value }]);
  return map;
}

/** Tags as a key → value record (the hub API's `labels`). */
export function labelsOf(tags: KeyValue[] | undefined): Record<string, string> {
  return Object.fromEntries((tags ?? []).map((t) => [t.key, t.value]));
}

export async function modelTagsOf(db: Db, modelIds: number[]): Promise<Map<number, KeyValue[]>> {
  if (modelIds.length === 0) return new Map();
  const rows = await db
    .select({ owner: mlflowModelTags.modelId, key: mlflowModelTags.key, value: mlflowModelTags.value })
    .from(mlflowModelTags)
    .where(inArray(mlflowModelTags.modelId, modelIds))
    .orderBy(mlflowModelTags.key);
  return group(rows);
}

export async function versionTagsOf(db: Db, versionIds: number[]): Promise<Map<number, KeyValue[]>> {
  if (versionIds.length === 0) return new Map();
  const rows = await db
    .select({ owner: mlflowVersionTags.versionId, key: mlflowVersionTags.key, value: mlflowVersionTags.value })
    .from(mlflowVersionTags)
    .where(inArray(mlflowVersionTags.versionId, versionIds))
    .orderBy(mlflowVersionTags.key);
  return group(rows);
}

export async function versionSourcesOf(db: Db, versionIds: number[]): Promise<Map<number, MlflowVersionSource>> {
  if (versionIds.length === 0) return new Map();
  const rows = await db.select().from(mlflowVersionSources).where(inArray(mlflowVersionSources.versionId, versionIds));
  return new Map(rows.map((r) => [r.versionId, r]));
}

/** Sets model tags (replacing values of existing keys) and touches the model. */
export async function setModelTags(db: Db, modelId: number, tags: KeyValue[]): Promise<void> {
  if (tags.length === 0) return;
  await db.batch([
    db.update(models).set({ updatedAt: new Date() }).where(eq(models.id, modelId)),
    ...tags.map((t) =>
      db
        .insert(mlflowModelTags)
        .values({ modelId, ...t })
        .onConflictDoUpdate({ target: [mlflowModelTags.modelId, mlflowModelTags.key], set: { value: t.value } }),
    ),
  ]);
}

/** Removes a model tag; false when there was none. */
export async function deleteModelTag(db: Db, modelId: number, key: string): Promise<boolean> {
  const [deleted] = await db.batch([
    db
      .delete(mlflowModelTags)
      .where(and(eq(mlflowModelTags.modelId, modelId), eq(mlflowModelTags.key, key)))
      .returning(),
    db.update(models).set({ updatedAt: new Date() }).where(eq(models.id, modelId)),
  ]);
  return deleted.length > 0;
}

export async function setVersionTags(db: Db, versionId: number, tags: KeyValue[]): Promise<void> {
  if (tags.length === 0) return;
  await db.batch([
    db.update(modelVersions).set({ updatedAt: new Date() }).where(eq(modelVersions.id, versionId)),
    ...tags.map((t) =>
      db
        .insert(mlflowVersionTags)
        .values({ versionId, ...t })
        .onConflictDoUpdate({ target: [mlflowVersionTags.versionId, mlflowVersionTags.key], set: { value: t.value } }),
    ),
  ]);
}

export async function deleteVersionTag(db: Db, versionId: number, key: string): Promise<boolean> {
  const [deleted] = await db.batch([
    db
      .delete(mlflowVersionTags)
      .where(and(eq(mlflowVersionTags.versionId, versionId), eq(mlflowVersionTags.key, key)))
      .returning(),
    db.update(modelVersions).set({ updatedAt: new Date() }).where(eq(modelVersions.id, versionId)),
  ]);
  return deleted.length > 0;
}

export async function recordVersionSource(db: Db, row: MlflowVersionSource): Promise<void> {
  await db.insert(mlflowVersionSources).values(row).onConflictDoNothing();
}

/**
 * What keeps versions from being deleted: an alias pointing at them (now or in the history), a
 * deployment, a benchmark result, or a version of another model trained from them. One line each.
 */
export async function versionDependents(db: Db, versionIds: number[]): Promise<string[]> {
  if (versionIds.length === 0) return [];
  const ids = sql.join(
    versionIds.map((id) => sql`${id}`),
    sql`, `,
  );
  const [row] = await db.all<Record<'aliases' | 'history' | 'deployments' | 'benchmarks' | 'children', number>>(sql`
    select
      (select count(*) from model_aliases where version_id in (${ids})) as aliases,
      (select count(*) from model_alias_history where from_version_id in (${ids}) or to_version_id in (${ids})) as history,
      (select count(*) from model_deployments where version_id in (${ids})) as deployments,
      (select count(*) from benchmark_results where model_version_id in (${ids})) as benchmarks,
      (select count(*) from model_versions where parent_version_id in (${ids}) and id not in (${ids})) as children`);
  const reasons: string[] = [];
  if (Number(row?.aliases)) reasons.push('an alias points at it (delete the alias first)');
  if (Number(row?.history)) reasons.push('it appears in the alias history');
  if (Number(row?.deployments)) reasons.push('a deployment is recorded for it');
  if (Number(row?.benchmarks)) reasons.push('benchmark results are recorded for it');
  if (Number(row?.children)) reasons.push('another version was trained from it');
  return reasons;
}

export async function deleteVersionRow(db: Db, versionId: number, modelId: number): Promise<void> {
  await db.batch([
    db.delete(modelVersions).where(eq(modelVersions.id, versionId)),
    db.update(models).set({ updatedAt: new Date() }).where(eq(models.id, modelId)),
  ]);
}

export async function versionIdsOf(db: Db, modelId: number): Promise<number[]> {
  const rows = await db.select({ id: modelVersions.id }).from(modelVersions).where(eq(modelVersions.modelId, modelId));
  return rows.map((r) => r.id);
}

/** Deletes a model and (by cascade) its versions, tags and names. */
export async function deleteModelRow(db: Db, modelId: number): Promise<void> {
  await db.batch([
    db.delete(modelVersions).where(eq(modelVersions.modelId, modelId)),
    db.delete(models).where(eq(models.id, modelId)),
  ]);
}

/** A version with what MLflow's `ModelVersion` shows. */
export interface MlflowVersionRow {
  id: number;
  modelId: number;
  modelSlug: string;
  version: number;
  status: string;
  statusMessage: string | null;
  descriptionMd: string;
  createdAt: number;
  updatedAt: number;
  firstArtifactUri: string | null;
}

export async function mlflowVersionRows(db: Db, versionIds: number[]): Promise<Map<number, MlflowVersionRow>> {
  if (versionIds.length === 0) return new Map();
  const rows = await db.all<MlflowVersionRow>(sql`
    select v.id as id, v.model_id as modelId, m.slug as modelSlug, v.version as version, v.status as status,
      v.status_message as statusMessage, v.description_md as descriptionMd,
      v.created_at as createdAt, v.updated_at as updatedAt,
      (select a.uri from model_artifacts a where a.version_id = v.id order by a.id limit 1) as firstArtifactUri
    from model_versions v join models m on m.id = v.model_id
    where v.id in (${sql.join(
      versionIds.map((id) => sql`${id}`),
      sql`, `,
    )})`);
  return new Map(
    rows.map((r) => [
      Number(r.id),
      { ...r, id: Number(r.id), createdAt: Number(r.createdAt), updatedAt: Number(r.updatedAt) },
    ]),
  );
}

/**
 * The versions MLflow's `latest_versions` lists per model: the targets of the `staging` and
 * `production` aliases, and the newest ready version that neither points at (stage None).
 */
export async function latestVersionIds(db: Db, modelIds: number[]): Promise<Map<number, number[]>> {
  if (modelIds.length === 0) return new Map();
  const ids = sql.join(
    modelIds.map((id) => sql`${id}`),
    sql`, `,
  );
  const rows = await db.all<{ modelId: number; id: number }>(sql`
    select a.model_id as modelId, a.version_id as id from model_aliases a
      where a.model_id in (${ids}) and a.name in ('staging', 'production')
    union
    select v.model_id as modelId, v.id as id from model_versions v
      where v.model_id in (${ids}) and v.status = 'ready'
        and v.version = (select max(w.version) from model_versions w where w.model_id = v.model_id and w.status = 'ready'
          and not exists (select 1 from model_aliases x where x.version_id = w.id and x.name in ('staging', 'production')))`);
  const map = new Map<number, number[]>();
  for (const r of rows) map.set(Number(r.modelId), [...(map.get(Number(r.modelId)) ?? []), Number(r.id)]);
  return map;
}

/** Versions by model id and number, for resolving `(name, version)` pairs. */
export async function versionIdByNumber(db: Db, modelId: number, version: number): Promise<number | undefined> {
  const [row] = await db
    .select({ id: modelVersions.id })
    .from(modelVersions)
    .where(and(eq(modelVersions.modelId, modelId), eq(modelVersions.version, version)));
  return row?.id;
}

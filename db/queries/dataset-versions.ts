import { and, desc, eq, inArray, or, sql } from 'drizzle-orm';
import type { CursorValue } from '../../src/lib/cursor';
import type { DatasetRole } from '../../src/lib/catalog-vocabulary';
import type { Db } from '../client';
import { isUniqueViolation } from '../errors';
import {
  datasetReplicas,
  datasets,
  datasetVersions,
  models,
  modelVersionDatasets,
  modelVersions,
  type DatasetReplica,
  type DatasetVersion,
  type NewDatasetReplica,
  type NewDatasetVersion,
} from '../schema';
import { afterCursor, allOf, toPage, type Page } from './keyset';
import { visibleTo, type Viewer } from './viewer';

/** Newest first, keyset on (created_at, id). */
export async function listDatasetVersions(
  db: Db,
  datasetId: number,
  options: { limit: number; after?: CursorValue[] | undefined; offset?: number },
): Promise<Page<DatasetVersion>> {
  const rows = await db
    .select()
    .from(datasetVersions)
    .where(
      allOf([
        eq(datasetVersions.datasetId, datasetId),
        sql`${datasetVersions.archivedAt} is null`,
        afterCursor(datasetVersions.createdAt, datasetVersions.id, 'desc', options.after),
      ]),
    )
    .orderBy(desc(datasetVersions.createdAt), desc(datasetVersions.id))
    .limit(options.limit + 1)
    .offset(options.offset ?? 0);
  return toPage(rows, options.limit, (r) => [r.createdAt.getTime(), r.id]);
}

export async function countDatasetVersions(db: Db, datasetId: number): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)` })
    .from(datasetVersions)
    .where(sql`${datasetVersions.datasetId} = ${datasetId} and ${datasetVersions.archivedAt} is null`);
  return row?.n ?? 0;
}

export async function allDatasetVersions(db: Db, datasetIds: number[]): Promise<DatasetVersion[]> {
  if (datasetIds.length === 0) return [];
  return db
    .select()
    .from(datasetVersions)
    .where(inArray(datasetVersions.datasetId, datasetIds))
    .orderBy(desc(datasetVersions.createdAt), desc(datasetVersions.id));
}

export async function getDatasetVersion(
  db: Db,
  datasetId: number,
  version: string,
): Promise<DatasetVersion | undefined> {
  const [row] = await db
    .select()
    .from(datasetVersions)
    .where(and(eq(datasetVersions.datasetId, datasetId), eq(datasetVersions.version, version)));
  return row;
}

/**
 * Writes a version and its replicas in one batch (one transaction on libSQL and D1).
 * Undefined when the dataset already has a version with that label.
 */
export async function insertDatasetVersion(
  db: Db,
  version: NewDatasetVersion & { id: number },
  replicas: Omit<NewDatasetReplica, 'datasetVersionId'>[],
): Promise<DatasetVersion | undefined> {
  try {
    const [inserted] = await db.batch([
      db.insert(datasetVersions).values(version).returning(),
      db.update(datasets).set({ updatedAt: new Date() }).where(eq(datasets.id, version.datasetId)),
      ...replicas.map((r) => db.insert(datasetReplicas).values({ ...r, datasetVersionId: version.id })),
    ]);
    return inserted[0];
  } catch (error) {
    if (isUniqueViolation(error)) return undefined;
    throw error;
  }
}

export async function updateDatasetVersion(
  db: Db,
  id: number,
  changes: Partial<NewDatasetVersion>,
): Promise<DatasetVersion | undefined> {
  const [row] = await db
    .update(datasetVersions)
    .set({ ...changes, updatedAt: new Date() })
    .where(eq(datasetVersions.id, id))
    .returning();
  return row;
}

/** Adds a replica; undefined when the version already lists that URI. */
export async function insertReplica(db: Db, values: NewDatasetReplica): Promise<DatasetReplica | undefined> {
  const rows = await db.insert(datasetReplicas).values(values).onConflictDoNothing().returning();
  return rows[0];
}

export async function replicasOf(db: Db, versionIds: number[]): Promise<Map<number, DatasetReplica[]>> {
  const map = new Map<number, DatasetReplica[]>();
  if (versionIds.length === 0) return map;
  const rows = await db
    .select()
    .from(datasetReplicas)
    .where(inArray(datasetReplicas.datasetVersionId, versionIds))
    .orderBy(datasetReplicas.id);
  for (const row of rows) map.set(row.datasetVersionId, [...(map.get(row.datasetVersionId) ?? []), row]);
  return map;
}

export interface DatasetVersionRef {
  dataset: string;
  version: string;
}

export interface ResolvedDatasetVersion {
  id: number;
  datasetId: number;
  dataset: string;
  datasetName: string;
  version: string;
  bytes: number;
  visibility: string;
  ownerGroupId: string;
}

/** Looks up dataset versions by (slug, label); the key of the map is `slug@label`. */
/** How resolveDatasetVersions keys its answer: `slug@version`. */
export const datasetVersionKey = (ref: DatasetVersionRef) => `${ref.dataset}@${ref.version}`;

export async function resolveDatasetVersions(
  db: Db,
  refs: DatasetVersionRef[],
): Promise<Map<string, ResolvedDatasetVersion>> {
  const map = new Map<string, ResolvedDatasetVersion>();
  if (refs.length === 0) return map;
  const rows = await db
    .select({
      id: datasetVersions.id,
      datasetId: datasets.id,
      dataset: datasets.slug,
      datasetName: datasets.name,
      version: datasetVersions.version,
      bytes: datasetVersions.bytes,
      visibility: datasets.visibility,
      ownerGroupId: datasets.ownerGroupId,
    })
    .from(datasetVersions)
    .innerJoin(datasets, eq(datasets.id, datasetVersions.datasetId))
    .where(or(...refs.map((r) => and(eq(datasets.slug, r.dataset), eq(datasetVersions.version, r.version)))));
  for (const row of rows) map.set(datasetVersionKey(row), row);
  return map;
}

export async function datasetVersionsByIds(db: Db, ids: number[]): Promise<Map<number, ResolvedDatasetVersion>> {
  const map = new Map<number, ResolvedDatasetVersion>();
  if (ids.length === 0) return map;
  const rows = await db
    .select({
      id: datasetVersions.id,
      datasetId: datasets.id,
      dataset: datasets.slug,
      datasetName: datasets.name,
      version: datasetVersions.version,
      bytes: datasetVersions.bytes,
      visibility: datasets.visibility,
      ownerGroupId: datasets.ownerGroupId,
    })
    .from(datasetVersions)
    .innerJoin(datasets, eq(datasets.id, datasetVersions.datasetId))
    .where(inArray(datasetVersions.id, ids));
  for (const row of rows) map.set(row.id, row);
  return map;
}

export interface DatasetUse {
  datasetVersionId: number;
  role: DatasetRole;
  model: string;
  modelName: string;
  version: number;
}

/** Which model versions (that the viewer may see) used these dataset versions, and how. */
export async function usesOfDatasetVersions(
  db: Db,
  datasetVersionIds: number[],
  viewer: Viewer | undefined,
): Promise<DatasetUse[]> {
  if (datasetVersionIds.length === 0) return [];
  return db
    .select({
      datasetVersionId: modelVersionDatasets.datasetVersionId,
      role: modelVersionDatasets.role,
      model: models.slug,
      modelName: models.name,
      version: modelVersions.version,
    })
    .from(modelVersionDatasets)
    .innerJoin(modelVersions, eq(modelVersions.id, modelVersionDatasets.versionId))
    .innerJoin(models, eq(models.id, modelVersions.modelId))
    .where(
      allOf([
        inArray(modelVersionDatasets.datasetVersionId, datasetVersionIds),
        visibleTo(models.visibility, models.ownerGroupId, viewer),
      ]),
    )
    .orderBy(models.slug, modelVersions.version);
}

/** How many distinct public models used any version of each dataset, for list rows. */
export async function modelCountsOfDatasets(db: Db, datasetIds: number[]): Promise<Map<number, number>> {
  if (datasetIds.length === 0) return new Map();
  const rows = await db.all<{ datasetId: number; n: number }>(sql`
    select dv.dataset_id as datasetId, count(distinct m.id) as n
    from dataset_versions dv
    join model_version_datasets l on l.dataset_version_id = dv.id
    join model_versions v on v.id = l.version_id
    join models m on m.id = v.model_id and m.visibility = 'public'
    where dv.dataset_id in (${sql.join(datasetIds, sql`, `)})
    group by dv.dataset_id`);
  return new Map(rows.map((r) => [r.datasetId, Number(r.n)]));
}

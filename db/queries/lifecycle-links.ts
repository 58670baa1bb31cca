import { and, eq, gt, inArray, sql } from 'drizzle-orm';
import type { Db } from '../client';
import {
  datasets,
  datasetVersions,
  models,
  modelVersionDatasets,
  modelVersions,
  type Dataset,
  type DatasetVersion,
  type Model,
} from '../schema';

/** Reads across the catalog that lifecycle features need (links between models and datasets). */

export async function modelsByIds(db: Db, ids: readonly number[]): Promise<Map<number, Model>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select()
    .from(models)
    .where(inArray(models.id, [...new Set(ids)]));
  return new Map(rows.map((m) => [m.id, m]));
}

export async function datasetsByIds(db: Db, ids: readonly number[]): Promise<Map<number, Dataset>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select()
    .from(datasets)
    .where(inArray(datasets.id, [...new Set(ids)]));
  return new Map(rows.map((d) => [d.id, d]));
}

/** Datasets (not versions) a model version was trained, validated or evaluated on. */
export async function datasetIdsOfVersion(db: Db, versionId: number): Promise<number[]> {
  const rows = await db
    .selectDistinct({ datasetId: datasetVersions.datasetId })
    .from(modelVersionDatasets)
    .innerJoin(datasetVersions, eq(datasetVersions.id, modelVersionDatasets.datasetVersionId))
    .where(eq(modelVersionDatasets.versionId, versionId));
  return rows.map((r) => r.datasetId);
}

/** Models with at least one version that used some version of this dataset. */
export async function modelIdsUsingDataset(db: Db, datasetId: number): Promise<number[]> {
  const rows = await db
    .selectDistinct({ modelId: modelVersions.modelId })
    .from(modelVersionDatasets)
    .innerJoin(modelVersions, eq(modelVersions.id, modelVersionDatasets.versionId))
    .innerJoin(datasetVersions, eq(datasetVersions.id, modelVersionDatasets.datasetVersionId))
    .where(eq(datasetVersions.datasetId, datasetId));
  return rows.map((r) => r.modelId);
}

/** Versions of these datasets registered after `since` (the worker's catch-up for policies). */
export async function datasetVersionsSince(
  db: Db,
  datasetIds: readonly number[],
  since: Date,
): Promise<DatasetVersion[]> {
  if (datasetIds.length === 0) return [];
  return db
    .select()
    .from(datasetVersions)
    .where(and(inArray(datasetVersions.datasetId, [...new Set(datasetIds)]), gt(datasetVersions.createdAt, since)))
    .orderBy(datasetVersions.createdAt);
}

/** The newest version number of a model inside the current statement (for batch-time references). */
export const newestVersionIdSql = (modelId: number) =>
  sql`(select ${modelVersions.id} from ${modelVersions} where ${modelVersions.modelId} = ${modelId} order by ${modelVersions.version} desc limit 1)`;
export const newestVersionNumberSql = (modelId: number) =>
  sql`(select max(${modelVersions.version}) from ${modelVersions} where ${modelVersions.modelId} = ${modelId})`;

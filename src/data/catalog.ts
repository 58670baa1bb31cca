import type { z } from '@hono/zod-openapi';
import { listGroups } from '../../db/queries/groups';
import { allDatasetVersions, replicasOf, usesOfDatasetVersions } from '../../db/queries/dataset-versions';
import { listPublicDatasets } from '../../db/queries/datasets';
import { listAliases, listAliasHistory } from '../../db/queries/model-aliases';
import { listDeployments } from '../../db/queries/model-deployments';
import { allModelVersions, loadVersionDetails } from '../../db/queries/model-versions';
import { listPublicModels } from '../../db/queries/models';
import { DatasetSchema, DatasetVersionSchema, toDatasetResponse, toDatasetVersionResponse } from '../../functions/routes/datasets/schema';
import { toDeploymentResponse, toHistoryEntry, toModelResponse, toVersionResponse } from '../../functions/routes/models/responses';
import { AliasHistoryEntrySchema, DeploymentSchema, ModelSchema, ModelVersionSchema } from '../../functions/routes/models/schema';
import { db } from './db';

export type ModelData = z.infer<typeof ModelSchema>;
export type VersionData = z.infer<typeof ModelVersionSchema>;
export type AliasMoveData = z.infer<typeof AliasHistoryEntrySchema>;
export type DeploymentData = z.infer<typeof DeploymentSchema>;
export type DatasetData = z.infer<typeof DatasetSchema>;
export type DatasetVersionData = z.infer<typeof DatasetVersionSchema>;

export interface ModelPageData {
  model: ModelData;
  /** Oldest first. */
  versions: VersionData[];
  /** Newest first. */
  history: AliasMoveData[];
  /** Newest first. */
  deployments: DeploymentData[];
}

export interface DatasetPageData {
  dataset: DatasetData;
  /** Newest first. */
  versions: DatasetVersionData[];
}

export interface Catalog {
  models: ModelPageData[];
  datasets: DatasetPageData[];
  groupNames: Map<string, string>;
}

const SITE = 'http://localhost';
const EVERYTHING = 1_000_000;

/** Checks a row against the API's response schema, so bad data fails the build saying what to fix. */
function valid<T>(schema: z.ZodType<T>, value: T, what: string, fix: string): T {
  const result = schema.safeParse(value);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.') || '(row)'}: ${i.message}`).join('; ');
    throw new Error(`${what} has invalid data (${problems}). Fix it with ${fix}.`);
  }
  return result.data;
}

function groupBy<T, K>(items: T[], key: (item: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const item of items) map.set(key(item), [...(map.get(key(item)) ?? []), item]);
  return map;
}

async function loadModels(): Promise<ModelPageData[]> {
  const rows = await listPublicModels(db);
  const ids = rows.map((m) => m.id);
  const [aliases, history, versions, deployments] = await Promise.all([
    listAliases(db, ids),
    listAliasHistory(db, ids, { limit: EVERYTHING }),
    allModelVersions(db, ids),
    listDeployments(db, ids, { limit: EVERYTHING }),
  ]);
  const details = await loadVersionDetails(db, versions, undefined);
  const versionsOf = groupBy(versions, (v) => v.modelId);
  const historyOf = groupBy(history.items, (h) => h.modelId);
  const deploymentsOf = groupBy(deployments.items, (d) => d.modelId);
  return rows.map((row) => {
    const modelAliases = aliases.get(row.id) ?? [];
    const fix = `PATCH /api/models/${row.slug}`;
    return {
      model: valid(ModelSchema, toModelResponse(row, modelAliases, SITE), `Model "${row.slug}"`, fix),
      versions: (versionsOf.get(row.id) ?? []).map((v) =>
        valid(
          ModelVersionSchema,
          toVersionResponse(row.slug, v, details.get(v.id)!, modelAliases.filter((a) => a.versionId === v.id).map((a) => a.name), SITE),
          `Version ${v.version} of model "${row.slug}"`,
          `PATCH /api/models/${row.slug}/versions/${v.version}`,
        ),
      ),
      history: (historyOf.get(row.id) ?? []).map((h) => valid(AliasHistoryEntrySchema, toHistoryEntry(h), `An alias move of model "${row.slug}"`, fix)),
      deployments: (deploymentsOf.get(row.id) ?? []).map((d) => valid(DeploymentSchema, toDeploymentResponse(d), `Deployment ${d.id} of model "${row.slug}"`, fix)),
    };
  });
}

async function loadDatasets(): Promise<DatasetPageData[]> {
  const rows = await listPublicDatasets(db);
  const versions = await allDatasetVersions(db, rows.map((d) => d.id));
  const ids = versions.map((v) => v.id);
  const [replicas, uses] = await Promise.all([replicasOf(db, ids), usesOfDatasetVersions(db, ids, undefined)]);
  const versionsOf = groupBy(versions, (v) => v.datasetId);
  return rows.map((row) => ({
    dataset: valid(DatasetSchema, toDatasetResponse(row, row, SITE), `Dataset "${row.slug}"`, `PATCH /api/datasets/${row.slug}`),
    versions: (versionsOf.get(row.id) ?? []).map((v) =>
      valid(
        DatasetVersionSchema,
        toDatasetVersionResponse(row.slug, v, replicas.get(v.id) ?? [], uses.filter((u) => u.datasetVersionId === v.id), SITE),
        `Version "${v.version}" of dataset "${row.slug}"`,
        `PATCH /api/datasets/${row.slug}/versions/${v.version}`,
      ),
    ),
  }));
}

let cache: Promise<Catalog> | undefined;

/** Every public model and dataset with everything their pages show (loaded once per build). */
export function loadCatalog(): Promise<Catalog> {
  cache ??= Promise.all([loadModels(), loadDatasets(), listGroups(db)]).then(([models, datasets, groups]) => ({
    models,
    datasets,
    groupNames: new Map(groups.map((g) => [g.id, g.name])),
  }));
  return cache;
}

export function groupName(catalog: Catalog, id: string): string {
  return catalog.groupNames.get(id) ?? id.toUpperCase();
}

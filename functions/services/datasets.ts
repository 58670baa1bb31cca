/** Datasets and their versions as the API and the pages show them. */
import type { z } from '@hono/zod-openapi';
import {
  countDatasetVersions,
  listDatasetVersions,
  replicasOf,
  usesOfDatasetVersions,
} from '../../db/queries/dataset-versions';
import { getDatasetBySlug, getDatasetListRow } from '../../db/queries/datasets';
import { canView, PUBLIC_VIEWER, type Viewer } from '../../db/queries/viewer';
import type { Dataset, DatasetVersion } from '../../db/schema';
import type { ServiceContext } from '../hub';
import {
  toDatasetResponse,
  toDatasetVersionResponse,
  type DatasetSchema,
  type DatasetVersionSchema,
} from '../contract/datasets/schema';

export type DatasetView = z.infer<typeof DatasetSchema>;
export type DatasetVersionView = z.infer<typeof DatasetVersionSchema>;

export async function findDataset(
  ctx: ServiceContext,
  slug: string,
  viewer: Viewer | undefined = PUBLIC_VIEWER,
): Promise<Dataset | undefined> {
  const dataset = await getDatasetBySlug(ctx.db, slug);
  return dataset && canView(dataset, viewer) ? dataset : undefined;
}

export async function datasetResponse(ctx: ServiceContext, dataset: Dataset): Promise<DatasetView> {
  return toDatasetResponse(dataset, (await getDatasetListRow(ctx.db, dataset.id))!, ctx.config.publicUrl);
}

/** Full responses for versions of one dataset (replicas, and the model versions that used each). */
export async function datasetVersionResponses(
  ctx: ServiceContext,
  dataset: Dataset,
  versions: DatasetVersion[],
  viewer: Viewer | undefined = PUBLIC_VIEWER,
): Promise<DatasetVersionView[]> {
  const ids = versions.map((v) => v.id);
  const [replicas, uses] = await Promise.all([replicasOf(ctx.db, ids), usesOfDatasetVersions(ctx.db, ids, viewer)]);
  return versions.map((v) =>
    toDatasetVersionResponse(
      dataset.slug,
      v,
      replicas.get(v.id) ?? [],
      uses.filter((u) => u.datasetVersionId === v.id),
      ctx.config.publicUrl,
    ),
  );
}

/** A page of a dataset's versions, newest first. */
export async function datasetVersionsPage(
  ctx: ServiceContext,
  dataset: Dataset,
  page: { limit: number; offset: number },
) {
  const [rows, total] = await Promise.all([
    listDatasetVersions(ctx.db, dataset.id, { limit: page.limit, offset: page.offset }),
    countDatasetVersions(ctx.db, dataset.id),
  ]);
  return { versions: await datasetVersionResponses(ctx, dataset, rows.items), total };
}

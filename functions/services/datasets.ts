/** Datasets and their versions as the API and the pages show them. */
import type { z } from '@hono/zod-openapi';
import { isUniqueViolation } from '../../db/errors';
import {
  countDatasetVersions,
  listDatasetVersions,
  replicasOf,
  usesOfDatasetVersions,
} from '../../db/queries/dataset-versions';
import {
  countDatasets,
  getDatasetBySlug,
  getDatasetListRow,
  insertDataset,
  listDatasets as listDatasetRows,
  updateDataset,
} from '../../db/queries/datasets';
import { canView, PUBLIC_VIEWER, type Viewer } from '../../db/queries/viewer';
import type { Dataset, DatasetVersion } from '../../db/schema';
import type { AuthContext, WriteContext } from '../env';
import { ApiError, notFound } from '../errors';
import type { ServiceContext } from '../hub';
import { nextCursorOf, pageLimit, readCursor } from '../pagination';
import { publicChange } from '../public-change';
import { assertCanWrite, resolveOwnerGroup, viewerOf } from './catalog-access';
import {
  toDatasetResponse,
  toDatasetVersionResponse,
  type DatasetCreateSchema,
  type DatasetListQuerySchema,
  type DatasetListSchema,
  type DatasetPatchSchema,
  type DatasetSchema,
  type DatasetVersionSchema,
} from '../contract/datasets/schema';

export type DatasetView = z.infer<typeof DatasetSchema>;
export type DatasetVersionView = z.infer<typeof DatasetVersionSchema>;
export type DatasetList = z.infer<typeof DatasetListSchema>;
export type DatasetListQuery = z.output<typeof DatasetListQuerySchema>;
export type DatasetCreate = z.output<typeof DatasetCreateSchema>;
export type DatasetPatch = z.output<typeof DatasetPatchSchema>;

export async function findDataset(
  ctx: ServiceContext,
  slug: string,
  viewer: Viewer | undefined = PUBLIC_VIEWER,
): Promise<Dataset | undefined> {
  const dataset = await getDatasetBySlug(ctx.db, slug);
  return dataset && canView(dataset, viewer) ? dataset : undefined;
}

/** The dataset, or 404 when it does not exist or the viewer may not see it (internal). */
export async function loadDataset(ctx: ServiceContext, viewer: Viewer | undefined, slug: string): Promise<Dataset> {
  const dataset = await findDataset(ctx, slug, viewer);
  if (!dataset) throw notFound(`Dataset "${slug}"`);
  return dataset;
}

export async function datasetResponse(ctx: ServiceContext, dataset: Dataset): Promise<DatasetView> {
  const row = await getDatasetListRow(ctx.db, dataset.id);
  return toDatasetResponse(
    dataset,
    row ?? { versionCount: 0, latestVersion: null, latestBytes: null },
    ctx.config.publicUrl,
  );
}

/** Datasets the viewer may see (public ones, plus their group's internal ones), filtered, sorted and paged by cursor. */
export async function listDatasets(
  ctx: ServiceContext,
  viewer: Viewer | undefined,
  query: DatasetListQuery,
): Promise<DatasetList> {
  const { config, db } = ctx;
  const order = query.order ?? (query.sort === 'name' ? 'asc' : 'desc');
  const after = readCursor(query.cursor, 2);
  const filters = { group: query.group, format: query.format, tag: query.tag, q: query.q };
  const limit = pageLimit(query.limit, config.pageSize);
  const [page, total] = await Promise.all([
    listDatasetRows(db, filters, viewer, { sort: query.sort, order, limit, after }),
    countDatasets(db, filters, viewer),
  ]);
  return {
    items: page.items.map((d) => toDatasetResponse(d, d, config.publicUrl)),
    nextCursor: nextCursorOf(page.next),
    total,
  };
}

/** One dataset the viewer may see; 404 otherwise. */
export async function getDataset(ctx: ServiceContext, viewer: Viewer | undefined, slug: string): Promise<DatasetView> {
  return datasetResponse(ctx, await loadDataset(ctx, viewer, slug));
}

/**
 * Describes a new dataset (the hub never stores data), owned by the caller's group (admins may
 * name another); 409 when the slug is taken.
 */
export async function registerDataset(ctx: WriteContext, auth: AuthContext, body: DatasetCreate): Promise<DatasetView> {
  const { db, config } = ctx;
  const ownerGroupId = await resolveOwnerGroup(db, auth, body.ownerGroup, 'dataset');
  const now = new Date();
  const dataset = await insertDataset(db, {
    slug: body.slug,
    name: body.name,
    summary: body.summary,
    descriptionMd: body.description,
    format: body.format,
    schemaNotesMd: body.schemaNotes,
    ownerGroupId,
    license: body.license,
    tags: body.tags,
    contacts: body.contacts,
    visibility: body.visibility,
    createdByTokenId: auth.tokenId,
    createdAt: now,
    updatedAt: now,
  });
  if (!dataset)
    throw new ApiError(409, 'conflict', `A dataset with the slug "${body.slug}" already exists.`, {
      slug: body.slug,
    });
  if (dataset.visibility === 'public') ctx.hooks.onPublicChange?.(publicChange.dataset(dataset.slug, 'created'));
  return toDatasetResponse(dataset, { versionCount: 0, latestVersion: null, latestBytes: null }, config.publicUrl);
}

/** Changes the fields sent; needs the dataset's group (or admin). */
export async function changeDataset(
  ctx: WriteContext,
  auth: AuthContext,
  slug: string,
  patch: DatasetPatch,
): Promise<DatasetView> {
  const existing = await loadDataset(ctx, viewerOf(auth), slug);
  assertCanWrite(auth, existing, 'dataset');
  const { description, schemaNotes, ...rest } = patch;
  let dataset: Dataset | undefined;
  try {
    dataset = await updateDataset(ctx.db, existing.id, {
      ...rest,
      ...(description === undefined ? {} : { descriptionMd: description }),
      ...(schemaNotes === undefined ? {} : { schemaNotesMd: schemaNotes }),
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ApiError(409, 'conflict', `The slug "${patch.slug}" is already taken.`);
    throw error;
  }
  if (!dataset) throw notFound(`Dataset "${slug}"`);
  if (existing.visibility === 'public' || dataset.visibility === 'public')
    ctx.hooks.onPublicChange?.(publicChange.dataset(dataset.slug, 'changed'));
  return datasetResponse(ctx, dataset);
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

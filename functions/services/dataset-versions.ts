/** A dataset's versions and their replicas: reading them and registering, correcting and extending them. */
import type { z } from '@hono/zod-openapi';
import {
  countDatasetVersions,
  getDatasetVersion as getDatasetVersionRow,
  insertDatasetVersion,
  insertReplica,
  listDatasetVersions,
  updateDatasetVersion,
} from '../../db/queries/dataset-versions';
import type { Viewer } from '../../db/queries/viewer';
import type { Dataset, DatasetVersion } from '../../db/schema';
import { randomRowId } from '../../src/lib/row-id';
import type { AuthContext, WriteContext } from '../env';
import { ApiError, notFound } from '../errors';
import type { ServiceContext } from '../hub';
import { nextCursorOf, pageLimit, readCursor } from '../pagination';
import { publicChange } from '../public-change';
import { assertCanWrite, viewerOf } from './catalog-access';
import { datasetVersionResponses, loadDataset, type DatasetVersionView } from './datasets';
import type {
  DatasetVersionCreateSchema,
  DatasetVersionListSchema,
  DatasetVersionPatchSchema,
  ReplicaInputSchema,
} from '../contract/datasets/schema';
import type { PaginationQuerySchema } from '../contract/shared-schema';

export type DatasetVersionList = z.infer<typeof DatasetVersionListSchema>;
export type DatasetVersionCreate = z.output<typeof DatasetVersionCreateSchema>;
export type DatasetVersionPatch = z.output<typeof DatasetVersionPatchSchema>;
export type ReplicaInput = z.output<typeof ReplicaInputSchema>;

function announce(ctx: WriteContext, dataset: Dataset, what: string) {
  if (dataset.visibility === 'public') ctx.hooks.onPublicChange?.(publicChange.dataset(dataset.slug, what));
}

/** The dataset and its version `label`; 404 when either does not exist or the viewer may not see the dataset. */
export async function loadDatasetVersion(
  ctx: ServiceContext,
  viewer: Viewer | undefined,
  slug: string,
  label: string,
): Promise<{ dataset: Dataset; version: DatasetVersion }> {
  const dataset = await loadDataset(ctx, viewer, slug);
  const version = await getDatasetVersionRow(ctx.db, dataset.id, label);
  if (!version) throw notFound(`Version "${label}" of dataset "${slug}"`);
  return { dataset, version };
}

async function versionResponse(
  ctx: ServiceContext,
  dataset: Dataset,
  version: DatasetVersion,
  viewer: Viewer | undefined,
): Promise<DatasetVersionView> {
  const [response] = await datasetVersionResponses(ctx, dataset, [version], viewer);
  return response!;
}

/** A page of a dataset's versions, newest first, with replicas and the model versions that used each. */
export async function listVersionsOfDataset(
  ctx: ServiceContext,
  viewer: Viewer | undefined,
  slug: string,
  query: z.output<typeof PaginationQuerySchema>,
): Promise<DatasetVersionList> {
  const dataset = await loadDataset(ctx, viewer, slug);
  const after = readCursor(query.cursor, 2);
  const limit = pageLimit(query.limit, ctx.config.pageSize);
  const [page, total] = await Promise.all([
    listDatasetVersions(ctx.db, dataset.id, { limit, after }),
    countDatasetVersions(ctx.db, dataset.id),
  ]);
  return {
    items: await datasetVersionResponses(ctx, dataset, page.items, viewer),
    nextCursor: nextCursorOf(page.next),
    total,
  };
}

/** One version of a dataset the viewer may see; 404 otherwise. */
export async function getDatasetVersion(
  ctx: ServiceContext,
  viewer: Viewer | undefined,
  slug: string,
  label: string,
): Promise<DatasetVersionView> {
  const { dataset, version } = await loadDatasetVersion(ctx, viewer, slug, label);
  return versionResponse(ctx, dataset, version, viewer);
}

/**
 * Records a new immutable snapshot of a dataset (needs the dataset's group, or admin); 409 when
 * the label is taken.
 */
export async function registerDatasetVersion(
  ctx: WriteContext,
  auth: AuthContext,
  slug: string,
  body: DatasetVersionCreate,
): Promise<DatasetVersionView> {
  const viewer = viewerOf(auth);
  const dataset = await loadDataset(ctx, viewer, slug);
  assertCanWrite(auth, dataset, 'dataset');
  const now = new Date();
  const version = await insertDatasetVersion(
    ctx.db,
    {
      id: randomRowId(),
      datasetId: dataset.id,
      version: body.version,
      descriptionMd: body.description,
      bytes: body.bytes,
      fileCount: body.fileCount,
      checksum: body.checksum ?? null,
      producedBy: body.producedBy ?? null,
      registeredByTokenId: auth.tokenId,
      createdAt: now,
      updatedAt: now,
    },
    body.replicas.map((r) => ({ uri: r.uri, location: r.location ?? null, createdAt: now })),
  );
  if (!version) {
    throw new ApiError(
      409,
      'conflict',
      `Dataset "${slug}" already has a version "${body.version}"; versions are immutable, register a new label.`,
      {
        version: body.version,
      },
    );
  }
  announce(ctx, dataset, `version ${version.version} registered`);
  return versionResponse(ctx, dataset, version, viewer);
}

/** Corrects a version's description, checksum or producer (size, file count and replicas do not change). */
export async function changeDatasetVersion(
  ctx: WriteContext,
  auth: AuthContext,
  slug: string,
  label: string,
  patch: DatasetVersionPatch,
): Promise<DatasetVersionView> {
  const viewer = viewerOf(auth);
  const { dataset, version } = await loadDatasetVersion(ctx, viewer, slug, label);
  assertCanWrite(auth, dataset, 'dataset');
  const { description, ...rest } = patch;
  const updated = await updateDatasetVersion(ctx.db, version.id, {
    ...rest,
    ...(description === undefined ? {} : { descriptionMd: description }),
  });
  announce(ctx, dataset, `version ${label} changed`);
  return versionResponse(ctx, dataset, updated ?? version, viewer);
}

/** Adds a replica to a dataset version; 409 when the version already lists that URI. */
export async function addDatasetReplica(
  ctx: WriteContext,
  auth: AuthContext,
  slug: string,
  label: string,
  body: ReplicaInput,
): Promise<DatasetVersionView> {
  const viewer = viewerOf(auth);
  const { dataset, version } = await loadDatasetVersion(ctx, viewer, slug, label);
  assertCanWrite(auth, dataset, 'dataset');
  const replica = await insertReplica(ctx.db, {
    datasetVersionId: version.id,
    uri: body.uri,
    location: body.location ?? null,
  });
  if (!replica) throw new ApiError(409, 'conflict', `Version "${label}" already lists the replica ${body.uri}.`);
  announce(ctx, dataset, `version ${label} replica added`);
  return versionResponse(ctx, dataset, version, viewer);
}

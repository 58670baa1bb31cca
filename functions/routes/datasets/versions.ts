import { datasetVersionResponses } from '../../services/datasets';
import { publicChange } from '../../public-change';
import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import {
  countDatasetVersions,
  insertDatasetVersion,
  insertReplica,
  listDatasetVersions,
  updateDatasetVersion,
} from '../../../db/queries/dataset-versions';
import type { Dataset } from '../../../db/schema';
import { encodeCursor } from '../../../src/lib/cursor';
import { randomRowId } from '../../../src/lib/row-id';
import type { AppEnv } from '../../env';
import { ApiError } from '../../errors';
import { callerOf, requireScope } from '../../middleware/auth';
import { bearerSecurity, createRouter } from '../../router';
import { assertCanWrite, viewerOf } from '../../services/catalog-access';
import { json } from '../../contract/json-content';
import { errorResponses as E, PaginationQuerySchema, writeErrorResponses } from '../../contract/shared-schema';
import { loadDataset, loadDatasetVersion } from './load';
import {
  DatasetParamSchema,
  DatasetVersionCreateSchema,
  DatasetVersionListSchema,
  DatasetVersionParamSchema,
  DatasetVersionPatchSchema,
  DatasetVersionSchema,
  ReplicaInputSchema,
} from '../../contract/datasets/schema';
import { pageLimit, readCursor } from '../../pagination';

function announce(c: Context<AppEnv>, dataset: Dataset, what: string) {
  if (dataset.visibility === 'public') c.var.hooks.onPublicChange?.(publicChange.dataset(dataset.slug, what));
}

export const datasetVersionRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/{slug}/versions',
      tags: ['Datasets'],
      summary: 'List the versions of a dataset',
      description: 'Newest first, with replicas and the model versions that used each.',
      request: { params: DatasetParamSchema, query: PaginationQuerySchema },
      responses: {
        200: { description: 'A page of versions.', ...json(DatasetVersionListSchema) },
        ...E.badRequest,
        ...E.notFound,
      },
    }),
    async (c) => {
      const { slug } = c.req.valid('param');
      const query = c.req.valid('query');
      const dataset = await loadDataset(c, slug);
      const after = readCursor(query.cursor, 2);
      const limit = pageLimit(query.limit, c.var.config.pageSize);
      const [page, total] = await Promise.all([
        listDatasetVersions(c.var.db, dataset.id, { limit, after }),
        countDatasetVersions(c.var.db, dataset.id),
      ]);
      return c.json(
        {
          items: await datasetVersionResponses(c.var, dataset, page.items, viewerOf(c.get('auth'))),
          nextCursor: page.next ? encodeCursor(page.next) : null,
          total,
        },
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/{slug}/versions/{version}',
      tags: ['Datasets'],
      summary: 'Get one dataset version',
      request: { params: DatasetVersionParamSchema },
      responses: {
        200: { description: 'The version.', ...json(DatasetVersionSchema) },
        ...E.badRequest,
        ...E.notFound,
      },
    }),
    async (c) => {
      const { slug, version: label } = c.req.valid('param');
      const { dataset, version } = await loadDatasetVersion(c, slug, label);
      const [response] = await datasetVersionResponses(c.var, dataset, [version], viewerOf(c.get('auth')));
      return c.json(response!, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/{slug}/versions',
      tags: ['Datasets'],
      summary: 'Register a dataset version',
      description:
        'Records a new immutable snapshot: exact size in bytes, file count, manifest checksum, what produced it and at least one replica. ' +
        "The label is yours (e.g. `v3`, `mc23a`) and unique per dataset. Needs `write` and the dataset's group, or `admin`.",
      security: bearerSecurity,
      middleware: [requireScope('write')] as const,
      request: { params: DatasetParamSchema, body: { required: true, ...json(DatasetVersionCreateSchema) } },
      responses: {
        201: { description: 'Created; `Location` names the version.', ...json(DatasetVersionSchema) },
        ...writeErrorResponses,
        ...E.notFound,
        ...E.conflict,
      },
    }),
    async (c) => {
      const { slug } = c.req.valid('param');
      const body = c.req.valid('json');
      const auth = callerOf(c);
      const dataset = await loadDataset(c, slug);
      assertCanWrite(auth, dataset, 'dataset');
      const now = new Date();
      const version = await insertDatasetVersion(
        c.var.db,
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
      announce(c, dataset, `version ${version.version} registered`);
      const [response] = await datasetVersionResponses(c.var, dataset, [version], viewerOf(c.get('auth')));
      c.header('Location', `/api/datasets/${slug}/versions/${encodeURIComponent(version.version)}`);
      return c.json(response!, 201);
    },
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/{slug}/versions/{version}',
      tags: ['Datasets'],
      summary: "Change a dataset version's description",
      description:
        'Size, file count and replicas identify the data and do not change; description, checksum and producer may be corrected.',
      security: bearerSecurity,
      middleware: [requireScope('write')] as const,
      request: { params: DatasetVersionParamSchema, body: { required: true, ...json(DatasetVersionPatchSchema) } },
      responses: {
        200: { description: 'The changed version.', ...json(DatasetVersionSchema) },
        ...writeErrorResponses,
        ...E.notFound,
      },
    }),
    async (c) => {
      const { slug, version: label } = c.req.valid('param');
      const patch = c.req.valid('json');
      const { dataset, version } = await loadDatasetVersion(c, slug, label);
      assertCanWrite(callerOf(c), dataset, 'dataset');
      const { description, ...rest } = patch;
      const updated = await updateDatasetVersion(c.var.db, version.id, {
        ...rest,
        ...(description === undefined ? {} : { descriptionMd: description }),
      });
      announce(c, dataset, `version ${label} changed`);
      const [response] = await datasetVersionResponses(c.var, dataset, [updated ?? version], viewerOf(c.get('auth')));
      return c.json(response!, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/{slug}/versions/{version}/replicas',
      tags: ['Datasets'],
      summary: 'Add a replica to a dataset version',
      security: bearerSecurity,
      middleware: [requireScope('write')] as const,
      request: { params: DatasetVersionParamSchema, body: { required: true, ...json(ReplicaInputSchema) } },
      responses: {
        201: { description: 'Added; the version with all its replicas.', ...json(DatasetVersionSchema) },
        ...E.badRequest,
        ...E.unauthorized,
        ...E.forbidden,
        ...E.notFound,
        ...E.conflict,
      },
    }),
    async (c) => {
      const { slug, version: label } = c.req.valid('param');
      const body = c.req.valid('json');
      const { dataset, version } = await loadDatasetVersion(c, slug, label);
      assertCanWrite(callerOf(c), dataset, 'dataset');
      const replica = await insertReplica(c.var.db, {
        datasetVersionId: version.id,
        uri: body.uri,
        location: body.location ?? null,
      });
      if (!replica) throw new ApiError(409, 'conflict', `Version "${label}" already lists the replica ${body.uri}.`);
      announce(c, dataset, `version ${label} replica added`);
      const [response] = await datasetVersionResponses(c.var, dataset, [version], viewerOf(c.get('auth')));
      c.header('Location', `/api/datasets/${slug}/versions/${encodeURIComponent(label)}`);
      return c.json(response!, 201);
    },
  );

import { createRoute } from '@hono/zod-openapi';
import { callerOf, requireScope } from '../../middleware/auth';
import { bearerSecurity, createRouter, publicSecurity } from '../../router';
import { viewerOf } from '../../services/catalog-access';
import {
  addDatasetReplica,
  changeDatasetVersion,
  getDatasetVersion,
  listVersionsOfDataset,
  registerDatasetVersion,
} from '../../services/dataset-versions';
import { json } from '../../contract/json-content';
import { errorResponses as E, PaginationQuerySchema, writeErrorResponses } from '../../contract/shared-schema';
import {
  DatasetParamSchema,
  DatasetVersionCreateSchema,
  DatasetVersionListSchema,
  DatasetVersionParamSchema,
  DatasetVersionPatchSchema,
  DatasetVersionSchema,
  ReplicaInputSchema,
} from '../../contract/datasets/schema';

export const datasetVersionRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/{slug}/versions',
      operationId: 'listDatasetVersions',
      security: publicSecurity,
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
      return c.json(await listVersionsOfDataset(c.var, viewerOf(c.get('auth')), slug, query), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/{slug}/versions/{version}',
      operationId: 'getDatasetVersion',
      security: publicSecurity,
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
      return c.json(await getDatasetVersion(c.var, viewerOf(c.get('auth')), slug, label), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/{slug}/versions',
      operationId: 'createDatasetVersion',
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
      const response = await registerDatasetVersion(c.var, callerOf(c), slug, c.req.valid('json'));
      c.header('Location', `/api/datasets/${slug}/versions/${encodeURIComponent(response.version)}`);
      return c.json(response, 201);
    },
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/{slug}/versions/{version}',
      operationId: 'updateDatasetVersion',
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
      return c.json(await changeDatasetVersion(c.var, callerOf(c), slug, label, c.req.valid('json')), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/{slug}/versions/{version}/replicas',
      operationId: 'addDatasetReplica',
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
      const response = await addDatasetReplica(c.var, callerOf(c), slug, label, c.req.valid('json'));
      c.header('Location', `/api/datasets/${slug}/versions/${encodeURIComponent(label)}`);
      return c.json(response, 201);
    },
  );

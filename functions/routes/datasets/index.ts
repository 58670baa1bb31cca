import { createRoute } from '@hono/zod-openapi';
import { callerOf, requireScope } from '../../middleware/auth';
import { bearerSecurity, createRouter, publicSecurity } from '../../router';
import { viewerOf } from '../../services/catalog-access';
import { changeDataset, getDataset, listDatasets, registerDataset } from '../../services/datasets';
import { json } from '../../contract/json-content';
import { errorResponses as E, writeErrorResponses } from '../../contract/shared-schema';
import {
  DatasetCreateSchema,
  DatasetListQuerySchema,
  DatasetListSchema,
  DatasetParamSchema,
  DatasetPatchSchema,
  DatasetSchema,
} from '../../contract/datasets/schema';
import { datasetVersionRoutes } from './versions';

export const datasetRoutes = createRouter();

datasetRoutes
  .openapi(
    createRoute({
      method: 'get',
      path: '/',
      operationId: 'listDatasets',
      security: publicSecurity,
      tags: ['Datasets'],
      summary: 'List datasets',
      description:
        "Datasets you may see (public ones, plus your group's internal ones), filtered and sorted, with cursor pagination.",
      request: { query: DatasetListQuerySchema },
      responses: { 200: { description: 'A page of datasets.', ...json(DatasetListSchema) }, ...E.badRequest },
    }),
    async (c) => {
      const query = c.req.valid('query');
      return c.json(await listDatasets(c.var, viewerOf(c.get('auth')), query), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/{slug}',
      operationId: 'getDataset',
      security: publicSecurity,
      tags: ['Datasets'],
      summary: 'Get one dataset',
      request: { params: DatasetParamSchema },
      responses: { 200: { description: 'The dataset.', ...json(DatasetSchema) }, ...E.badRequest, ...E.notFound },
    }),
    async (c) => {
      return c.json(await getDataset(c.var, viewerOf(c.get('auth')), c.req.valid('param').slug), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/',
      operationId: 'createDataset',
      tags: ['Datasets'],
      summary: 'Register a dataset',
      description:
        "Describes a dataset (the hub never stores data). Needs `write`; the owner is the token's group (admins may name another). Add versions with `POST /api/datasets/{slug}/versions`.",
      security: bearerSecurity,
      middleware: [requireScope('write')] as const,
      request: { body: { required: true, ...json(DatasetCreateSchema) } },
      responses: {
        201: { description: 'Created.', ...json(DatasetSchema) },
        ...writeErrorResponses,
        ...E.conflict,
      },
    }),
    async (c) => {
      const dataset = await registerDataset(c.var, callerOf(c), c.req.valid('json'));
      c.header('Location', `/api/datasets/${dataset.slug}`);
      return c.json(dataset, 201);
    },
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/{slug}',
      operationId: 'updateDataset',
      tags: ['Datasets'],
      summary: 'Change a dataset',
      description: "Changes the fields sent. Needs `write` and the dataset's group, or `admin`.",
      security: bearerSecurity,
      middleware: [requireScope('write')] as const,
      request: { params: DatasetParamSchema, body: { required: true, ...json(DatasetPatchSchema) } },
      responses: {
        200: { description: 'The changed dataset.', ...json(DatasetSchema) },
        ...writeErrorResponses,
        ...E.notFound,
        ...E.conflict,
      },
    }),
    async (c) => {
      const { slug } = c.req.valid('param');
      return c.json(await changeDataset(c.var, callerOf(c), slug, c.req.valid('json')), 200);
    },
  );

datasetRoutes.route('/', datasetVersionRoutes);

import { createRoute } from '@hono/zod-openapi';
import { callerOf, requireScope } from '../../middleware/auth';
import { bearerSecurity, createRouter } from '../../router';
import { json } from '../../contract/json-content';
import { errorResponse, errorResponses as E, writeErrorResponses } from '../../contract/shared-schema';
import {
  ArchiveBodySchema,
  DELETE_CONFLICT_DESCRIPTION,
  DeleteQuerySchema,
} from '../../contract/lifecycle-archive/schema';
import { ModelParamSchema, ModelSchema, ModelVersionSchema, VersionParamSchema } from '../../contract/models/schema';
import {
  DatasetParamSchema,
  DatasetSchema,
  DatasetVersionParamSchema,
  DatasetVersionSchema,
} from '../../contract/datasets/schema';
import {
  deleteDataset,
  deleteDatasetVersion,
  deleteModel,
  deleteModelVersion,
  setDatasetArchived,
  setDatasetVersionArchived,
  setModelArchived,
  setModelVersionArchived,
  type ArchiveAction,
} from '../../services/lifecycle-archive';

const ARCHIVE_TEXT: Record<ArchiveAction, string> = {
  archive:
    'Hides it from lists, facets, search, sitemaps and the home page; it stays resolvable by URL and API, shown as archived ' +
    '(`archivedAt`, `archivedBy`). Archiving an archived entry changes nothing.',
  unarchive:
    'Brings an archived entry back into lists and search. Unarchiving an entry that is not archived changes nothing.',
};
const AUTH_TEXT =
  " Needs `write` and the owner group's token, or `admin`. Recorded as a timeline event and an audit record.";
const reasonOf = (body: { reason?: string | undefined } | undefined) => body?.reason ?? null;
const deleteResponses = {
  204: { description: 'Deleted.' },
  ...E.badRequest,
  ...E.unauthorized,
  ...E.forbidden,
  ...E.notFound,
  409: errorResponse(DELETE_CONFLICT_DESCRIPTION),
};

/** `POST …/archive`, `POST …/unarchive` and `DELETE` for models and their versions (mounted at /api/models). */
export const modelArchiveRoutes = createRouter();
/** The same for datasets and their versions (mounted at /api/datasets). */
export const datasetArchiveRoutes = createRouter();

for (const action of ['archive', 'unarchive'] as const) {
  const Action = action === 'archive' ? 'Archive' : 'Unarchive';
  modelArchiveRoutes
    .openapi(
      createRoute({
        method: 'post',
        path: `/{slug}/${action}`,
        operationId: `${action}Model`,
        tags: ['Models'],
        summary: `${Action} a model`,
        description: ARCHIVE_TEXT[action] + AUTH_TEXT,
        security: bearerSecurity,
        middleware: [requireScope('write')] as const,
        request: { params: ModelParamSchema, body: { required: false, ...json(ArchiveBodySchema) } },
        responses: { 200: { description: 'The model.', ...json(ModelSchema) }, ...writeErrorResponses, ...E.notFound },
      }),
      async (c) => {
        const { slug } = c.req.valid('param');
        const reason = reasonOf(c.req.valid('json'));
        return c.json(await setModelArchived(c.var, callerOf(c), slug, action, reason), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: `/{slug}/versions/{version}/${action}`,
        operationId: `${action}ModelVersion`,
        tags: ['Model versions'],
        summary: `${Action} a model version`,
        description:
          ARCHIVE_TEXT[action] + ' An archived version is left out of version lists and of `@latest`.' + AUTH_TEXT,
        security: bearerSecurity,
        middleware: [requireScope('write')] as const,
        request: { params: VersionParamSchema, body: { required: false, ...json(ArchiveBodySchema) } },
        responses: {
          200: { description: 'The version.', ...json(ModelVersionSchema) },
          ...writeErrorResponses,
          ...E.notFound,
        },
      }),
      async (c) => {
        const { slug, version } = c.req.valid('param');
        const reason = reasonOf(c.req.valid('json'));
        return c.json(await setModelVersionArchived(c.var, callerOf(c), slug, version, action, reason), 200);
      },
    );
  datasetArchiveRoutes
    .openapi(
      createRoute({
        method: 'post',
        path: `/{slug}/${action}`,
        operationId: `${action}Dataset`,
        tags: ['Datasets'],
        summary: `${Action} a dataset`,
        description: ARCHIVE_TEXT[action] + AUTH_TEXT,
        security: bearerSecurity,
        middleware: [requireScope('write')] as const,
        request: { params: DatasetParamSchema, body: { required: false, ...json(ArchiveBodySchema) } },
        responses: {
          200: { description: 'The dataset.', ...json(DatasetSchema) },
          ...writeErrorResponses,
          ...E.notFound,
        },
      }),
      async (c) => {
        const { slug } = c.req.valid('param');
        const reason = reasonOf(c.req.valid('json'));
        return c.json(await setDatasetArchived(c.var, callerOf(c), slug, action, reason), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: `/{slug}/versions/{version}/${action}`,
        operationId: `${action}DatasetVersion`,
        tags: ['Datasets'],
        summary: `${Action} a dataset version`,
        description: ARCHIVE_TEXT[action] + ' An archived version is left out of version lists.' + AUTH_TEXT,
        security: bearerSecurity,
        middleware: [requireScope('write')] as const,
        request: { params: DatasetVersionParamSchema, body: { required: false, ...json(ArchiveBodySchema) } },
        responses: {
          200: { description: 'The dataset version.', ...json(DatasetVersionSchema) },
          ...writeErrorResponses,
          ...E.notFound,
        },
      }),
      async (c) => {
        const { slug, version } = c.req.valid('param');
        const reason = reasonOf(c.req.valid('json'));
        return c.json(await setDatasetVersionArchived(c.var, callerOf(c), slug, version, action, reason), 200);
      },
    );
}

modelArchiveRoutes
  .openapi(
    createRoute({
      method: 'delete',
      path: '/{slug}',
      operationId: 'deleteModel',
      tags: ['Models'],
      summary: 'Delete a model and its versions',
      description:
        'Deletes the model with its versions, artifacts, metrics and benchmark results; refused (409) while an alias points at ' +
        'one of its versions, a version of another model derives from one, a deployment or HPO trial names one, or a retrain ' +
        'policy belongs to it.' +
        AUTH_TEXT,
      security: bearerSecurity,
      middleware: [requireScope('write')] as const,
      request: { params: ModelParamSchema, query: DeleteQuerySchema },
      responses: deleteResponses,
    }),
    async (c) => {
      await deleteModel(c.var, callerOf(c), c.req.valid('param').slug, c.req.valid('query').reason ?? null);
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/{slug}/versions/{version}',
      operationId: 'deleteModelVersion',
      tags: ['Model versions'],
      summary: 'Delete a model version',
      description:
        'Deletes the version with its artifacts, metrics and benchmark results; refused (409) while an alias points at it ' +
        '(or its history names it), another version derives from it, or a deployment or HPO trial names it.' +
        AUTH_TEXT,
      security: bearerSecurity,
      middleware: [requireScope('write')] as const,
      request: { params: VersionParamSchema, query: DeleteQuerySchema },
      responses: deleteResponses,
    }),
    async (c) => {
      const { slug, version } = c.req.valid('param');
      await deleteModelVersion(c.var, callerOf(c), slug, version, c.req.valid('query').reason ?? null);
      return c.body(null, 204);
    },
  );

datasetArchiveRoutes
  .openapi(
    createRoute({
      method: 'delete',
      path: '/{slug}',
      operationId: 'deleteDataset',
      tags: ['Datasets'],
      summary: 'Delete a dataset and its versions',
      description:
        'Deletes the dataset record with its versions and replicas (never the data); refused (409) while a model version ' +
        'names one of its versions as training or evaluation data, a metric was measured on one, or a retrain policy watches it.' +
        AUTH_TEXT,
      security: bearerSecurity,
      middleware: [requireScope('write')] as const,
      request: { params: DatasetParamSchema, query: DeleteQuerySchema },
      responses: deleteResponses,
    }),
    async (c) => {
      await deleteDataset(c.var, callerOf(c), c.req.valid('param').slug, c.req.valid('query').reason ?? null);
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/{slug}/versions/{version}',
      operationId: 'deleteDatasetVersion',
      tags: ['Datasets'],
      summary: 'Delete a dataset version',
      description:
        'Deletes the version record and its replicas; refused (409) while a model version names it as its data or a metric ' +
        'was measured on it.' +
        AUTH_TEXT,
      security: bearerSecurity,
      middleware: [requireScope('write')] as const,
      request: { params: DatasetVersionParamSchema, query: DeleteQuerySchema },
      responses: deleteResponses,
    }),
    async (c) => {
      const { slug, version } = c.req.valid('param');
      await deleteDatasetVersion(c.var, callerOf(c), slug, version, c.req.valid('query').reason ?? null);
      return c.body(null, 204);
    },
  );

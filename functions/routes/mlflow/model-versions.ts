/** MLflow's model-version endpoints (paths and methods from model_registry.proto). */
import { createRoute } from '@hono/zod-openapi';
import { json } from '../../contract/json-content';
import {
  CreateModelVersionSchema,
  DeleteModelVersionTagSchema,
  DownloadUriSchema,
  EmptySchema,
  ModelVersionResponseSchema,
  readErrors,
  SearchModelVersionsResponseSchema,
  SearchQuerySchema,
  SetModelVersionTagSchema,
  UpdateModelVersionSchema,
  VersionRefSchema,
  writeErrors,
} from '../../contract/mlflow/schema';
import { callerOf, requireScope } from '../../middleware/auth';
import {
  createModelVersion,
  deleteModelVersion,
  deleteModelVersionTag,
  getDownloadUri,
  getModelVersion,
  setModelVersionTag,
  updateModelVersion,
} from '../../services/mlflow/model-versions';
import { searchModelVersions } from '../../services/mlflow/search';
import { createMlflowRouter, mlflowWriteSecurity as security, TAGS } from './router';

const body = <T>(schema: T) => ({ body: { required: true as const, ...json(schema) } });
const write = { security, middleware: [requireScope('write')] };
const ok = <T>(description: string, schema: T) => ({ 200: { description, ...json(schema) } });
const tags = TAGS.versions;

export const mlflowModelVersionRoutes = createMlflowRouter()
  .openapi(
    createRoute({
      method: 'post',
      path: '/model-versions/create',
      operationId: 'mlflowCreateModelVersion',
      tags,
      summary: 'Register a version (a hub version whose artifact is `source`)',
      description:
        '`source` must be a storage URI (s3://, root://, https://, …); `runs:/` and `models:/` URIs need a tracking server and are refused with `INVALID_PARAMETER_VALUE`. ' +
        'The version is `READY` at once, numbered by the hub, and logged as `model.version.registered`.',
      ...write,
      request: body(CreateModelVersionSchema),
      responses: { ...ok('Created.', ModelVersionResponseSchema), ...writeErrors },
    }),
    async (c) => c.json({ model_version: await createModelVersion(c.var, callerOf(c), c.req.valid('json')) }, 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/model-versions/get',
      operationId: 'mlflowGetModelVersion',
      tags,
      summary: 'Get a model version',
      security: [],
      request: { query: VersionRefSchema },
      responses: { ...ok('The version.', ModelVersionResponseSchema), ...readErrors },
    }),
    async (c) => c.json({ model_version: await getModelVersion(c.var, c.get('auth'), c.req.valid('query')) }, 200),
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/model-versions/update',
      operationId: 'mlflowUpdateModelVersion',
      tags,
      summary: "Update a version's description (its release notes)",
      ...write,
      request: body(UpdateModelVersionSchema),
      responses: { ...ok('Updated.', ModelVersionResponseSchema), ...writeErrors },
    }),
    async (c) => c.json({ model_version: await updateModelVersion(c.var, callerOf(c), c.req.valid('json')) }, 200),
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/model-versions/delete',
      operationId: 'mlflowDeleteModelVersion',
      tags,
      summary: 'Delete a model version',
      description:
        'Refused with `INVALID_PARAMETER_VALUE` while something depends on it (an alias now or in the history, a deployment, a benchmark result, a fine-tuned child).',
      ...write,
      request: body(VersionRefSchema),
      responses: { ...ok('Deleted.', EmptySchema), ...writeErrors },
    }),
    async (c) => {
      await deleteModelVersion(c.var, callerOf(c), c.req.valid('json'));
      return c.json({}, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/model-versions/search',
      operationId: 'mlflowSearchModelVersions',
      tags,
      summary: 'Search model versions',
      description:
        'Filters: `name`, `run_id` (also `IN`), `source_path`, `version_number`, `tags.<key>`, joined with `AND`. `max_results` default 10000, at most 200000; the hub answers at most 100 per page and gives `next_page_token` for the rest.',
      security: [],
      request: { query: SearchQuerySchema },
      responses: { ...ok('A page of versions.', SearchModelVersionsResponseSchema), ...readErrors },
    }),
    async (c) => c.json(await searchModelVersions(c.var, c.get('auth'), c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/model-versions/get-download-uri',
      operationId: 'mlflowGetModelVersionDownloadUri',
      tags,
      summary: "Where a version's files are (its source)",
      security: [],
      request: { query: VersionRefSchema },
      responses: { ...ok('The URI.', DownloadUriSchema), ...readErrors },
    }),
    async (c) => c.json({ artifact_uri: await getDownloadUri(c.var, c.get('auth'), c.req.valid('query')) }, 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/model-versions/set-tag',
      operationId: 'mlflowSetModelVersionTag',
      tags,
      summary: 'Set a model-version tag',
      ...write,
      request: body(SetModelVersionTagSchema),
      responses: { ...ok('Set.', EmptySchema), ...writeErrors },
    }),
    async (c) => {
      await setModelVersionTag(c.var, callerOf(c), c.req.valid('json'));
      return c.json({}, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/model-versions/delete-tag',
      operationId: 'mlflowDeleteModelVersionTag',
      tags,
      summary: 'Delete a model-version tag',
      ...write,
      request: body(DeleteModelVersionTagSchema),
      responses: { ...ok('Deleted (or was not there).', EmptySchema), ...writeErrors },
    }),
    async (c) => {
      await deleteModelVersionTag(c.var, callerOf(c), c.req.valid('json'));
      return c.json({}, 200);
    },
  );

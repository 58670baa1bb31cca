/** MLflow's registered-model endpoints (paths and methods from model_registry.proto). */
import { createRoute } from '@hono/zod-openapi';
import { json } from '../../contract/json-content';
import {
  AliasRefSchema,
  CreateRegisteredModelSchema,
  DeleteRegisteredModelTagSchema,
  EmptySchema,
  LatestVersionsQuerySchema,
  LatestVersionsSchema,
  ModelVersionListSchema,
  ModelVersionResponseSchema,
  NameOnlySchema,
  readErrors,
  RegisteredModelResponseSchema,
  RenameRegisteredModelSchema,
  SearchQuerySchema,
  SearchRegisteredModelsResponseSchema,
  SetAliasSchema,
  SetRegisteredModelTagSchema,
  UpdateRegisteredModelSchema,
  writeErrors,
} from '../../contract/mlflow/schema';
import { callerOf, requireScope } from '../../middleware/auth';
import {
  createRegisteredModel,
  deleteRegisteredModel,
  deleteRegisteredModelAlias,
  deleteRegisteredModelTag,
  getLatestVersions,
  getModelVersionByAlias,
  getRegisteredModel,
  renameRegisteredModel,
  setRegisteredModelAlias,
  setRegisteredModelTag,
  updateRegisteredModel,
} from '../../services/mlflow/registered-models';
import { searchRegisteredModels } from '../../services/mlflow/search';
import { createMlflowRouter, mlflowWriteSecurity as security, TAGS } from './router';

const body = <T>(schema: T) => ({ body: { required: true as const, ...json(schema) } });
const write = { security, middleware: [requireScope('write')] };
const ok = <T>(description: string, schema: T) => ({ 200: { description, ...json(schema) } });
const tags = TAGS.models;

export const mlflowRegisteredModelRoutes = createMlflowRouter()
  .openapi(
    createRoute({
      method: 'post',
      path: '/registered-models/create',
      operationId: 'mlflowCreateRegisteredModel',
      tags,
      summary: 'Create a registered model (a hub model)',
      description:
        "MLflow `CreateRegisteredModel`. The model is owned by the token's group, public, task `other`; the description becomes its card. " +
        'A name that is not a slug gets a slugified slug and keeps its exact MLflow name.',
      ...write,
      request: body(CreateRegisteredModelSchema),
      responses: { ...ok('Created.', RegisteredModelResponseSchema), ...writeErrors },
    }),
    async (c) =>
      c.json({ registered_model: await createRegisteredModel(c.var, callerOf(c), c.req.valid('json')) }, 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/registered-models/get',
      operationId: 'mlflowGetRegisteredModel',
      tags,
      summary: 'Get a registered model',
      security: [],
      request: { query: NameOnlySchema },
      responses: { ...ok('The model.', RegisteredModelResponseSchema), ...readErrors },
    }),
    async (c) =>
      c.json({ registered_model: await getRegisteredModel(c.var, c.get('auth'), c.req.valid('query').name) }, 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/registered-models/rename',
      operationId: 'mlflowRenameRegisteredModel',
      tags,
      summary: 'Rename a registered model (changes its slug)',
      ...write,
      request: body(RenameRegisteredModelSchema),
      responses: { ...ok('Renamed.', RegisteredModelResponseSchema), ...writeErrors },
    }),
    async (c) =>
      c.json({ registered_model: await renameRegisteredModel(c.var, callerOf(c), c.req.valid('json')) }, 200),
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/registered-models/update',
      operationId: 'mlflowUpdateRegisteredModel',
      tags,
      summary: "Update a registered model's description (its card)",
      ...write,
      request: body(UpdateRegisteredModelSchema),
      responses: { ...ok('Updated.', RegisteredModelResponseSchema), ...writeErrors },
    }),
    async (c) =>
      c.json({ registered_model: await updateRegisteredModel(c.var, callerOf(c), c.req.valid('json')) }, 200),
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/registered-models/delete',
      operationId: 'mlflowDeleteRegisteredModel',
      tags,
      summary: 'Delete a registered model and its versions',
      description:
        'Refused with `INVALID_PARAMETER_VALUE` while a version has dependents (an alias now or in the history, a deployment, a benchmark result, a fine-tuned child). The body is JSON, as MLflow sends it.',
      ...write,
      request: body(NameOnlySchema),
      responses: { ...ok('Deleted.', EmptySchema), ...writeErrors },
    }),
    async (c) => {
      await deleteRegisteredModel(c.var, callerOf(c), c.req.valid('json').name);
      return c.json({}, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/registered-models/search',
      operationId: 'mlflowSearchRegisteredModels',
      tags,
      summary: 'Search registered models',
      description:
        'Filters: `name` (`=`, `!=`, `LIKE`, `ILIKE`), `tags.<key>`, joined with `AND`. `max_results` default 100, at most 1000; the hub answers at most 100 per page and gives `next_page_token` for the rest.',
      security: [],
      request: { query: SearchQuerySchema },
      responses: { ...ok('A page of models.', SearchRegisteredModelsResponseSchema), ...readErrors },
    }),
    async (c) => c.json(await searchRegisteredModels(c.var, c.get('auth'), c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/registered-models/get-latest-versions',
      operationId: 'mlflowGetLatestVersions',
      tags,
      summary: 'Latest version per stage (stages read the staging/production aliases)',
      description:
        "`Production`/`Staging`: the version the `production`/`staging` alias points at; `None`: the newest ready version neither points at; `Archived`: none. A read, sent as POST by MLflow's client.",
      security: [],
      request: body(LatestVersionsSchema),
      responses: { ...ok('The versions.', ModelVersionListSchema), ...readErrors },
    }),
    async (c) => c.json({ model_versions: await getLatestVersions(c.var, c.get('auth'), c.req.valid('json')) }, 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/registered-models/get-latest-versions',
      operationId: 'mlflowGetLatestVersionsGet',
      tags,
      summary: 'Latest version per stage (query form)',
      security: [],
      request: { query: LatestVersionsQuerySchema },
      responses: { ...ok('The versions.', ModelVersionListSchema), ...readErrors },
    }),
    async (c) => c.json({ model_versions: await getLatestVersions(c.var, c.get('auth'), c.req.valid('query')) }, 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/registered-models/set-tag',
      operationId: 'mlflowSetRegisteredModelTag',
      tags,
      summary: 'Set a registered-model tag',
      ...write,
      request: body(SetRegisteredModelTagSchema),
      responses: { ...ok('Set.', EmptySchema), ...writeErrors },
    }),
    async (c) => {
      await setRegisteredModelTag(c.var, callerOf(c), c.req.valid('json'));
      return c.json({}, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/registered-models/delete-tag',
      operationId: 'mlflowDeleteRegisteredModelTag',
      tags,
      summary: 'Delete a registered-model tag',
      ...write,
      request: body(DeleteRegisteredModelTagSchema),
      responses: { ...ok('Deleted (or was not there).', EmptySchema), ...writeErrors },
    }),
    async (c) => {
      await deleteRegisteredModelTag(c.var, callerOf(c), c.req.valid('json'));
      return c.json({}, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/registered-models/alias',
      operationId: 'mlflowSetRegisteredModelAlias',
      tags,
      summary: 'Point an alias at a version (a hub alias move)',
      description:
        'Protected aliases and `production` need the `maintainer` scope (`PERMISSION_DENIED` otherwise). The move is recorded in the alias history and as a `model.alias.moved` event.',
      ...write,
      request: body(SetAliasSchema),
      responses: { ...ok('Set.', EmptySchema), ...writeErrors },
    }),
    async (c) => {
      await setRegisteredModelAlias(c.var, callerOf(c), c.req.valid('json'));
      return c.json({}, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/registered-models/alias',
      operationId: 'mlflowDeleteRegisteredModelAlias',
      tags,
      summary: 'Delete an alias',
      ...write,
      request: body(AliasRefSchema),
      responses: { ...ok('Deleted (or was not there).', EmptySchema), ...writeErrors },
    }),
    async (c) => {
      await deleteRegisteredModelAlias(c.var, callerOf(c), c.req.valid('json'));
      return c.json({}, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/registered-models/alias',
      operationId: 'mlflowGetModelVersionByAlias',
      tags,
      summary: 'The version an alias points at',
      security: [],
      request: { query: AliasRefSchema },
      responses: { ...ok('The version.', ModelVersionResponseSchema), ...readErrors },
    }),
    async (c) =>
      c.json({ model_version: await getModelVersionByAlias(c.var, c.get('auth'), c.req.valid('query')) }, 200),
  );

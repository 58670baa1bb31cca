import { createRoute } from '@hono/zod-openapi';
import { callerOf, requireScope } from '../../middleware/auth';
import { bearerSecurity, createRouter, publicSecurity } from '../../router';
import { viewerOf } from '../../services/catalog-access';
import { unprocessableResponse } from '../../contract/catalog-schema';
import { json } from '../../contract/json-content';
import { errorResponses as E, writeErrorResponses } from '../../contract/shared-schema';
import {
  ArtifactInputSchema,
  MetricInputSchema,
  ModelParamSchema,
  ModelVersionSchema,
  VersionCreateSchema,
  VersionListQuerySchema,
  VersionListSchema,
  VersionParamSchema,
  VersionPatchSchema,
} from '../../contract/models/schema';
import {
  addVersionArtifacts,
  addVersionMetrics,
  changeVersion,
  getVersion,
  listVersions,
  registerVersion,
} from '../../services/model-versions';

const ArtifactsBodySchema = ArtifactInputSchema.array().min(1).max(20);

export const modelVersionRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/{slug}/versions',
      operationId: 'listModelVersions',
      security: publicSecurity,
      tags: ['Model versions'],
      summary: 'List the versions of a model',
      description: 'Newest first by default, each with artifacts, metrics, datasets, lineage and aliases.',
      request: { params: ModelParamSchema, query: VersionListQuerySchema },
      responses: {
        200: { description: 'A page of versions.', ...json(VersionListSchema) },
        ...E.badRequest,
        ...E.notFound,
      },
    }),
    async (c) => {
      const { slug } = c.req.valid('param');
      return c.json(await listVersions(c.var, viewerOf(c.get('auth')), slug, c.req.valid('query')), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/{slug}/versions/{version}',
      operationId: 'getModelVersion',
      security: publicSecurity,
      tags: ['Model versions'],
      summary: 'Get one model version',
      request: { params: VersionParamSchema },
      responses: { 200: { description: 'The version.', ...json(ModelVersionSchema) }, ...E.badRequest, ...E.notFound },
    }),
    async (c) => {
      const { slug, version: number } = c.req.valid('param');
      return c.json(await getVersion(c.var, viewerOf(c.get('auth')), slug, number), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/{slug}/versions',
      operationId: 'createModelVersion',
      tags: ['Model versions'],
      summary: 'Register a model version',
      description:
        'The hub assigns the number (1, 2, 3 …, never reused, also under concurrent registration) and answers 201 with `Location`. ' +
        'Artifacts, hyper-parameters, metrics, dataset links, parent and training job are stored in the same transaction, ' +
        "with a `model.version.registered` event on the model's lifecycle timeline. " +
        "Needs `write` and the model's group, or `admin`. Dataset versions and the parent must exist (422 otherwise).",
      security: bearerSecurity,
      middleware: [requireScope('write')] as const,
      request: { params: ModelParamSchema, body: { required: true, ...json(VersionCreateSchema) } },
      responses: {
        201: { description: 'Registered; `Location` names the version.', ...json(ModelVersionSchema) },
        ...writeErrorResponses,
        ...E.notFound,
        ...unprocessableResponse,
      },
    }),
    async (c) => {
      const { slug } = c.req.valid('param');
      const version = await registerVersion(c.var, callerOf(c), slug, c.req.valid('json'));
      c.header('Location', `/api/models/${slug}/versions/${version.version}`);
      return c.json(version, 201);
    },
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/{slug}/versions/{version}',
      operationId: 'updateModelVersion',
      tags: ['Model versions'],
      summary: "Change a version's status, notes or training job",
      description:
        'E.g. `{"status": "ready"}` once CI finished uploading. Artifacts and metrics are added with their own endpoints.',
      security: bearerSecurity,
      middleware: [requireScope('write')] as const,
      request: { params: VersionParamSchema, body: { required: true, ...json(VersionPatchSchema) } },
      responses: {
        200: { description: 'The changed version.', ...json(ModelVersionSchema) },
        ...writeErrorResponses,
        ...E.notFound,
      },
    }),
    async (c) => {
      const { slug, version: number } = c.req.valid('param');
      return c.json(await changeVersion(c.var, callerOf(c), slug, number, c.req.valid('json')), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/{slug}/versions/{version}/artifacts',
      operationId: 'addModelArtifacts',
      tags: ['Model versions'],
      summary: 'Add artifacts to a version',
      description:
        'For CI that registers a version first and uploads artifacts afterwards. Names must be new within the version.',
      security: bearerSecurity,
      middleware: [requireScope('write')] as const,
      request: { params: VersionParamSchema, body: { required: true, ...json(ArtifactsBodySchema) } },
      responses: {
        201: { description: 'Added; the version with all its artifacts.', ...json(ModelVersionSchema) },
        ...E.badRequest,
        ...E.unauthorized,
        ...E.forbidden,
        ...E.notFound,
        ...E.conflict,
      },
    }),
    async (c) => {
      const { slug, version: number } = c.req.valid('param');
      const version = await addVersionArtifacts(c.var, callerOf(c), slug, number, c.req.valid('json'));
      c.header('Location', `/api/models/${slug}/versions/${number}`);
      return c.json(version, 201);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/{slug}/versions/{version}/metrics',
      operationId: 'addModelMetrics',
      tags: ['Model versions'],
      summary: 'Add metrics to a version',
      description: 'For evaluations that run after registration. Dataset versions must exist (422 otherwise).',
      security: bearerSecurity,
      middleware: [requireScope('write')] as const,
      request: {
        params: VersionParamSchema,
        body: { required: true, ...json(MetricInputSchema.array().min(1).max(200)) },
      },
      responses: {
        201: { description: 'Added; the version with all its metrics.', ...json(ModelVersionSchema) },
        ...E.badRequest,
        ...E.unauthorized,
        ...E.forbidden,
        ...E.notFound,
        ...unprocessableResponse,
      },
    }),
    async (c) => {
      const { slug, version: number } = c.req.valid('param');
      const version = await addVersionMetrics(c.var, callerOf(c), slug, number, c.req.valid('json'));
      c.header('Location', `/api/models/${slug}/versions/${number}`);
      return c.json(version, 201);
    },
  );

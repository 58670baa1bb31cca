import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppEnv } from '../../env';
import { validationError } from '../../errors';
import { callerOf, requireScope } from '../../middleware/auth';
import { bearerSecurity, createRouter, publicSecurity } from '../../router';
import { viewerOf } from '../../services/catalog-access';
import { json } from '../../contract/json-content';
import { errorResponses as E, writeErrorResponses } from '../../contract/shared-schema';
import { modelAliasRoutes } from './aliases';
import { modelDeploymentRoutes } from './deployments';
import {
  AliasRefParamSchema,
  ModelCreateSchema,
  ModelListQuerySchema,
  ModelListSchema,
  ModelParamSchema,
  ModelPatchSchema,
  ModelSchema,
  ModelVersionSchema,
} from '../../contract/models/schema';
import { changeModel, createModel, getModel, queryModels, resolveModelAlias } from '../../services/models';
import { modelVersionRoutes } from './versions';

export const modelRoutes = createRouter();

async function versionAtAlias(c: Context<AppEnv>, slug: string, alias: string) {
  const version = await resolveModelAlias(c.var, viewerOf(c.get('auth')), slug, alias);
  c.header('Content-Location', `/api/models/${slug}/versions/${version.version}`);
  return c.json(version, 200);
}

// The short form `slug@alias` (in the CLI, pages and scripts people wrote) answers as the documented
// `/{slug}/aliases/{alias}/version`; it is left out of the document, whose path templates must not overlap.
modelRoutes.get('/:ref{[^/]+(?:@|%40)[^/]+}', async (c) => {
  const ref = c.req.param('ref');
  const at = ref.indexOf('@');
  const parsed = AliasRefParamSchema.safeParse({ slug: ref.slice(0, at), alias: ref.slice(at + 1) });
  if (!parsed.success) throw validationError(parsed.error, 'param');
  return versionAtAlias(c, parsed.data.slug, parsed.data.alias);
});

modelRoutes
  .openapi(
    createRoute({
      method: 'get',
      path: '/',
      operationId: 'listModels',
      security: publicSecurity,
      tags: ['Models'],
      summary: 'List models',
      description:
        "Models you may see (public ones, plus your group's internal ones), filtered and sorted, with cursor pagination. " +
        '`framework`, `format` and `precision` match models with at least one artifact of that kind.',
      request: { query: ModelListQuerySchema },
      responses: { 200: { description: 'A page of models.', ...json(ModelListSchema) }, ...E.badRequest },
    }),
    async (c) => c.json(await queryModels(c.var, viewerOf(c.get('auth')), c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/{slug}',
      operationId: 'getModel',
      security: publicSecurity,
      tags: ['Models'],
      summary: 'Get one model',
      description:
        'The model with its card and aliases. The version an alias points at is ' +
        '`GET /api/models/{slug}/aliases/{alias}/version`.',
      request: { params: ModelParamSchema },
      responses: {
        200: { description: 'The model.', ...json(ModelSchema) },
        ...E.badRequest,
        ...E.notFound,
      },
    }),
    async (c) => c.json(await getModel(c.var, viewerOf(c.get('auth')), c.req.valid('param').slug), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/{slug}/aliases/{alias}/version',
      operationId: 'getModelVersionByAlias',
      security: publicSecurity,
      tags: ['Model aliases'],
      summary: 'Resolve an alias: the version `production` (or any alias) points at',
      description:
        'E.g. `GET /api/models/gn2/aliases/production/version`. `latest` resolves to the newest version whose status is `ready`. ' +
        '`Content-Location` names the version (`/api/models/{slug}/versions/{n}`). ' +
        'The short form `/api/models/gn2@production` answers the same.',
      request: { params: AliasRefParamSchema },
      responses: {
        200: { description: 'The version.', ...json(ModelVersionSchema) },
        ...E.badRequest,
        ...E.notFound,
      },
    }),
    async (c) => {
      const { slug, alias } = c.req.valid('param');
      return versionAtAlias(c, slug, alias);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/',
      operationId: 'createModel',
      tags: ['Models'],
      summary: 'Register a model',
      description:
        "Creates a model (no versions yet). Needs `write`; the owner is the token's group (admins may name another). " +
        'Send a Hugging Face-style `card` to fill the fields from its front matter; fields sent explicitly win.',
      security: bearerSecurity,
      middleware: [requireScope('write')] as const,
      request: { body: { required: true, ...json(ModelCreateSchema) } },
      responses: {
        201: { description: 'Created.', ...json(ModelSchema) },
        ...writeErrorResponses,
        ...E.conflict,
      },
    }),
    async (c) => {
      const model = await createModel(c.var, callerOf(c), c.req.valid('json'));
      c.header('Location', `/api/models/${model.slug}`);
      return c.json(model, 201);
    },
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/{slug}',
      operationId: 'updateModel',
      tags: ['Models'],
      summary: 'Change a model',
      description: "Changes the fields sent. Needs `write` and the model's group, or `admin`.",
      security: bearerSecurity,
      middleware: [requireScope('write')] as const,
      request: { params: ModelParamSchema, body: { required: true, ...json(ModelPatchSchema) } },
      responses: {
        200: { description: 'The changed model.', ...json(ModelSchema) },
        ...writeErrorResponses,
        ...E.notFound,
        ...E.conflict,
      },
    }),
    async (c) => {
      const { slug } = c.req.valid('param');
      return c.json(await changeModel(c.var, callerOf(c), slug, c.req.valid('json')), 200);
    },
  );

modelRoutes.route('/', modelVersionRoutes);
modelRoutes.route('/', modelAliasRoutes);
modelRoutes.route('/', modelDeploymentRoutes);

import { createRoute } from '@hono/zod-openapi';
import { callerOf, requireScope } from '../../middleware/auth';
import { bearerSecurity, createRouter } from '../../router';
import { viewerOf } from '../../services/catalog-access';
import { json } from '../../contract/json-content';
import { errorResponses as E, writeErrorResponses } from '../../contract/shared-schema';
import { modelAliasRoutes } from './aliases';
import { modelDeploymentRoutes } from './deployments';
import {
  ModelCreateSchema,
  ModelListQuerySchema,
  ModelListSchema,
  ModelParamSchema,
  ModelPatchSchema,
  ModelRefParamSchema,
  ModelSchema,
  ModelVersionSchema,
} from '../../contract/models/schema';
import { changeModel, createModel, getModel, queryModels, resolveModelAlias } from '../../services/models';
import { modelVersionRoutes } from './versions';

export const modelRoutes = createRouter();

modelRoutes
  .openapi(
    createRoute({
      method: 'get',
      path: '/',
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
      tags: ['Models'],
      summary: 'Get one model (or resolve slug@alias)',
      description:
        'The model with its card and aliases. With `@alias` appended to the slug (`/api/models/gn2@production`) it answers the version ' +
        'the alias points at instead; see `GET /api/models/{slug}@{alias}`.',
      request: { params: ModelRefParamSchema },
      responses: {
        200: {
          description: 'The model (or, for slug@alias, the version).',
          ...json(ModelSchema.or(ModelVersionSchema)),
        },
        ...E.badRequest,
        ...E.notFound,
      },
    }),
    async (c) => {
      const { slug: ref } = c.req.valid('param');
      const viewer = viewerOf(c.get('auth'));
      const at = ref.indexOf('@');
      if (at < 0) return c.json(await getModel(c.var, viewer, ref), 200);
      // `slug@alias`: the version the alias points at, and where that version lives.
      const slug = ref.slice(0, at);
      const version = await resolveModelAlias(c.var, viewer, slug, ref.slice(at + 1));
      c.header('Content-Location', `/api/models/${slug}/versions/${version.version}`);
      return c.json(version, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/',
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

// Documents the alias form of GET /{slug}, which the handler above serves.
modelRoutes.openAPIRegistry.registerPath({
  method: 'get',
  path: '/{slug}@{alias}',
  tags: ['Models'],
  summary: 'Resolve an alias: the version `production` (or any alias) points at',
  description:
    'E.g. `GET /api/models/gn2@production`. `@latest` resolves to the newest version whose status is `ready`. ' +
    '`Content-Location` names the version (`/api/models/{slug}/versions/{n}`).',
  request: {
    params: ModelParamSchema.extend({
      alias: ModelParamSchema.shape.slug.openapi({ param: { name: 'alias', in: 'path' }, example: 'production' }),
    }),
  },
  responses: { 200: { description: 'The version.', ...json(ModelVersionSchema) }, ...E.badRequest, ...E.notFound },
});

modelRoutes.route('/', modelVersionRoutes);
modelRoutes.route('/', modelAliasRoutes);
modelRoutes.route('/', modelDeploymentRoutes);

import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { isUniqueViolation } from '../../../db/errors';
import { getAlias } from '../../../db/queries/model-aliases';
import { insertModel, updateModel } from '../../../db/queries/models';
import { getLatestReadyVersion, getModelVersionById } from '../../../db/queries/model-versions';
import type { Model } from '../../../db/schema';
import { LATEST_ALIAS } from '../../../src/lib/catalog-vocabulary';
import { encodeCursor } from '../../../src/lib/cursor';
import type { AppEnv } from '../../env';
import { ApiError, notFound } from '../../errors';
import { callerOf, requireScope } from '../../middleware/auth';
import { bearerSecurity, createRouter } from '../../router';
import { assertCanWrite, resolveOwnerGroup, viewerOf } from '../../services/catalog-access';
import { json } from '../../contract/json-content';
import { errorResponses as E, writeErrorResponses } from '../../contract/shared-schema';
import { modelAliasRoutes } from './aliases';
import { mergeModelFields } from './card-merge';
import { modelDeploymentRoutes } from './deployments';
import { announceModel, loadModel } from './load';
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
import { listModelSummaries, modelResponse, versionResponses } from '../../services/models';
import { modelVersionRoutes } from './versions';
import { pageLimit, readCursor } from '../../pagination';

/** `slug@alias`: the version an alias points at (`@latest`: the newest ready version). */
async function resolveAlias(c: Context<AppEnv>, slug: string, alias: string) {
  const model = await loadModel(c, slug);
  const pointer = alias === LATEST_ALIAS ? undefined : await getAlias(c.var.db, model.id, alias);
  const version = pointer
    ? await getModelVersionById(c.var.db, pointer.versionId)
    : alias === LATEST_ALIAS
      ? await getLatestReadyVersion(c.var.db, model.id)
      : undefined;
  if (!version)
    throw notFound(
      alias === LATEST_ALIAS ? `A ready version of model "${slug}"` : `Alias "${alias}" of model "${slug}"`,
    );
  const [response] = await versionResponses(c.var, model, [version], viewerOf(c.get('auth')));
  c.header('Content-Location', `/api/models/${slug}/versions/${version.version}`);
  return response!;
}

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
    async (c) => {
      const query = c.req.valid('query');
      const { config } = c.var;
      const order = query.order ?? (query.sort === 'name' ? 'asc' : 'desc');
      const after = readCursor(query.cursor, 2);
      const viewer = viewerOf(c.get('auth'));
      const { group, task, tag, license, framework, format, precision, q } = query;
      const filters = { group, task, tag, license, framework, format, precision, q };
      const limit = pageLimit(query.limit, config.pageSize);
      const page = await listModelSummaries(c.var, filters, viewer, { sort: query.sort, order, limit, after });
      return c.json(
        { items: page.items, nextCursor: page.next ? encodeCursor(page.next) : null, total: page.total },
        200,
      );
    },
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
      const at = ref.indexOf('@');
      if (at >= 0) return c.json(await resolveAlias(c, ref.slice(0, at), ref.slice(at + 1)), 200);
      return c.json(await modelResponse(c.var, await loadModel(c, ref)), 200);
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
      const { slug, ownerGroup, visibility, card, ...explicit } = c.req.valid('json');
      const auth = callerOf(c);
      const merged = mergeModelFields(explicit, card, {
        tags: [],
        license: null,
        contacts: [],
        datasets: [],
        languages: [],
        library: null,
      });
      const ownerGroupId = await resolveOwnerGroup(c.var.db, auth, ownerGroup, 'model');
      const { datasets, ...fields } = merged.fields;
      const now = new Date();
      const model = await insertModel(c.var.db, {
        slug,
        ...fields,
        cardDatasets: datasets,
        cardMd: merged.card?.body ?? '',
        cardMetadata: merged.card?.metadata ?? {},
        ownerGroupId,
        visibility,
        createdByTokenId: auth.tokenId,
        createdAt: now,
        updatedAt: now,
      });
      if (!model) throw new ApiError(409, 'conflict', `A model with the slug "${slug}" already exists.`, { slug });
      announceModel(c, model, 'created');
      c.header('Location', `/api/models/${model.slug}`);
      return c.json(await modelResponse(c.var, model), 201);
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
      const { slug: newSlug, visibility, card, ...explicit } = c.req.valid('json');
      const existing = await loadModel(c, slug);
      assertCanWrite(callerOf(c), existing, 'model');
      const merged = mergeModelFields(explicit, card, {
        name: existing.name,
        summary: existing.summary,
        task: existing.task,
        tags: existing.tags,
        license: existing.license,
        contacts: existing.contacts,
        datasets: existing.cardDatasets,
        languages: existing.languages,
        library: existing.library,
      });
      const { datasets, ...fields } = merged.fields;
      let model: Model | undefined;
      try {
        model = await updateModel(c.var.db, existing.id, {
          ...fields,
          cardDatasets: datasets,
          ...(newSlug === undefined ? {} : { slug: newSlug }),
          ...(visibility === undefined ? {} : { visibility }),
          ...(merged.card ? { cardMd: merged.card.body, cardMetadata: merged.card.metadata } : {}),
        });
      } catch (error) {
        if (isUniqueViolation(error)) throw new ApiError(409, 'conflict', `The slug "${newSlug}" is already taken.`);
        throw error;
      }
      if (!model) throw notFound(`Model "${slug}"`);
      announceModel(c, existing.visibility === 'public' ? existing : model, 'changed');
      return c.json(await modelResponse(c.var, model), 200);
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

import { createRoute, z } from '@hono/zod-openapi';
import { callerOf, requireScope } from '../../middleware/auth';
import { bearerSecurity, createRouter, publicSecurity } from '../../router';
import { viewerOf } from '../../services/catalog-access';
import { unprocessableResponse } from '../../contract/catalog-schema';
import { json } from '../../contract/json-content';
import { errorResponses as E } from '../../contract/shared-schema';
import {
  AliasHistoryListSchema,
  AliasHistoryQuerySchema,
  AliasListSchema,
  AliasParamSchema,
  AliasPutSchema,
  ModelAliasSchema,
  ModelParamSchema,
} from '../../contract/models/schema';
import { listModelAliases, listModelAliasHistory, putModelAlias, removeModelAlias } from '../../services/model-aliases';

export const modelAliasRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/{slug}/aliases',
      operationId: 'listModelAliases',
      security: publicSecurity,
      tags: ['Model aliases'],
      summary: "List a model's aliases",
      description: '`production` first, then by name.',
      request: { params: ModelParamSchema },
      responses: { 200: { description: 'The aliases.', ...json(AliasListSchema) }, ...E.badRequest, ...E.notFound },
    }),
    async (c) => c.json(await listModelAliases(c.var, viewerOf(c.get('auth')), c.req.valid('param').slug), 200),
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/{slug}/aliases/{alias}',
      operationId: 'setModelAlias',
      tags: ['Model aliases'],
      summary: 'Point an alias at a version (create or move it)',
      description:
        'Moves the alias and records the move (from, to, who, when, reason) in one transaction, with a `model.alias.moved` event on the lifecycle timeline. ' +
        '`production` and aliases marked protected need `maintainer`, as does changing `protected`; a refused move changes nothing. ' +
        'The target must be a `ready` version. 201 when the alias is new, 200 when it moved (or already pointed there).',
      security: bearerSecurity,
      middleware: [requireScope('write')] as const,
      request: { params: AliasParamSchema, body: { required: true, ...json(AliasPutSchema) } },
      responses: {
        200: { description: 'Moved.', ...json(ModelAliasSchema) },
        201: { description: 'Created.', ...json(ModelAliasSchema) },
        ...E.badRequest,
        ...E.unauthorized,
        ...E.forbidden,
        ...E.notFound,
        ...unprocessableResponse,
      },
    }),
    async (c) => {
      const { slug, alias } = c.req.valid('param');
      const put = await putModelAlias(c.var, callerOf(c), slug, alias, c.req.valid('json'));
      if (put.created) c.header('Location', `/api/models/${slug}@${alias}`);
      return c.json(put.alias, put.created ? 201 : 200);
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/{slug}/aliases/{alias}',
      operationId: 'deleteModelAlias',
      tags: ['Model aliases'],
      summary: 'Remove an alias',
      description:
        'Records the removal in the history and as a `model.alias.removed` event on the lifecycle timeline. Protected aliases (and `production`) need `maintainer`.',
      security: bearerSecurity,
      middleware: [requireScope('write')] as const,
      request: { params: AliasParamSchema, query: z.object({ reason: z.string().trim().max(500).optional() }) },
      responses: {
        204: { description: 'Removed.' },
        ...E.badRequest,
        ...E.unauthorized,
        ...E.forbidden,
        ...E.notFound,
      },
    }),
    async (c) => {
      const { slug, alias } = c.req.valid('param');
      await removeModelAlias(c.var, callerOf(c), slug, alias, c.req.valid('query').reason);
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/{slug}/alias-history',
      operationId: 'listModelAliasHistory',
      security: publicSecurity,
      tags: ['Model aliases'],
      summary: 'Alias history: every move, newest first',
      request: { params: ModelParamSchema, query: AliasHistoryQuerySchema },
      responses: {
        200: { description: 'A page of moves.', ...json(AliasHistoryListSchema) },
        ...E.badRequest,
        ...E.notFound,
      },
    }),
    async (c) => {
      const { slug } = c.req.valid('param');
      return c.json(await listModelAliasHistory(c.var, viewerOf(c.get('auth')), slug, c.req.valid('query')), 200);
    },
  );

import { createRoute, z } from '@hono/zod-openapi';
import { getAlias, listAliases, listAliasHistory, moveAlias, removeAlias } from '../../../db/queries/model-aliases';
import { getModelVersion } from '../../../db/queries/model-versions';
import { PRODUCTION_ALIAS } from '../../../src/lib/catalog-vocabulary';
import { encodeCursor } from '../../../src/lib/cursor';
import type { AuthContext } from '../../env';
import { ApiError, notFound } from '../../errors';
import { callerOf, hasScope, requireScope } from '../../middleware/auth';
import { bearerSecurity, createRouter } from '../../router';
import { assertCanWrite } from '../../services/catalog-access';
import { unprocessableResponse } from '../../contract/catalog-schema';
import { json } from '../../contract/json-content';
import { errorResponses as E } from '../../contract/shared-schema';
import { announceModel, loadModel } from './load';
import { toAliasResponse, toHistoryEntry } from '../../contract/models/responses';
import {
  AliasHistoryListSchema,
  AliasHistoryQuerySchema,
  AliasListSchema,
  AliasParamSchema,
  AliasPutSchema,
  ModelAliasSchema,
  ModelParamSchema,
} from '../../contract/models/schema';
import { pageLimit, readCursor } from '../../pagination';

function requireMaintainer(auth: AuthContext, why: string) {
  if (hasScope(auth, 'maintainer')) return;
  throw new ApiError(403, 'forbidden', `${why} needs the "maintainer" scope.`, {
    required: 'maintainer',
    granted: auth.scopes,
  });
}

export const modelAliasRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/{slug}/aliases',
      tags: ['Model aliases'],
      summary: "List a model's aliases",
      description: '`production` first, then by name.',
      request: { params: ModelParamSchema },
      responses: { 200: { description: 'The aliases.', ...json(AliasListSchema) }, ...E.badRequest, ...E.notFound },
    }),
    async (c) => {
      const model = await loadModel(c, c.req.valid('param').slug);
      const aliases = await listAliases(c.var.db, [model.id]);
      return c.json({ items: (aliases.get(model.id) ?? []).map(toAliasResponse) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/{slug}/aliases/{alias}',
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
      const body = c.req.valid('json');
      const auth = callerOf(c);
      const model = await loadModel(c, slug);
      assertCanWrite(auth, model, 'model');
      const existing = await getAlias(c.var.db, model.id, alias);
      const isProduction = alias === PRODUCTION_ALIAS;
      if (isProduction || existing?.protected) requireMaintainer(auth, `Moving the protected alias "${alias}"`);
      if (body.protected !== undefined && body.protected !== (existing?.protected ?? false))
        requireMaintainer(auth, 'Changing whether an alias is protected');
      if (isProduction && body.protected === false) {
        throw new ApiError(400, 'validation_failed', 'The production alias is always protected.', {
          issues: [
            { in: 'body', path: 'protected', message: 'production is always protected.', code: 'invalid_value' },
          ],
        });
      }
      const target = await getModelVersion(c.var.db, model.id, body.version);
      if (!target || target.status !== 'ready') {
        const message = target
          ? `Version ${body.version} is ${target.status}; aliases point at ready versions only.`
          : `Model "${slug}" has no version ${body.version}.`;
        throw new ApiError(422, 'unprocessable', message, {
          issues: [{ in: 'body', path: 'version', message, code: 'unknown_reference' }],
        });
      }
      const moved = await moveAlias(c.var.db, {
        modelId: model.id,
        name: alias,
        versionId: target.id,
        protected: isProduction ? true : body.protected,
        reason: body.reason ?? null,
        tokenId: auth.tokenId,
        mayMoveProtected: hasScope(auth, 'maintainer'),
        recordEvent: true,
      });
      if (!moved) requireMaintainer({ ...auth, scopes: [] }, `Moving the protected alias "${alias}"`);
      announceModel(c, model, `alias ${alias} → v${body.version}`);
      const view = (await listAliases(c.var.db, [model.id])).get(model.id)?.find((a) => a.name === alias);
      if (!existing) c.header('Location', `/api/models/${slug}@${alias}`);
      return c.json(toAliasResponse(view!), existing ? 200 : 201);
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/{slug}/aliases/{alias}',
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
      const { reason } = c.req.valid('query');
      const auth = callerOf(c);
      const model = await loadModel(c, slug);
      assertCanWrite(auth, model, 'model');
      const existing = await getAlias(c.var.db, model.id, alias);
      if (!existing) throw notFound(`Alias "${alias}" of model "${slug}"`);
      if (existing.protected || alias === PRODUCTION_ALIAS)
        requireMaintainer(auth, `Removing the protected alias "${alias}"`);
      const removed = await removeAlias(c.var.db, {
        modelId: model.id,
        name: alias,
        reason: reason ?? null,
        tokenId: auth.tokenId,
        mayMoveProtected: hasScope(auth, 'maintainer'),
        recordEvent: true,
      });
      if (!removed) requireMaintainer({ ...auth, scopes: [] }, `Removing the protected alias "${alias}"`);
      announceModel(c, model, `alias ${alias} removed`);
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/{slug}/alias-history',
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
      const query = c.req.valid('query');
      const model = await loadModel(c, slug);
      const after = readCursor(query.cursor, 1);
      const limit = pageLimit(query.limit, c.var.config.pageSize);
      const page = await listAliasHistory(c.var.db, [model.id], { alias: query.alias, limit, after });
      return c.json(
        { items: page.items.map(toHistoryEntry), nextCursor: page.next ? encodeCursor(page.next) : null },
        200,
      );
    },
  );

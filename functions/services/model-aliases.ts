/**
 * A model's aliases (`production`, `staging`, …): list, point at a version, remove, and the
 * history of every move. `production` and protected aliases need the `maintainer` scope.
 */
import type { z } from '@hono/zod-openapi';
import { getAlias, listAliases, listAliasHistory, moveAlias, removeAlias } from '../../db/queries/model-aliases';
import { getModelVersion } from '../../db/queries/model-versions';
import type { Viewer } from '../../db/queries/viewer';
import { PRODUCTION_ALIAS } from '../../src/lib/catalog-vocabulary';
import { encodeCursor } from '../../src/lib/cursor';
import type { AuthContext, WriteContext } from '../env';
import { ApiError, notFound } from '../errors';
import type { ServiceContext } from '../hub';
import { hasScope } from '../middleware/auth';
import { pageLimit, readCursor } from '../pagination';
import { toAliasResponse, toHistoryEntry } from '../contract/models/responses';
import type {
  AliasHistoryListSchema,
  AliasHistoryQuerySchema,
  AliasListSchema,
  AliasPutSchema,
  ModelAliasSchema,
} from '../contract/models/schema';
import { assertCanWrite, viewerOf } from './catalog-access';
import { announceModel, loadModel } from './models';

function requireMaintainer(auth: AuthContext, why: string) {
  if (hasScope(auth, 'maintainer')) return;
  throw new ApiError(403, 'forbidden', `${why} needs the "maintainer" scope.`, {
    required: 'maintainer',
    granted: auth.scopes,
  });
}

/** `production` first, then by name. */
export async function listModelAliases(
  ctx: ServiceContext,
  viewer: Viewer | undefined,
  slug: string,
): Promise<z.infer<typeof AliasListSchema>> {
  const model = await loadModel(ctx, viewer, slug);
  const aliases = await listAliases(ctx.db, [model.id]);
  return { items: (aliases.get(model.id) ?? []).map(toAliasResponse) };
}

/**
 * Points an alias at a ready version (creating or moving it) and records the move, in one
 * transaction with a `model.alias.moved` event. `created`: the alias did not exist before.
 */
export async function putModelAlias(
  ctx: WriteContext,
  auth: AuthContext,
  slug: string,
  alias: string,
  body: z.infer<typeof AliasPutSchema>,
): Promise<{ alias: z.infer<typeof ModelAliasSchema>; created: boolean }> {
  const model = await loadModel(ctx, viewerOf(auth), slug);
  assertCanWrite(auth, model, 'model');
  const existing = await getAlias(ctx.db, model.id, alias);
  const isProduction = alias === PRODUCTION_ALIAS;
  if (isProduction || existing?.protected) requireMaintainer(auth, `Moving the protected alias "${alias}"`);
  if (body.protected !== undefined && body.protected !== (existing?.protected ?? false))
    requireMaintainer(auth, 'Changing whether an alias is protected');
  if (isProduction && body.protected === false) {
    throw new ApiError(400, 'validation_failed', 'The production alias is always protected.', {
      issues: [{ in: 'body', path: 'protected', message: 'production is always protected.', code: 'invalid_value' }],
    });
  }
  const target = await getModelVersion(ctx.db, model.id, body.version);
  if (!target || target.status !== 'ready') {
    const message = target
      ? `Version ${body.version} is ${target.status}; aliases point at ready versions only.`
      : `Model "${slug}" has no version ${body.version}.`;
    throw new ApiError(422, 'unprocessable', message, {
      issues: [{ in: 'body', path: 'version', message, code: 'unknown_reference' }],
    });
  }
  const moved = await moveAlias(ctx.db, {
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
  announceModel(ctx, model, `alias ${alias} → v${body.version}`);
  const view = (await listAliases(ctx.db, [model.id])).get(model.id)?.find((a) => a.name === alias);
  return { alias: toAliasResponse(view!), created: !existing };
}

/** Removes an alias, recording it in the history and as a `model.alias.removed` event. */
export async function removeModelAlias(
  ctx: WriteContext,
  auth: AuthContext,
  slug: string,
  alias: string,
  reason: string | undefined,
): Promise<void> {
  const model = await loadModel(ctx, viewerOf(auth), slug);
  assertCanWrite(auth, model, 'model');
  const existing = await getAlias(ctx.db, model.id, alias);
  if (!existing) throw notFound(`Alias "${alias}" of model "${slug}"`);
  if (existing.protected || alias === PRODUCTION_ALIAS)
    requireMaintainer(auth, `Removing the protected alias "${alias}"`);
  const removed = await removeAlias(ctx.db, {
    modelId: model.id,
    name: alias,
    reason: reason ?? null,
    tokenId: auth.tokenId,
    mayMoveProtected: hasScope(auth, 'maintainer'),
    recordEvent: true,
  });
  if (!removed) requireMaintainer({ ...auth, scopes: [] }, `Removing the protected alias "${alias}"`);
  announceModel(ctx, model, `alias ${alias} removed`);
}

/** Every alias move, newest first, a page at a time. */
export async function listModelAliasHistory(
  ctx: ServiceContext,
  viewer: Viewer | undefined,
  slug: string,
  query: z.infer<typeof AliasHistoryQuerySchema>,
): Promise<z.infer<typeof AliasHistoryListSchema>> {
  const model = await loadModel(ctx, viewer, slug);
  const after = readCursor(query.cursor, 1);
  const limit = pageLimit(query.limit, ctx.config.pageSize);
  const page = await listAliasHistory(ctx.db, [model.id], { alias: query.alias, limit, after });
  return { items: page.items.map(toHistoryEntry), nextCursor: page.next ? encodeCursor(page.next) : null };
}

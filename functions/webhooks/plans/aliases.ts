import { publicChange } from '../../public-change';
import type { z } from 'zod';
import { captureBatch } from '../../../db/queries/batch-helpers';
import { getAlias, moveAlias } from '../../../db/queries/model-aliases';
import type { Model } from '../../../db/schema';
import { PRODUCTION_ALIAS } from '../../../src/lib/catalog-vocabulary';
import type { ModelAliasSetV1 } from '../../events/schemas';
import { Rejection, requireModel, requireVersion, type EventPlan, type PlanContext } from './context';

/**
 * A source may move or remove a protected alias (`production`, or one marked protected) only
 * when an admin allowed it (`allowProtectedAliases` on the source); otherwise the delivery is
 * rejected with 403 and says how to grant it. Removing an alias that does not exist is a no-op
 * and needs nothing. The SQL of the move repeats the check, so a protect racing it cannot slip through.
 */
export async function assertSourceMayTouchAlias(
  ctx: PlanContext,
  model: Model,
  alias: string,
  action: 'move' | 'remove',
): Promise<void> {
  if (ctx.source.allowProtectedAliases) return;
  const existing = await getAlias(ctx.db, model.id, alias);
  const isProtected = !!existing?.protected || (alias === PRODUCTION_ALIAS && (action === 'move' || !!existing));
  if (!isProtected) return;
  throw new Rejection(
    403,
    'protected_alias',
    `The alias "${alias}" of model "${model.slug}" is protected, and webhook source "${ctx.source.name}" may not ${action} protected aliases. ` +
      `An admin can allow it: PATCH /api/webhooks/sources/${ctx.source.id} with {"allowProtectedAliases": true}.`,
    [{ path: 'data.alias', message: 'Protected alias.', code: 'protected_alias' }],
  );
}

/**
 * model.alias.set: moves the alias through the catalog's own function, so the history row
 * is written exactly as for PUT on the alias, naming the source. A source acts for its group;
 * protected aliases only with the source's permission (see assertSourceMayTouchAlias).
 */
export async function planAliasSet(ctx: PlanContext, data: z.infer<typeof ModelAliasSetV1>): Promise<EventPlan> {
  const model = await requireModel(ctx, data.model, 'data.model');
  const version = await requireVersion(ctx, model, data.version, 'data.version');
  await assertSourceMayTouchAlias(ctx, model, data.alias, 'move');
  const before = await captureBatch(ctx.db, (db) =>
    moveAlias(db, {
      modelId: model.id,
      name: data.alias,
      versionId: version.id,
      protected: data.alias === PRODUCTION_ALIAS ? true : undefined,
      reason: data.reason ?? `set by webhook source "${ctx.source.name}"`,
      tokenId: ctx.source.createdByTokenId as string,
      sourceId: ctx.source.id,
      mayMoveProtected: ctx.source.allowProtectedAliases,
      now: ctx.now,
    }),
  );
  return {
    before,
    event: { modelId: model.id, modelVersionId: version.id, modelVersion: version.version },
    after: [],
    ...(model.visibility === 'public'
      ? { publicChange: publicChange.model(model.slug, `alias ${data.alias} moved`) }
      : {}),
  };
}

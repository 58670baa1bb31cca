import { publicChange } from '../../public-change';
import type { z } from 'zod';
import { captureBatch } from '../../../db/queries/batch-helpers';
import { moveAlias } from '../../../db/queries/model-aliases';
import type { ModelAliasSetV1 } from '../../events/schemas';
import { requireModel, requireVersion, type EventPlan, type PlanContext } from './context';

/**
 * model.alias.set: moves the alias through the catalog's own function, so the history row
 * is written exactly as for PUT on the alias. A source acts for its group with maintainer
 * rights (it may move `production`): an admin created it for that purpose.
 */
export async function planAliasSet(ctx: PlanContext, data: z.infer<typeof ModelAliasSetV1>): Promise<EventPlan> {
  const model = await requireModel(ctx, data.model, 'data.model');
  const version = await requireVersion(ctx, model, data.version, 'data.version');
  const before = await captureBatch(ctx.db, (db) =>
    moveAlias(db, {
      modelId: model.id,
      name: data.alias,
      versionId: version.id,
      protected: undefined,
      reason: data.reason ?? `set by webhook source "${ctx.source.name}"`,
      tokenId: ctx.source.createdByTokenId as string,
      mayMoveProtected: true,
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

import type { Db } from '../../../db/client';
import { getModelBySlug } from '../../../db/queries/models';
import { getModelVersion } from '../../../db/queries/model-versions';
import type { BatchStatement } from '../../../db/queries/batch-helpers';
import { canView, type Viewer } from '../../../db/queries/viewer';
import type { Model, ModelVersion, NewLifecycleEvent, WebhookSource } from '../../../db/schema';
import type { AppConfig } from '../../config';
import type { TtlCache } from '../ttl-cache';

/** Everything a plan may look at: the verified delivery and where it came from. */
export interface PlanContext {
  db: Db;
  config: AppConfig;
  source: WebhookSource;
  /** This delivery's row id, which is also its event's `ref`. */
  ref: string;
  now: Date;
  /** Where model lookups may be answered from (see WebhookServices.models). */
  models?: TtlCache<string, Model>;
}

/** What one event writes, around its own row (see AcceptedIngest). */
export interface EventPlan {
  before: BatchStatement[];
  event: Partial<
    Pick<
      NewLifecycleEvent,
      | 'modelId'
      | 'modelVersionId'
      | 'modelVersion'
      | 'datasetId'
      | 'datasetVersionId'
      | 'jobId'
      | 'jobKind'
      | 'retrainRequestId'
      | 'gpuHours'
    >
  >;
  after: BatchStatement[];
  /** Republish the site after commit (a version, alias or dataset version changed a page). */
  publicChange?: import('../../../src/lib/cache-tags').PublicChange;
  /** An outbound webhook was queued: wake the delivery worker after commit. */
  outboundQueued?: boolean;
}

/** A delivery that is well signed but cannot be accepted; stored as rejected and answered with `status`. */
export class Rejection extends Error {
  constructor(
    readonly status: 403 | 409 | 422,
    readonly reason: string,
    message: string,
    readonly issues?: { path: string; message: string; code: string }[],
  ) {
    super(message);
    this.name = 'Rejection';
  }
}

/** What the source's group may see: its own entries and public ones. */
export const sourceViewer = (ctx: PlanContext): Viewer => ({ groupId: ctx.source.groupId, admin: false });

/**
 * The model an event is about; it must exist and belong to the source's group. A model the
 * source's group cannot see is refused exactly like a missing one, so its existence does not leak.
 */
export async function requireModel(ctx: PlanContext, slug: string, path: string): Promise<Model> {
  const model = ctx.models
    ? await ctx.models.get(slug, ctx.now.getTime(), () => getModelBySlug(ctx.db, slug))
    : await getModelBySlug(ctx.db, slug);
  if (!model || !canView(model, sourceViewer(ctx))) {
    throw new Rejection(
      422,
      'unknown_model',
      `No model "${slug}" is registered; register it (POST /api/models) before reporting on it.`,
      [{ path, message: 'Unknown model.', code: 'unknown_model' }],
    );
  }
  if (model.ownerGroupId !== ctx.source.groupId) {
    throw new Rejection(
      403,
      'forbidden',
      `The model "${slug}" belongs to group "${model.ownerGroupId}"; this source reports for "${ctx.source.groupId}".`,
    );
  }
  return model;
}

export async function requireVersion(
  ctx: PlanContext,
  model: Model,
  version: number,
  path: string,
): Promise<ModelVersion> {
  const row = await getModelVersion(ctx.db, model.id, version);
  if (!row) {
    throw new Rejection(422, 'unknown_model_version', `Model "${model.slug}" has no version ${version}.`, [
      { path, message: 'Unknown version.', code: 'unknown_model_version' },
    ]);
  }
  return row;
}

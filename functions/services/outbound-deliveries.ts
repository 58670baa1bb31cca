/** Outbound webhooks (retrain triggers): a model's delivery log, redelivery, and running what is due. */
import type { z } from 'zod';
import {
  attemptsOf,
  getOutboundDelivery,
  getSubscription,
  listOutboundDeliveries,
  requeueDelivery,
} from '../../db/queries/outbound';
import type { Model } from '../../db/schema';
import type { Viewer } from '../../db/queries/viewer';
import { encodeCursor } from '../../src/lib/cursor';
import type { AuthContext, WriteContext } from '../env';
import { ApiError, notFound } from '../errors';
import type { ServiceContext } from '../hub';
import { runOutboundCycle } from '../outbound/cycle';
import { pageLimit } from '../pagination';
import type { WebhookServices } from '../webhooks/services';
import {
  toDeliveryResponse,
  type DeliveryListQuerySchema,
  type OutboundDeliveryListSchema,
  type OutboundDeliverySchema,
} from '../contract/model-lifecycle/schema';
import type { OutboundRunSchema } from '../contract/webhooks/schema';
import { seesOwnerDetails } from './catalog-access';
import { loadModel, loadModelForChange } from './models';
import { timeIdCursor } from '../pagination';

type DeliveryView = z.infer<typeof OutboundDeliverySchema>;

/**
 * The log of a model the caller may read: its owner group and admins only (it shows how the
 * target answered); for others it does not exist.
 */
async function loadLogModel(ctx: ServiceContext, viewer: Viewer | undefined, slug: string): Promise<Model> {
  const model = await loadModel(ctx, viewer, slug);
  if (!seesOwnerDetails(viewer, model))
    throw new ApiError(
      404,
      'not_found',
      `The delivery log of model "${model.slug}" is shown to its owner group and admins only.`,
    );
  return model;
}

/** Retrain triggers sent to the model's trigger URL, each with every attempt; newest first. */
export async function listModelDeliveries(
  ctx: ServiceContext,
  viewer: Viewer | undefined,
  slug: string,
  query: z.infer<typeof DeliveryListQuerySchema>,
): Promise<z.infer<typeof OutboundDeliveryListSchema>> {
  const model = await loadLogModel(ctx, viewer, slug);
  const before = timeIdCursor(query.cursor);
  const page = await listOutboundDeliveries(ctx.db, model.id, {
    limit: pageLimit(query.limit, ctx.config.pageSize),
    ...(query.status ? { status: query.status } : {}),
    ...(before ? { before } : {}),
  });
  const attempts = await attemptsOf(
    ctx.db,
    page.items.map((d) => d.id),
  );
  return {
    items: page.items.map((d) => toDeliveryResponse(d, attempts.get(d.id) ?? [])),
    nextCursor: page.next ? encodeCursor(page.next) : null,
  };
}

export async function getModelDelivery(
  ctx: ServiceContext,
  viewer: Viewer | undefined,
  slug: string,
  id: string,
): Promise<DeliveryView> {
  const model = await loadLogModel(ctx, viewer, slug);
  const delivery = await getOutboundDelivery(ctx.db, model.id, id);
  if (!delivery) throw notFound(`Delivery "${id}"`);
  const attempts = await attemptsOf(ctx.db, [id]);
  return toDeliveryResponse(delivery, attempts.get(id) ?? []);
}

/**
 * Queues a finished (delivered, failed or cancelled) delivery again with the same `webhook-id`
 * and a fresh retry budget; 409 while it is still being delivered or the trigger is disabled.
 */
export async function redeliver(ctx: WriteContext, auth: AuthContext, slug: string, id: string): Promise<DeliveryView> {
  const model = await loadModelForChange(ctx, auth, slug);
  const { db, hooks } = ctx;
  const existing = await getOutboundDelivery(db, model.id, id);
  if (!existing) throw notFound(`Delivery "${id}"`);
  const subscription = await getSubscription(db, existing.subscriptionId);
  if (!subscription || subscription.status !== 'active') {
    throw new ApiError(
      409,
      'conflict',
      `The trigger of "${slug}" is disabled${subscription?.disabledReason ? ` (${subscription.disabledReason})` : ''}; set it again with PUT /api/models/${slug}/trigger first.`,
    );
  }
  const delivery = await requeueDelivery(db, model.id, id, new Date());
  if (!delivery)
    throw new ApiError(409, 'conflict', `Delivery "${id}" is still ${existing.status}; wait for it to finish.`);
  hooks.onOutboundQueued?.();
  const attempts = await attemptsOf(db, [id]);
  return toDeliveryResponse(delivery, attempts.get(id) ?? []);
}

/**
 * Sends outbound webhooks whose retry time has come and checks max-age retraining policies, now
 * (the Node host does this by itself; the edge host is called by a scheduler).
 */
export async function runDueOutbound(
  ctx: WriteContext & { webhooks: Pick<WebhookServices, 'serverKey'> },
): Promise<z.infer<typeof OutboundRunSchema>> {
  const { db, config, webhooks, hooks } = ctx;
  return runOutboundCycle({
    db,
    config,
    serverKey: webhooks.serverKey,
    hooks,
    now: () => new Date(),
  });
}

/** A model's retraining trigger: the URL retrain requests are POSTed to, signed as Standard Webhooks. */
import type { z } from 'zod';
import { deleteSubscription, getSubscriptionForModel, upsertSubscription } from '../../db/queries/outbound';
import type { Viewer } from '../../db/queries/viewer';
import { randomId } from '../../src/lib/tokens';
import { decryptSecret, encryptSecret, generateSecret } from '../../src/lib/webhooks';
import type { AuthContext, WriteContext } from '../env';
import { ApiError, notFound } from '../errors';
import type { ServiceContext } from '../hub';
import { checkTarget } from '../outbound/target-check';
import type { WebhookServices } from '../webhooks/services';
import {
  toTriggerResponse,
  type TriggerPutSchema,
  type TriggerSchema,
  type TriggerWithSecretSchema,
} from '../contract/model-lifecycle/schema';
import { seesOwnerDetails } from './catalog-access';
import { loadModel, loadModelForChange } from './models';

/** Setting a trigger also needs the server key that encrypts its secret at rest. */
export type TriggerContext = WriteContext & { webhooks: Pick<WebhookServices, 'serverKey'> };

export async function getRetrainTrigger(
  ctx: ServiceContext,
  viewer: Viewer | undefined,
  slug: string,
): Promise<z.infer<typeof TriggerSchema>> {
  const model = await loadModel(ctx, viewer, slug);
  const subscription = await getSubscriptionForModel(ctx.db, model.id);
  if (!subscription) throw notFound(`A trigger for model "${model.slug}"`);
  return toTriggerResponse(subscription, seesOwnerDetails(viewer, model));
}

/**
 * Sets (or replaces, re-enabling it) the trigger URL. The signing secret is returned when first
 * created or with `rotateSecret` (else `secret` is null); `created` tells a new trigger apart.
 * Loopback, private and link-local targets are refused unless the hub allows them.
 */
export async function setRetrainTrigger(
  ctx: TriggerContext,
  auth: AuthContext,
  slug: string,
  body: z.infer<typeof TriggerPutSchema>,
): Promise<{ trigger: z.infer<typeof TriggerWithSecretSchema>; created: boolean }> {
  const model = await loadModelForChange(ctx, auth, slug);
  const { db, config, webhooks, hooks } = ctx;
  const target = await checkTarget(body.url, {
    allowPrivate: config.webhooks.allowPrivateTargets,
    resolveHost: hooks.resolveHost,
  }).catch((error: unknown) => ({
    ok: false as const,
    message: `cannot resolve the host: ${(error as Error).message}`,
  }));
  if (!target.ok) {
    throw new ApiError(400, 'validation_failed', `The trigger URL is not allowed: ${target.message}.`, {
      issues: [{ in: 'body', path: 'url', message: target.message, code: 'target_refused' }],
    });
  }
  const key = await webhooks.serverKey();
  const existing = await getSubscriptionForModel(db, model.id);
  const id = existing?.id ?? randomId('sub_');
  const fresh = !existing || body.rotateSecret ? generateSecret() : null;
  const secretBox = fresh ? await encryptSecret(key, fresh, id) : existing!.secretBox;
  if (!fresh) await decryptSecret(key, secretBox, id);
  const subscription = await upsertSubscription(db, {
    id,
    modelId: model.id,
    url: body.url,
    ref: body.ref ?? null,
    secretBox,
  });
  return { trigger: { ...toTriggerResponse(subscription, true), secret: fresh }, created: !existing };
}

/** Pending deliveries to it are dropped; requests stay open. */
export async function removeRetrainTrigger(ctx: ServiceContext, auth: AuthContext, slug: string): Promise<void> {
  const model = await loadModelForChange(ctx, auth, slug);
  if (!(await deleteSubscription(ctx.db, model.id))) throw notFound(`A trigger for model "${model.slug}"`);
}

/**
 * Inbound lifecycle events: one signed delivery from CI (Standard Webhooks, GitHub, GitLab or
 * MLflow) to a webhook source, verified, planned into events and durably stored before it is
 * acknowledged. The delivery id is the idempotency key.
 */
import type { z } from 'zod';
import type { Db } from '../../db/client';
import { findAcceptedBySignature, findAcceptedDeliveries } from '../../db/queries/webhook-deliveries';
import { verifyDelivery, type HeadersLike } from '../../src/lib/webhooks';
import type { WriteContext } from '../env';
import { ApiError, notFound } from '../errors';
import { prepareDelivery } from '../webhooks/prepare';
import type { WebhookServices } from '../webhooks/services';
import type { DeliveryAcceptedSchema, DeliveryIgnoredSchema } from '../contract/hooks/schema';

export interface HookDelivery {
  sourceId: string;
  headers: HeadersLike;
  /** The raw body as bytes (a re-serialised JSON body would not verify). */
  body: Uint8Array;
  /** When the request arrived: the signature timestamp is checked against it. */
  receivedAt: Date;
}

export type HookAnswer =
  | { status: 200; body: z.infer<typeof DeliveryAcceptedSchema> }
  | { status: 202; body: z.infer<typeof DeliveryIgnoredSchema> };

/**
 * Stores the delivery and answers what it recorded (`duplicate` for a repeat, which changes
 * nothing): 200, or 202 for a native event the hub does not record (logged as ignored; a ping
 * is logged the same way and answered 200). Throws 404 (no such source), 410 (disabled), 401
 * (not verified; nothing stored), 400 (nested too deep)/403/409/422 (stored as rejected) or 503 (not stored: retry
 * with the same id).
 */
export async function receiveHookDelivery(
  ctx: WriteContext & { webhooks: WebhookServices },
  delivery: HookDelivery,
): Promise<HookAnswer> {
  const { sourceId, body } = delivery;
  const { db, config, webhooks, hooks } = ctx;
  const now = delivery.receivedAt;
  const active = /^src_[A-Za-z0-9_-]{4,64}$/.test(sourceId) ? await webhooks.sources.get(db, sourceId, now) : undefined;
  if (!active) throw notFound(`Webhook source "${sourceId}"`);
  if (active.source.status === 'disabled') {
    throw new ApiError(
      410,
      'gone',
      `The webhook source "${sourceId}" is disabled; stop sending, or ask an admin to enable it.`,
    );
  }

  const verified = await verifyDelivery({
    secrets: active.secrets,
    headers: delivery.headers,
    body,
    now,
    toleranceSeconds: config.webhooks.toleranceSeconds,
    schemes: active.source.schemes,
    mac: hooks.hmacSha256,
  });
  if (!verified.ok) {
    throw new ApiError(401, 'unauthorized', `The delivery is not verified: ${verified.message}.`, {
      reason: verified.reason,
      scheme: verified.scheme ?? null,
    });
  }

  if (verified.signature) await refuseReplay(db, active.source.id, verified.deliveryId, verified.signature);

  const prepared = await prepareDelivery({
    db,
    config,
    source: active.source,
    verified,
    headers: delivery.headers,
    body,
    now,
    models: webhooks.models,
  });
  if (prepared.rejection) {
    // A retry of a delivery accepted earlier may no longer plan (its dataset version now
    // exists): it is still a duplicate, not a rejection.
    const earlier = (await findAcceptedDeliveries(db, active.source.id, [verified.deliveryId])).get(
      verified.deliveryId,
    );
    if (earlier !== undefined)
      return {
        status: 200,
        body: { duplicate: true, eventId: earlier, deliveryId: verified.deliveryId, type: prepared.type },
      };
  }
  let result;
  try {
    result = await webhooks.ingest.submit(prepared.item);
  } catch (cause) {
    // Two deliveries with one signature in flight at once: the index let one in; this is the other.
    if (verified.signature) await refuseReplay(db, active.source.id, verified.deliveryId, verified.signature);
    console.error(`[hooks] storing delivery ${verified.deliveryId} from ${sourceId} failed:`, cause);
    throw new ApiError(
      503,
      'unavailable',
      'The delivery could not be stored; send it again with the same id.',
      undefined,
      { 'Retry-After': '1' },
    );
  }

  if (prepared.rejection) {
    const r = prepared.rejection;
    const code =
      r.status === 422 ? 'unprocessable' : r.status === 409 ? 'conflict' : r.status === 400 ? r.reason : 'forbidden';
    throw new ApiError(r.status, code, r.message, {
      reason: r.reason,
      type: prepared.type,
      delivery: result.deliveryRef,
      ...(r.issues ? { issues: r.issues } : {}),
      ...r.limits,
    });
  }
  if (prepared.ignored) {
    const { status, reason } = prepared.ignored;
    return status === 200
      ? { status, body: { duplicate: false, eventId: null, deliveryId: verified.deliveryId, type: prepared.type } }
      : { status, body: { ignored: true, reason, deliveryId: verified.deliveryId, type: prepared.type } };
  }
  if (result.kind === 'accepted' && !result.duplicate) {
    if (prepared.publicChange) hooks.onPublicChange?.(prepared.publicChange);
    if (prepared.outboundQueued) hooks.onOutboundQueued?.();
  }
  return {
    status: 200,
    body: {
      duplicate: result.kind === 'accepted' && result.duplicate,
      eventId: result.kind === 'accepted' ? result.eventId : null,
      deliveryId: verified.deliveryId,
      type: prepared.type,
    },
  };
}

/**
 * GitHub signs the body only, not the delivery id, so a captured delivery could be sent again
 * under a fresh id. GitHub's own "Redeliver" keeps the id (answered as a duplicate); a signature
 * accepted before under another id is a replay: 409, and nothing is stored.
 */
async function refuseReplay(db: Db, sourceId: string, deliveryId: string, signature: string): Promise<void> {
  const earlier = await findAcceptedBySignature(db, sourceId, signature);
  if (earlier && earlier.deliveryId !== deliveryId) {
    throw new ApiError(
      409,
      'conflict',
      `This body and signature were accepted before as delivery "${earlier.deliveryId}"; a replay under another delivery id is refused. GitHub's Redeliver keeps the original id.`,
      { reason: 'replayed_signature', originalDeliveryId: earlier.deliveryId },
    );
  }
}

import type { Db } from '../../db/client';
import { eventIdByRef, insertEventWhere } from '../../db/queries/events';
import { enqueueDeliveryWhere } from '../../db/queries/outbound';
import { openRetrainRequestStatements, requestExists } from '../../db/queries/retrain';
import type { BatchStatement } from '../../db/queries/batch-helpers';
import type { WebhookSubscription } from '../../db/schema';
import { buildTriggerPayload } from '../../src/lib/retrain/policy';
import type { RetrainInputs, RetrainTriggerKind } from '../../src/lib/retrain/types';
import { randomId } from '../../src/lib/tokens';

export interface OpenRequestInput {
  model: { id: number; slug: string; name: string };
  kind: RetrainTriggerKind;
  policyId: string | null;
  inputs: RetrainInputs;
  reason: string;
  /** A policy fires once per key; null for manual requests. */
  dedupKey: string | null;
  /** `ref` of the event that caused it, when that event is written in the same batch. */
  causeEventRef?: string;
  requestedByTokenId?: string | null;
  /** The model's trigger; no delivery is queued without an active one (the request stays open). */
  subscription: WebhookSubscription | undefined;
  publicUrl: string;
  now: Date;
}

export interface OpenedRequest {
  requestId: string;
  /** Outbound delivery id (the `webhook-id`), when one was queued. */
  deliveryId: string | null;
  statements: BatchStatement[];
}

/**
 * Opening a retrain request, as batch statements: the request (skipped when its dedup key
 * exists), a `retrain.requested` event and the signed trigger delivery, the last two guarded
 * so they are written only if the request was.
 */
export function openRequestStatements(db: Db, input: OpenRequestInput): OpenedRequest {
  const requestId = randomId('rr_');
  const exists = requestExists(requestId);
  const statements = openRetrainRequestStatements(db, {
    id: requestId,
    modelId: input.model.id,
    policyId: input.policyId,
    triggerKind: input.kind,
    reason: input.reason,
    inputs: input.inputs,
    dedupKey: input.dedupKey,
    causeEventId: input.causeEventRef ? eventIdByRef(input.causeEventRef) : null,
    requestedByTokenId: input.requestedByTokenId ?? null,
    openedAt: input.now,
  } as Parameters<typeof openRetrainRequestStatements>[1]);
  const active = input.subscription?.status === 'active' ? input.subscription : undefined;
  statements.push(
    insertEventWhere(
      db,
      {
        ref: randomId('evt_'),
        type: 'retrain.requested',
        schemaVersion: 1,
        origin: 'hub',
        modelId: input.model.id,
        modelVersion: input.inputs.parentVersion,
        retrainRequestId: requestId,
        causeEventId: input.causeEventRef ? eventIdByRef(input.causeEventRef) : null,
        summary: `Retraining requested: ${input.reason}${active ? '' : ' (no trigger URL set; the request waits)'}`,
        data: {
          request: requestId,
          trigger: input.kind,
          policy: input.policyId,
          reason: input.reason,
          inputs: input.inputs,
        },
        occurredAt: input.now,
      } as Parameters<typeof insertEventWhere>[1],
      exists,
    ),
  );
  let deliveryId: string | null = null;
  if (active) {
    deliveryId = randomId('msg_');
    const body = buildTriggerPayload({
      requestId,
      kind: input.kind,
      reason: input.reason,
      inputs: input.inputs,
      model: { slug: input.model.slug, name: input.model.name },
      openedAt: input.now,
      publicUrl: input.publicUrl,
      ref: active.ref,
    });
    statements.push(
      enqueueDeliveryWhere(
        db,
        {
          id: deliveryId,
          subscriptionId: active.id,
          modelId: input.model.id,
          retrainRequestId: requestId,
          eventType: 'retrain.requested',
          body: JSON.stringify(body),
          nextAttemptAt: input.now,
          createdAt: input.now,
          updatedAt: input.now,
        },
        exists,
      ),
    );
  }
  return { requestId, deliveryId, statements };
}

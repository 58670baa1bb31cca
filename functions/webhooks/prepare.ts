import type { Db } from '../../db/client';
import type { Model, WebhookSource } from '../../db/schema';
import type { TtlCache } from './ttl-cache';
import { summarizeInbound } from '../../src/lib/events/timeline';
import type { VerifiedDelivery } from '../../src/lib/webhooks';
import type { AppConfig } from '../config';
import { parseEventBody, type ParsedEvent, type PayloadIssue } from '../events/envelope';
import { deliveryRef } from './delivery-ref';
import type { IngestItem } from './ingest-commit';
import { planEvent, Rejection } from './plans';

export interface PreparedDelivery {
  item: IngestItem;
  /** The event type as understood (`job.succeeded@1`), when the body was readable. */
  type: string | null;
  /** Set for deliveries that are stored as rejected: what to answer. */
  rejection?: { status: 403 | 409 | 422; reason: string; message: string; issues?: PayloadIssue[] };
  publicChange?: import('../../src/lib/cache-tags').PublicChange;
  outboundQueued?: boolean;
}

const KEEP_REJECTED_BYTES = 4096;
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Turns a verified delivery into what will be written: the event with its catalog writes and
 * policy firings, or (for an unknown type, an invalid payload, an unknown model …) a rejected
 * log row and the 4xx to answer. Nothing is written here.
 */
export async function prepareDelivery(input: {
  db: Db;
  config: AppConfig;
  source: WebhookSource;
  verified: VerifiedDelivery;
  body: Uint8Array;
  now: Date;
  models?: TtlCache<string, Model>;
}): Promise<PreparedDelivery> {
  const { source, verified, now } = input;
  const ref = deliveryRef(now);
  const base = {
    id: ref,
    sourceId: source.id,
    deliveryId: verified.deliveryId,
    scheme: verified.scheme,
    bodyBytes: input.body.byteLength,
    receivedAt: now,
  };
  let text: string;
  try {
    text = utf8.decode(input.body);
  } catch {
    text = '';
  }
  const reject = (
    type: string | null,
    status: 403 | 409 | 422,
    reason: string,
    message: string,
    issues?: PayloadIssue[],
  ): PreparedDelivery => ({
    type,
    item: {
      kind: 'rejected',
      delivery: {
        ...base,
        status: 'rejected',
        eventType: type,
        errorCode: reason,
        errorMessage: message,
        rejectedBody: (text || '(not UTF-8)').slice(0, KEEP_REJECTED_BYTES),
      },
    },
    rejection: { status, reason, message, ...(issues ? { issues } : {}) },
  });

  const parsed: ParsedEvent = text
    ? parseEventBody(text)
    : { ok: false, code: 'invalid_json', message: 'The body is empty or not UTF-8 JSON.' };
  if (!parsed.ok) return reject(parsed.type ?? null, 422, parsed.code, parsed.message, parsed.issues);
  const typeId = `${parsed.type}@${parsed.version}`;

  let plan;
  try {
    plan = await planEvent(
      { db: input.db, config: input.config, source, ref, now, ...(input.models ? { models: input.models } : {}) },
      parsed.type,
      parsed.data,
    );
  } catch (error) {
    if (error instanceof Rejection) return reject(typeId, error.status, error.reason, error.message, error.issues);
    throw error;
  }
  return {
    type: typeId,
    item: {
      kind: 'accepted',
      delivery: { ...base, status: 'accepted', eventType: typeId },
      before: plan.before,
      event: {
        ...plan.event,
        ref,
        type: parsed.type,
        schemaVersion: parsed.version,
        origin: 'webhook',
        sourceId: source.id,
        summary: summarizeInbound(parsed.type, parsed.data),
        data: parsed.data,
        occurredAt: parsed.occurredAt ?? now,
        recordedAt: now,
      },
      after: plan.after,
    },
    ...(plan.publicChange ? { publicChange: plan.publicChange } : {}),
    ...(plan.outboundQueued ? { outboundQueued: true } : {}),
  };
}

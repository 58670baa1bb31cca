import type { Db } from '../../db/client';
import type { Model, WebhookSource } from '../../db/schema';
import type { TtlCache } from './ttl-cache';
import { summarizeInbound } from '../../src/lib/events/timeline';
import type { HeadersLike, VerifiedDelivery } from '../../src/lib/webhooks';
import type { AppConfig } from '../config';
import { parseEventBody, type ParsedEvent, type PayloadIssue } from '../events/envelope';
import { findEventSchema } from '../events/schemas';
import { checkJsonShape, JSON_LIMITS } from '../../src/lib/json-shape';
import { deliveryRef } from './delivery-ref';
import type { IngestItem } from './ingest-commit';
import { hasTranslator, translateNative, type Translation } from './native';
import { planEvent, Rejection } from './plans';

export interface PreparedDelivery {
  item: IngestItem;
  /** The event type as understood (`job.succeeded@1`), when the body was readable. */
  type: string | null;
  /** Set for deliveries that are stored as rejected: what to answer. */
  rejection?: {
    status: 400 | 403 | 409 | 422;
    reason: string;
    message: string;
    issues?: PayloadIssue[];
    limits?: typeof JSON_LIMITS;
  };
  /** Set for native deliveries that record nothing (stored as ignored): 200 for a ping, else 202. */
  ignored?: { status: 200 | 202; reason: string };
  publicChange?: import('../../src/lib/cache-tags').PublicChange;
  outboundQueued?: boolean;
}

const KEEP_REJECTED_BYTES = 4096;
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Turns a verified delivery into what will be written: the event with its catalog writes and
 * policy firings, or (for an unknown type, an invalid payload, an unknown model …) a rejected
 * log row and the 4xx to answer, or (for a native GitHub / GitLab event the hub does not
 * record) an ignored log row. Native bodies are first read as hub events (see native/); from
 * there on they are planned exactly like envelopes. Nothing is written here.
 */
export async function prepareDelivery(input: {
  db: Db;
  config: AppConfig;
  source: WebhookSource;
  verified: VerifiedDelivery;
  headers: HeadersLike;
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
    ...(verified.signature ? { signature: verified.signature } : {}),
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
    status: 400 | 403 | 409 | 422,
    reason: string,
    message: string,
    issues?: PayloadIssue[],
    limits?: typeof JSON_LIMITS,
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
    rejection: { status, reason, message, ...(issues ? { issues } : {}), ...(limits ? { limits } : {}) },
  });

  const ignore = (eventType: string | null, status: 200 | 202, code: string, reason: string): PreparedDelivery => ({
    type: eventType,
    item: {
      kind: 'rejected',
      delivery: { ...base, status: 'ignored', eventType, errorCode: code, errorMessage: reason.slice(0, 2000) },
    },
    ignored: { status, reason },
  });

  // A body nested too deep for anything that walks it (zod, JSON.stringify) can never succeed:
  // refused before it is parsed, as 400, and logged so the sender sees why.
  const excess = checkJsonShape(formPayload(text) ?? input.body);
  if (excess) {
    const message = `${excess.message} Limits: depth ${JSON_LIMITS.maxDepth}, ${JSON_LIMITS.maxKeys} keys.`;
    return reject(null, 400, 'too_deep', message, undefined, JSON_LIMITS);
  }

  // Envelope-only schemes skip the extra JSON parse: the ingest path is hot.
  const translation: Translation = hasTranslator(verified.scheme)
    ? translateNative({ headers: input.headers, payload: parseJson(text), source, scheme: verified.scheme })
    : { kind: 'envelope' };
  if (translation.kind === 'ping')
    return ignore(translation.eventType, 200, 'ping', 'The sender checked the hook; nothing to record.');
  if (translation.kind === 'ignored') return ignore(translation.eventType, 202, 'ignored', translation.reason);

  const parsed: ParsedEvent =
    translation.kind === 'event'
      ? readTranslated(translation)
      : text
        ? parseEventBody(text)
        : { ok: false, code: 'invalid_json', message: 'The body is empty or not UTF-8 JSON.' };
  if (!parsed.ok && translation.kind === 'event') {
    // The native readers keep every value within its schema, so this is a gap in them: say so
    // in the log, and still answer 2xx (GitHub and GitLab disable hooks that keep failing).
    return ignore(parsed.type ?? null, 202, 'unreadable', `The native event could not be read: ${parsed.message}`);
  }
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

/**
 * The body as JSON. GitHub's default content type for a new webhook is a form,
 * `payload=<url-encoded JSON>`; it is read too, so a hook set up with the defaults works.
 */
function parseJson(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(formPayload(text) ?? text) as unknown;
  } catch {
    return undefined;
  }
}

/** The JSON inside a form-encoded GitHub body (`payload=…`), or undefined for a JSON body. */
function formPayload(text: string): string | undefined {
  return text.startsWith('payload=') ? (new URLSearchParams(text).get('payload') ?? '') : undefined;
}

/** A translated native event, validated against its schema exactly as an envelope's data is. */
function readTranslated(t: Extract<Translation, { kind: 'event' }>): ParsedEvent {
  const entry = findEventSchema(t.type, t.version);
  if (!entry) return { ok: false, code: 'unknown_event_type', message: `No schema for "${t.type}".`, type: t.type };
  const parsed = entry.schema.safeParse(t.data);
  const id = `${entry.type}@${entry.version}`;
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      code: 'invalid_payload',
      type: id,
      message: `${id}: "${issue?.path.join('.') ?? ''}" ${issue?.message ?? 'is invalid'}`,
    };
  }
  return {
    ok: true,
    type: entry.type,
    version: entry.version,
    data: parsed.data as Record<string, unknown>,
    occurredAt: t.occurredAt,
  };
}

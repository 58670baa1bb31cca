import { z } from 'zod';
import { findEventSchema, EVENT_SCHEMAS } from './schemas';

/**
 * The body of an inbound delivery, in the Standard Webhooks shape:
 * `{ "type": "job.succeeded@1", "timestamp": "2026-…Z", "data": { … } }`.
 */
const EnvelopeSchema = z.object({
  type: z.string().min(1).max(100),
  timestamp: z.iso.datetime({ offset: true }).optional(),
  data: z.record(z.string(), z.unknown()),
});

export type EventRejectionCode =
  'invalid_json' | 'invalid_envelope' | 'unknown_event_type' | 'unknown_schema_version' | 'invalid_payload';

export interface PayloadIssue {
  path: string;
  message: string;
  code: string;
}

export type ParsedEvent =
  | { ok: true; type: string; version: number; data: Record<string, unknown>; occurredAt: Date | undefined }
  | { ok: false; code: EventRejectionCode; message: string; type?: string; issues?: PayloadIssue[] };

const TYPE_PATTERN = /^([a-z][a-z0-9_]*(?:\.[a-z][a-z0-9_]*)+)(?:@(\d{1,4}))?$/;

function issuesOf(error: z.ZodError, prefix: string): PayloadIssue[] {
  return error.issues.map((issue) => ({
    path: [prefix, ...issue.path.map(String)].filter(Boolean).join('.'),
    message: issue.message,
    code: issue.code,
  }));
}

/** Reads and validates one delivery body; every failure says what to fix. */
export function parseEventBody(text: string): ParsedEvent {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, code: 'invalid_json', message: `The body is not JSON: ${(error as Error).message}` };
  }
  const envelope = EnvelopeSchema.safeParse(json);
  if (!envelope.success) {
    const issues = issuesOf(envelope.error, '');
    const first = issues[0];
    return {
      ok: false,
      code: 'invalid_envelope',
      message: `The body must be {"type", "timestamp"?, "data": {…}}${first ? `: "${first.path}" ${first.message}` : ''}.`,
      issues,
    };
  }
  const { type: rawType, timestamp, data } = envelope.data;
  const match = TYPE_PATTERN.exec(rawType);
  const type = match?.[1] ?? rawType;
  const known = EVENT_SCHEMAS.some((e) => e.type === type);
  if (!match || !known) {
    const list = [...new Set(EVENT_SCHEMAS.map((e) => e.type))].join(', ');
    return {
      ok: false,
      code: 'unknown_event_type',
      type: rawType,
      message: `Unknown event type "${rawType}". Known types: ${list}.`,
    };
  }
  const version = match[2] === undefined ? undefined : Number(match[2]);
  const entry = findEventSchema(type, version);
  if (!entry) {
    const versions = EVENT_SCHEMAS.filter((e) => e.type === type).map((e) => `${e.type}@${e.version}`);
    return {
      ok: false,
      code: 'unknown_schema_version',
      type: rawType,
      message: `"${rawType}" is not a known schema version; use ${versions.join(' or ')}.`,
    };
  }
  const parsed = entry.schema.safeParse(data);
  if (!parsed.success) {
    const issues = issuesOf(parsed.error, 'data');
    const first = issues[0]!;
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
    return {
      ok: false,
      code: 'invalid_payload',
      type: `${entry.type}@${entry.version}`,
      message: `Invalid ${entry.type}@${entry.version} payload: "${first.path}" ${first.message}${more}.`,
      issues,
    };
  }
  return {
    ok: true,
    type: entry.type,
    version: entry.version,
    data: parsed.data as Record<string, unknown>,
    occurredAt: timestamp === undefined ? undefined : new Date(timestamp),
  };
}

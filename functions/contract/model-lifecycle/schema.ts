import { z } from '@hono/zod-openapi';
import { integerString, VersionNumberSchema } from '../strict-integer';
import type {
  LifecycleEvent,
  OutboundAttempt,
  OutboundDelivery,
  RetrainPolicy,
  RetrainRequest,
  WebhookSubscription,
} from '../../../db/schema';
import { STAGE_LABELS, stageOf, TIMELINE_STAGES } from '../../../src/lib/events/timeline';
import {
  DatasetPolicyConfigSchema,
  MaxAgePolicyConfigSchema,
  MetricPolicyConfigSchema,
  RETRAIN_REQUEST_STATUSES,
} from '../../../src/lib/retrain/types';
import { redactUrl } from '../../outbound/deliver';
import { HttpUrlSchema, SlugSchema } from '../shared-schema';

export const ModelParamSchema = z.object({ slug: SlugSchema.openapi({ param: { name: 'slug', in: 'path' } }) });
const idParam = (name: string, pattern: RegExp, example: string) =>
  z
    .string()
    .regex(pattern, `Not a valid id.`)
    .openapi({ param: { name, in: 'path' }, example });
export const DeliveryParamSchema = ModelParamSchema.extend({
  id: idParam('id', /^msg_[A-Za-z0-9_-]{4,64}$/, 'msg_Jm2bX0c1q9ZkS7aa'),
});
export const PolicyParamSchema = ModelParamSchema.extend({
  id: idParam('id', /^rp_[A-Za-z0-9_-]{4,64}$/, 'rp_b1Q2w3E4r5T6y7U8'),
});
export const RequestParamSchema = ModelParamSchema.extend({
  id: idParam('id', /^rr_[A-Za-z0-9_-]{4,64}$/, 'rr_Zx8cV7bN6mA5sD4f'),
});

const limit = integerString({ max: 200 }).optional().openapi({ description: 'Page size (default 50, max 200).' });
const cursor = z.string().max(512).optional().openapi({ description: 'Opaque cursor from `nextCursor`.' });

export const EventListQuerySchema = z.object({
  type: z
    .string()
    .max(500)
    .optional()
    .openapi({ description: 'Only these types, comma-separated (e.g. `job.succeeded,benchmark.completed`).' }),
  version: integerString()
    .optional()
    .openapi({ description: 'Only events about this model version (e.g. its benchmarks).' }),
  after: integerString({ min: 0 })
    .optional()
    .openapi({ description: 'Live polling: events newer than this id, oldest first (then `cursor` is not used).' }),
  limit,
  cursor,
});

export const LifecycleEventSchema = z
  .object({
    id: z.number().int(),
    type: z.string().openapi({ example: 'job.succeeded' }),
    schemaVersion: z.number().int(),
    stage: z.enum(TIMELINE_STAGES).openapi({ description: 'Where the event sits on the lifecycle timeline.' }),
    stageLabel: z.string(),
    summary: z.string(),
    origin: z.enum(['webhook', 'hub']),
    source: z.string().nullable().openapi({ description: 'Webhook source that delivered it (hub events: null).' }),
    modelVersion: z.number().int().nullable(),
    job: z.object({ id: z.string(), kind: z.string().nullable() }).nullable(),
    gpuHours: z.number().nullable(),
    retrainRequest: z.string().nullable(),
    causeEventId: z.number().int().nullable(),
    occurredAt: z.iso.datetime(),
    recordedAt: z.iso.datetime(),
    data: z.record(z.string(), z.unknown()),
  })
  .openapi('LifecycleEvent');

export const LifecycleEventListSchema = z
  .object({
    items: z.array(LifecycleEventSchema),
    nextCursor: z.string().nullable(),
    latestId: z.number().int().openapi({
      description: 'Highest event id in this response (or the `after` sent): poll again with `after=latestId`.',
    }),
  })
  .openapi('LifecycleEventList');

export const OutboundAttemptSchema = z
  .object({
    attempt: z.number().int(),
    startedAt: z.iso.datetime(),
    statusCode: z.number().int().nullable(),
    latencyMs: z.number().int().nullable(),
    error: z.string().nullable(),
    outcome: z.enum(['delivered', 'retry', 'give_up', 'disabled', 'refused']),
  })
  .openapi('OutboundAttempt');

export const OutboundDeliverySchema = z
  .object({
    id: z.string().openapi({ description: 'The `webhook-id`, the same on every attempt.' }),
    eventType: z.string(),
    status: z.enum(['pending', 'sending', 'delivered', 'failed', 'cancelled']),
    attempts: z.number().int(),
    lastStatusCode: z.number().int().nullable(),
    lastLatencyMs: z.number().int().nullable(),
    lastError: z.string().nullable(),
    nextAttemptAt: z.iso.datetime().nullable().openapi({ description: 'When the next try is due (pending only).' }),
    retrainRequest: z.string().nullable(),
    createdAt: z.iso.datetime(),
    deliveredAt: z.iso.datetime().nullable(),
    attemptLog: z.array(OutboundAttemptSchema),
  })
  .openapi('OutboundDelivery');

export const OutboundDeliveryListSchema = z
  .object({ items: z.array(OutboundDeliverySchema), nextCursor: z.string().nullable() })
  .openapi('OutboundDeliveryList');

export const DeliveryListQuerySchema = z.object({
  status: z.enum(['pending', 'sending', 'delivered', 'failed', 'cancelled']).optional(),
  limit,
  cursor,
});

const common = {
  description: z.string().trim().max(500).default(''),
  enabled: z.boolean().default(true),
};

export const PolicyCreateSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('dataset_version'), config: DatasetPolicyConfigSchema.default({}), ...common }).strict(),
    z.object({ kind: z.literal('metric_threshold'), config: MetricPolicyConfigSchema, ...common }).strict(),
    z.object({ kind: z.literal('max_age'), config: MaxAgePolicyConfigSchema, ...common }).strict(),
  ])
  .openapi('RetrainPolicyCreate', {
    description:
      '`dataset_version`: fires on a new version of `config.dataset` (or, without it, of any dataset the production version was trained on). ' +
      '`metric_threshold`: fires when an evaluation job or benchmark reports `metric <comparison> threshold`. ' +
      '`max_age`: fires when the version behind `alias` (default production) is older than `maxAgeDays` (checked every minute).',
  });

export const PolicyPatchSchema = z
  .object({
    description: z.string().trim().max(500),
    enabled: z.boolean(),
    config: z
      .record(z.string(), z.unknown())
      .openapi({ description: "A complete new configuration for the policy's kind." }),
  })
  .partial()
  .strict()
  .refine((p) => Object.keys(p).length > 0, { message: 'Send at least one field to change.' })
  .openapi('RetrainPolicyPatch');

export const PolicySchema = z
  .object({
    id: z.string(),
    kind: z.enum(['dataset_version', 'metric_threshold', 'max_age']),
    config: z.record(z.string(), z.unknown()),
    description: z.string(),
    enabled: z.boolean(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    lastFiredAt: z.iso.datetime().nullable(),
  })
  .openapi('RetrainPolicy');

export const PolicyListSchema = z.object({ items: z.array(PolicySchema) }).openapi('RetrainPolicyList');

export const RetrainRequestCreateSchema = z
  .object({
    note: z.string().trim().max(500).optional().openapi({ description: 'Why, for the people reading the timeline.' }),
    parentVersion: VersionNumberSchema.optional().openapi({
      description: 'Version to start from (default: production, else the newest).',
    }),
  })
  .strict()
  .openapi('RetrainRequestCreate');

export const RetrainRequestSchema = z
  .object({
    id: z.string(),
    status: z.enum(RETRAIN_REQUEST_STATUSES),
    statusReason: z.string().nullable(),
    trigger: z.enum(['dataset_version', 'metric_threshold', 'max_age', 'manual']),
    policy: z.string().nullable(),
    reason: z.string(),
    inputs: z.record(z.string(), z.unknown()),
    resultVersion: z
      .number()
      .int()
      .nullable()
      .openapi({ description: 'The version a successful retraining registered.' }),
    openedAt: z.iso.datetime(),
    triggeredAt: z.iso.datetime().nullable(),
    closedAt: z.iso.datetime().nullable(),
  })
  .openapi('RetrainRequest');

export const RetrainRequestListSchema = z
  .object({ items: z.array(RetrainRequestSchema), nextCursor: z.string().nullable() })
  .openapi('RetrainRequestList');

export const RequestListQuerySchema = z.object({ status: z.enum(RETRAIN_REQUEST_STATUSES).optional(), limit, cursor });

export const TriggerPutSchema = z
  .object({
    url: HttpUrlSchema.openapi({
      description:
        'Where retrain requests are POSTed, e.g. a GitLab pipeline trigger URL (its token in the query is never shown back).',
      example: 'https://gitlab.cern.ch/api/v4/projects/1234/trigger/pipeline?token=glptt-xxxxxxxxxxxxxxxxxxxx',
    }),
    ref: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .optional()
      .openapi({ description: 'Sent as `ref` (the branch a GitLab pipeline trigger runs).', example: 'main' }),
    rotateSecret: z.boolean().default(false).openapi({ description: 'Issue a new signing secret (returned once).' }),
  })
  .strict()
  .openapi('RetrainTriggerPut');

export const TriggerSchema = z
  .object({
    url: z.string().nullable().openapi({
      description: 'The target with query values hidden; shown to the owner group and admins only (null for others).',
    }),
    ref: z.string().nullable(),
    status: z.enum(['active', 'disabled']),
    disabledReason: z.string().nullable(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .openapi('RetrainTrigger');

export const TriggerWithSecretSchema = TriggerSchema.extend({
  secret: z.string().nullable().openapi({
    description:
      'The signing secret (`whsec_…`) when new or rotated; shown only now. Receivers verify `webhook-signature` with it.',
  }),
}).openapi('RetrainTriggerWithSecret');

export function toEventResponse(e: LifecycleEvent): z.infer<typeof LifecycleEventSchema> {
  const stage = stageOf(e.type, e.data);
  return {
    id: e.id,
    type: e.type,
    schemaVersion: e.schemaVersion,
    stage,
    stageLabel: STAGE_LABELS[stage],
    summary: e.summary,
    origin: e.origin,
    source: e.sourceId,
    modelVersion: e.modelVersion,
    job: e.jobId ? { id: e.jobId, kind: e.jobKind } : null,
    gpuHours: e.gpuHours,
    retrainRequest: e.retrainRequestId,
    causeEventId: e.causeEventId,
    occurredAt: e.occurredAt.toISOString(),
    recordedAt: e.recordedAt.toISOString(),
    data: e.data,
  };
}

export function toDeliveryResponse(
  d: OutboundDelivery,
  attempts: OutboundAttempt[],
): z.infer<typeof OutboundDeliverySchema> {
  return {
    id: d.id,
    eventType: d.eventType,
    status: d.status,
    attempts: d.attempts,
    lastStatusCode: d.lastStatusCode,
    lastLatencyMs: d.lastLatencyMs,
    lastError: d.lastError,
    nextAttemptAt: d.status === 'pending' ? d.nextAttemptAt.toISOString() : null,
    retrainRequest: d.retrainRequestId,
    createdAt: d.createdAt.toISOString(),
    deliveredAt: d.deliveredAt?.toISOString() ?? null,
    attemptLog: attempts.map((a) => ({
      attempt: a.attempt,
      startedAt: a.startedAt.toISOString(),
      statusCode: a.statusCode,
      latencyMs: a.latencyMs,
      error: a.error,
      outcome: a.outcome,
    })),
  };
}

export function toPolicyResponse(p: RetrainPolicy): z.infer<typeof PolicySchema> {
  return {
    id: p.id,
    kind: p.kind,
    config: p.config as Record<string, unknown>,
    description: p.description,
    enabled: p.enabled,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
    lastFiredAt: p.lastFiredAt?.toISOString() ?? null,
  };
}

export function toRequestResponse(r: RetrainRequest): z.infer<typeof RetrainRequestSchema> {
  return {
    id: r.id,
    status: r.status,
    statusReason: r.statusReason,
    trigger: r.triggerKind,
    policy: r.policyId,
    reason: r.reason,
    inputs: r.inputs as unknown as Record<string, unknown>,
    resultVersion: r.resultVersion,
    openedAt: r.openedAt.toISOString(),
    triggeredAt: r.triggeredAt?.toISOString() ?? null,
    closedAt: r.closedAt?.toISOString() ?? null,
  };
}

/** `showTarget`: the caller is of the owner group or an admin (others do not learn where triggers go). */
export function toTriggerResponse(s: WebhookSubscription, showTarget: boolean): z.infer<typeof TriggerSchema> {
  return {
    url: showTarget ? redactUrl(s.url) : null,
    ref: s.ref,
    status: s.status,
    disabledReason: s.disabledReason,
    createdAt: s.createdAt.toISOString(),
    updatedAt: s.updatedAt.toISOString(),
  };
}

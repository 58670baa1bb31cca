import { z } from '@hono/zod-openapi';
import type { WebhookDelivery, WebhookSource } from '../../../db/schema';
import { ALL_SCHEMES } from '../../../src/lib/webhooks';
import { PageInfoSchema, PaginationQuerySchema } from '../shared-schema';

const SchemeSchema = z.enum(ALL_SCHEMES as ['standard', 'mlflow', 'github', 'gitlab']);

export const SourceIdParamSchema = z.object({
  id: z
    .string()
    .regex(/^src_[A-Za-z0-9_-]{4,64}$/, 'A source id looks like "src_…".')
    .openapi({ param: { name: 'id', in: 'path' }, example: 'src_3kTMd9aQ1f0bWmXc' }),
});

export const SourceCreateSchema = z
  .object({
    name: z.string().trim().min(1).max(120).openapi({ example: 'jet-tagger GitLab CI' }),
    group: z.string().trim().min(1).max(32).openapi({
      description:
        'Group the source reports for (e.g. "cms"); its events may only touch that group\'s models and datasets.',
    }),
    schemes: z.array(SchemeSchema).min(1).max(4).optional().openapi({
      description: 'Signature schemes accepted: standard (Standard Webhooks), github, gitlab, mlflow. Default: all.',
    }),
  })
  .strict()
  .openapi('WebhookSourceCreate');

export const SourcePatchSchema = z
  .object({ name: z.string().trim().min(1).max(120), schemes: z.array(SchemeSchema).min(1).max(4) })
  .partial()
  .strict()
  .refine((p) => Object.keys(p).length > 0, { message: 'Send at least one field to change.' })
  .openapi('WebhookSourcePatch');

export const RotateSchema = z
  .object({
    overlapSeconds: z
      .number()
      .int()
      .min(0)
      .optional()
      .openapi({ description: 'How long the old secret keeps verifying (default 86400; 0 stops it at once).' }),
  })
  .strict()
  .openapi('WebhookSourceRotate');

export const SourceSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    group: z.string(),
    schemes: z.array(SchemeSchema),
    status: z.enum(['active', 'disabled']),
    endpoint: z.string().openapi({ description: 'Where to send deliveries: POST here.' }),
    createdAt: z.iso.datetime(),
    rotatedAt: z.iso.datetime().nullable(),
    previousSecretExpiresAt: z.iso
      .datetime()
      .nullable()
      .openapi({ description: 'Until then the secret before the last rotation still verifies.' }),
    disabledAt: z.iso.datetime().nullable(),
  })
  .openapi('WebhookSource');

export const SourceWithSecretSchema = SourceSchema.extend({
  secret: z.string().openapi({
    description: 'The signing secret (`whsec_…`), shown only in this response.',
    example: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
  }),
}).openapi('WebhookSourceWithSecret');

export const SourceListQuerySchema = z.object({ group: z.string().max(32).optional() });
export const SourceListSchema = z.object({ items: z.array(SourceSchema) }).openapi('WebhookSourceList');

export const DeliveryListQuerySchema = PaginationQuerySchema.extend({
  status: z.enum(['accepted', 'rejected']).optional(),
});

export const InboundDeliverySchema = z
  .object({
    id: z.string(),
    deliveryId: z
      .string()
      .openapi({ description: "The sender's id (webhook-id, X-GitHub-Delivery, Idempotency-Key)." }),
    scheme: SchemeSchema,
    status: z.enum(['accepted', 'rejected']),
    eventType: z.string().nullable(),
    error: z.object({ code: z.string(), message: z.string() }).nullable(),
    rejectedBody: z
      .string()
      .nullable()
      .openapi({ description: 'What arrived, for rejected deliveries (first 4 KiB).' }),
    bodyBytes: z.number().int(),
    receivedAt: z.iso.datetime(),
  })
  .openapi('InboundDelivery');

export const InboundDeliveryListSchema = z
  .object({ items: z.array(InboundDeliverySchema) })
  .extend({ nextCursor: PageInfoSchema.shape.nextCursor })
  .openapi('InboundDeliveryList');

export const EventTypeSchema = z
  .object({
    type: z.string().openapi({ example: 'job.succeeded' }),
    version: z.number().int(),
    id: z.string().openapi({ example: 'job.succeeded@1' }),
    description: z.string(),
    schemaRef: z.string().openapi({ description: 'The component in this OpenAPI document.' }),
    jsonSchema: z.record(z.string(), z.unknown()),
    example: z.unknown(),
  })
  .openapi('EventType');

export const EventTypeListSchema = z.object({ items: z.array(EventTypeSchema) }).openapi('EventTypeList');

export const OutboundRunSchema = z
  .object({
    attempted: z.number().int(),
    delivered: z.number().int(),
    policiesFired: z.number().int(),
  })
  .openapi('OutboundRun');

export function toSourceResponse(source: WebhookSource, publicUrl: string): z.infer<typeof SourceSchema> {
  return {
    id: source.id,
    name: source.name,
    group: source.groupId,
    schemes: source.schemes,
    status: source.status,
    endpoint: new URL(`/api/hooks/${source.id}`, publicUrl).toString(),
    createdAt: source.createdAt.toISOString(),
    rotatedAt: source.rotatedAt?.toISOString() ?? null,
    previousSecretExpiresAt: source.previousSecretExpiresAt?.toISOString() ?? null,
    disabledAt: source.disabledAt?.toISOString() ?? null,
  };
}

export function toInboundDeliveryResponse(d: WebhookDelivery): z.infer<typeof InboundDeliverySchema> {
  return {
    id: d.id,
    deliveryId: d.deliveryId,
    scheme: d.scheme,
    status: d.status,
    eventType: d.eventType,
    error: d.errorCode ? { code: d.errorCode, message: d.errorMessage ?? '' } : null,
    rejectedBody: d.rejectedBody,
    bodyBytes: d.bodyBytes,
    receivedAt: d.receivedAt.toISOString(),
  };
}

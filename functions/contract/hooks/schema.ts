import { z } from '@hono/zod-openapi';

export const HookParamSchema = z.object({
  sourceId: z.string().openapi({ param: { name: 'sourceId', in: 'path' }, example: 'src_3kTMd9aQ1f0bWmXc' }),
});

export const DeliveryAcceptedSchema = z
  .object({
    duplicate: z
      .boolean()
      .openapi({ description: 'True when this delivery id was accepted before: nothing was written again.' }),
    eventId: z.number().int().nullable().openapi({ description: 'The lifecycle event the delivery recorded.' }),
    deliveryId: z.string().openapi({ description: "The sender's delivery id (the idempotency key)." }),
    type: z.string().nullable().openapi({ example: 'job.succeeded@1' }),
  })
  .openapi('DeliveryAccepted');

export const EventEnvelopeSchema = z
  .object({
    type: z.string().openapi({
      description: 'Event type, optionally with its schema version: `job.succeeded` or `job.succeeded@1`.',
      example: 'job.started',
    }),
    timestamp: z.iso
      .datetime({ offset: true })
      .optional()
      .openapi({ description: 'When it happened (defaults to when it was received).' }),
    data: z.record(z.string(), z.unknown()).openapi({
      description:
        'The payload; its schema depends on `type` (see the `Event…` components and GET /api/webhooks/event-types).',
    }),
  })
  .openapi('EventEnvelope');

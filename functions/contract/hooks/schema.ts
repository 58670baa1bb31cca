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

export const DeliveryIgnoredSchema = z
  .object({
    ignored: z.literal(true),
    reason: z.string().openapi({
      description: 'Why nothing was recorded, as listed in the delivery log.',
      example: 'GitHub "push" events are not recorded; the hub reads workflow_run, workflow_job, release and ping',
    }),
    deliveryId: z.string().openapi({ description: "The sender's delivery id." }),
    type: z
      .string()
      .nullable()
      .openapi({ description: 'The native event as seen: `github:push`, `gitlab:pipeline.skipped` …' }),
  })
  .openapi('DeliveryIgnored');

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

export const NativeGithubBodySchema = z
  .object({
    action: z.string().optional(),
    repository: z.object({ full_name: z.string() }).loose().optional(),
    workflow_run: z.record(z.string(), z.unknown()).optional(),
    workflow_job: z.record(z.string(), z.unknown()).optional(),
    release: z.record(z.string(), z.unknown()).optional(),
  })
  .loose()
  .openapi('NativeGithubBody', {
    description:
      'What a GitHub repository or organization webhook sends (header `X-GitHub-Event`): `workflow_run`, `workflow_job`, `release`, `ping`; see https://docs.github.com/webhooks/webhook-events-and-payloads.',
  });

export const NativeGitlabBodySchema = z
  .object({
    object_kind: z.string().openapi({ example: 'pipeline' }),
    object_attributes: z.record(z.string(), z.unknown()).optional(),
    project: z.object({ path_with_namespace: z.string() }).loose().optional(),
  })
  .loose()
  .openapi('NativeGitlabBody', {
    description:
      'What a GitLab project or group webhook sends (header `X-Gitlab-Event`): Pipeline Hook, Job Hook, Release Hook; see https://docs.gitlab.com/user/project/integrations/webhook_events/.',
  });

import { z } from '@hono/zod-openapi';
import type { WebhookDelivery, WebhookSource } from '../../../db/schema';
import { ALL_SCHEMES } from '../../../src/lib/webhooks';
import { JOB_KINDS } from '../../../src/lib/events/vocabulary';
import { MAX_SOURCE_MAPPINGS } from '../../../src/lib/webhooks/source-mappings';
import { PageInfoSchema, PaginationQuerySchema } from '../shared-schema';

const SchemeSchema = z.enum(ALL_SCHEMES as ['standard', 'mlflow', 'github', 'gitlab']);

export const SourceIdParamSchema = z.object({
  id: z
    .string()
    .regex(/^src_[A-Za-z0-9_-]{4,64}$/, 'A source id looks like "src_…".')
    .openapi({ param: { name: 'id', in: 'path' }, example: 'src_3kTMd9aQ1f0bWmXc' }),
});

const glob = (what: string) =>
  z
    .string()
    .trim()
    .min(1)
    .max(200)
    .regex(/^[^\u0000-\u001f]+$/, 'No control characters.')
    .default('*')
    .openapi({ description: `${what}; a glob: \`*\` any characters, \`?\` one. Default \`*\`.` });
const mappingTarget = {
  model: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'A model slug, e.g. "jet-tagger".')
    .min(2)
    .max(64)
    .openapi({ description: "Slug of the hub model the run reports on; it must belong to the source's group." }),
  kind: z
    .enum(JOB_KINDS)
    .default('training')
    .openapi({ description: 'What the run is for the model (default `training`).' }),
};

export const GithubMappingSchema = z
  .object({
    provider: z.literal('github'),
    repository: glob('Repository `owner/name` (case-insensitive)'),
    workflow: glob('Workflow file path (`.github/workflows/train.yml`), its file name, or the workflow name'),
    branch: glob('Branch the run is on'),
    job: glob('Job name (workflow_job events; a workflow_run has no job and matches only `*`)'),
    ...mappingTarget,
  })
  .strict()
  .openapi('WebhookGithubMapping', {
    example: {
      provider: 'github',
      repository: 'cms-l1t/anomaly-*',
      workflow: 'train*.yml',
      branch: 'main',
      job: '*',
      model: 'l1-anomaly-ae',
      kind: 'training',
    },
  });

export const GitlabMappingSchema = z
  .object({
    provider: z.literal('gitlab'),
    project: glob('Project path with its namespace, e.g. `cms-ml/jet-tagger` (case-insensitive)'),
    pipeline: glob('Pipeline name (`workflow:name`; an unnamed pipeline matches only `*`)'),
    job: glob('Job name (Job Hook events; a Pipeline Hook has no job and matches only `*`)'),
    branch: glob('Branch (or tag) the pipeline runs for'),
    ...mappingTarget,
  })
  .strict()
  .openapi('WebhookGitlabMapping', {
    example: {
      provider: 'gitlab',
      project: 'cms-ml/jet-tagger',
      pipeline: '*',
      job: 'evaluate*',
      branch: '*',
      model: 'jet-tagger',
      kind: 'evaluation',
    },
  });

export const SourceMappingsSchema = z
  .array(z.discriminatedUnion('provider', [GithubMappingSchema, GitlabMappingSchema]))
  .max(MAX_SOURCE_MAPPINGS)
  .openapi({
    description:
      `Which model a native GitHub or GitLab run belongs to: an ordered list (at most ${MAX_SOURCE_MAPPINGS}), the first rule that matches decides. ` +
      'A run no rule matches is stored as ignored ("no model matches …"). A release takes the first rule for its repository or project whose `job` is `*`. ' +
      'Envelope bodies name their model themselves and ignore these rules.',
  });

const AllowProtectedAliasesSchema = z.boolean().openapi({
  description:
    'Whether deliveries may move or remove protected aliases (`production` and aliases marked protected), through ' +
    '`model.alias.set` or MLflow `model_version_alias.created`/`deleted`. Default false: such a delivery is stored ' +
    'as rejected (403 `protected_alias`). The alias history names the source for each move it made.',
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
    mappings: SourceMappingsSchema.optional(),
    allowProtectedAliases: AllowProtectedAliasesSchema.optional(),
  })
  .strict()
  .openapi('WebhookSourceCreate');

export const SourcePatchSchema = z
  .object({
    name: z.string().trim().min(1).max(120),
    schemes: z.array(SchemeSchema).min(1).max(4),
    mappings: SourceMappingsSchema.openapi({ description: 'Replaces the whole list (send `[]` to clear it).' }),
    allowProtectedAliases: AllowProtectedAliasesSchema,
  })
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
      .max(30 * 86_400)
      .optional()
      .openapi({
        description: 'How long the old secret keeps verifying (default 86400, at most 30 days; 0 stops it at once).',
      }),
  })
  .strict()
  .openapi('WebhookSourceRotate');

export const SourceSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    group: z.string(),
    schemes: z.array(SchemeSchema),
    mappings: SourceMappingsSchema,
    status: z.enum(['active', 'disabled']),
    allowProtectedAliases: AllowProtectedAliasesSchema,
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
  status: z.enum(['accepted', 'rejected', 'ignored']).optional(),
});

export const InboundDeliverySchema = z
  .object({
    id: z.string(),
    deliveryId: z
      .string()
      .openapi({ description: "The sender's id (webhook-id, X-GitHub-Delivery, Idempotency-Key)." }),
    scheme: SchemeSchema,
    status: z.enum(['accepted', 'rejected', 'ignored']).openapi({
      description:
        '`ignored`: a native GitHub / GitLab event the hub does not record (another event or action, or no model matches); `error` says why.',
    }),
    eventType: z.string().nullable(),
    error: z
      .object({ code: z.string(), message: z.string() })
      .nullable()
      .openapi({ description: 'Why a delivery was rejected or ignored.' }),
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
    mappings: source.mappings ?? [],
    status: source.status,
    allowProtectedAliases: source.allowProtectedAliases,
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

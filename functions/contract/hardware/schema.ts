import { z } from '@hono/zod-openapi';
import type { CapacityReport, HardwarePool } from '../../../db/schema';
import {
  ACCELERATOR_KINDS,
  AVAILABILITIES,
  CAPACITY_SOURCES,
  POOL_STATUSES,
  POOL_ZONES,
  PRECISIONS,
  SCHEDULERS,
} from '../../../src/lib/hardware-vocabulary';
import { markdownField } from '../markdown-field';
import { oneOrMany } from '../multi-value';
import { orNull, PageInfoSchema, PaginationQuerySchema, SlugSchema } from '../shared-schema';

const text = (max: number) =>
  z.string().trim().min(1, 'Required: this cannot be empty.').max(max, `At most ${max} characters.`);
const optionalText = (max: number) => z.string().trim().min(1).max(max).nullable().default(null);
const count = z.number().int().min(0).max(1_000_000);

export const AcceleratorSchema = z
  .object({
    kind: z.enum(ACCELERATOR_KINDS),
    vendor: optionalText(60).openapi({ example: 'AMD' }),
    model: optionalText(100).openapi({ example: 'AMD Instinct MI50' }),
    memoryGb: z
      .number()
      .positive()
      .max(100_000)
      .nullable()
      .default(null)
      .openapi({ description: 'Memory per device, GB.' }),
    count: count
      .nullable()
      .default(null)
      .openapi({ description: 'Devices in the whole pool; null when not recorded.' }),
    perNode: count.nullable().default(null).openapi({ description: 'Devices per node, when nodes are alike.' }),
  })
  .strict()
  .openapi('Accelerator');

const PoolFields = {
  name: text(120).openapi({ example: 'ALICE EPN farm' }),
  summary: text(280),
  site: text(120).openapi({ example: 'CERN, LHC Point 2' }),
  zone: z.enum(POOL_ZONES),
  accelerators: z.array(AcceleratorSchema).max(20),
  precisions: z
    .array(z.enum(PRECISIONS))
    .max(PRECISIONS.length)
    .refine((p) => new Set(p).size === p.length, 'List each precision once.'),
  scheduler: z.enum(SCHEDULERS).nullable().openapi({ description: 'How jobs reach the pool; null when not recorded.' }),
  availability: z.enum(AVAILABILITIES).openapi({
    description: '`opportunistic`: usable when its main use leaves room (e.g. when data taking does not fill it).',
  }),
  access: markdownField(10_000)
    .refine((s) => s.trim().length > 0, 'Required: say who may use the pool and how to ask for access.')
    .openapi({ description: 'Who may use it and how to request access (Markdown).' }),
  description: markdownField(20_000),
  tools: z
    .array(SlugSchema)
    .max(30)
    .refine((t) => new Set(t).size === t.length, 'List each tool once.')
    .openapi({ description: 'Slugs of published tools in the directory that run on this pool.' }),
  unverified: z.array(text(300)).max(20).openapi({ description: 'Statements on the entry nobody has confirmed yet.' }),
};

export const PoolCreateSchema = z
  .object({
    slug: SlugSchema,
    ...PoolFields,
    accelerators: PoolFields.accelerators.default([]),
    precisions: PoolFields.precisions.default([]),
    scheduler: PoolFields.scheduler.default(null),
    description: PoolFields.description.default(''),
    tools: PoolFields.tools.default([]),
    unverified: PoolFields.unverified.default([]),
    ownerGroup: z
      .string()
      .trim()
      .max(32)
      .optional()
      .openapi({ description: "Group that owns the entry and reports its capacity; defaults to the token's group." }),
  })
  .strict()
  .openapi('HardwarePoolCreate');

export const PoolPatchSchema = z
  .object({ slug: SlugSchema, ...PoolFields })
  .partial()
  .strict()
  .refine((patch) => Object.keys(patch).length > 0, { message: 'Send at least one field to change.' })
  .openapi('HardwarePoolPatch');

export const CapacityReportCreateSchema = z
  .object({
    status: z.enum(POOL_STATUSES).default('up'),
    freeGpus: count.nullable().default(null).openapi({ example: 12 }),
    totalGpus: count.nullable().default(null).openapi({ description: 'GPUs in service now, when known.' }),
    queueLength: count.nullable().default(null).openapi({ description: 'Jobs waiting for the pool.' }),
    note: optionalText(500),
    observedAt: z.iso
      .datetime({ offset: true })
      .optional()
      .openapi({ description: 'When these numbers were observed; defaults to the time of the request.' }),
  })
  .strict()
  .refine((r) => r.freeGpus === null || r.totalGpus === null || r.freeGpus <= r.totalGpus, {
    message: 'freeGpus cannot exceed totalGpus.',
    path: ['freeGpus'],
  })
  .openapi('CapacityReportCreate');

export const CapacityReportSchema = z
  .object({
    id: z.number().int(),
    pool: z.string(),
    status: z.enum(POOL_STATUSES),
    freeGpus: z.number().int().nullable(),
    totalGpus: z.number().int().nullable(),
    queueLength: z.number().int().nullable(),
    note: z.string().nullable(),
    observedAt: z.iso.datetime(),
    receivedAt: z.iso.datetime(),
    source: z.enum(CAPACITY_SOURCES),
  })
  .openapi('CapacityReport');

export const PoolSchema = z
  .object({
    slug: z.string(),
    name: z.string(),
    summary: z.string(),
    site: z.string(),
    zone: z.enum(POOL_ZONES),
    accelerators: z.array(AcceleratorSchema),
    precisions: z.array(z.enum(PRECISIONS)),
    scheduler: z.enum(SCHEDULERS).nullable(),
    availability: z.enum(AVAILABILITIES),
    access: z.string(),
    description: z.string(),
    tools: z.array(z.string()),
    ownerGroup: z.string().nullable(),
    unverified: z.array(z.string()),
    capacity: orNull(CapacityReportSchema).openapi({
      description: 'The latest capacity report; null before the first.',
    }),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    url: z.string().openapi({ description: 'The pool page on the site.' }),
  })
  .openapi('HardwarePool');

export const PoolListQuerySchema = PaginationQuerySchema.extend({
  accelerator: oneOrMany(z.enum(ACCELERATOR_KINDS), 'Pools with at least one accelerator of this kind.'),
  zone: oneOrMany(z.enum(POOL_ZONES), 'Network zone.'),
  scheduler: oneOrMany(z.enum(SCHEDULERS), 'Scheduler.'),
  availability: oneOrMany(z.enum(AVAILABILITIES), 'Availability.'),
});

export const PoolListSchema = z
  .object({ items: z.array(PoolSchema) })
  .extend(PageInfoSchema.shape)
  .openapi('HardwarePoolList');

export const CapacityHistoryQuerySchema = PaginationQuerySchema;

export const CapacityHistorySchema = z
  .object({ items: z.array(CapacityReportSchema), nextCursor: PageInfoSchema.shape.nextCursor })
  .openapi('CapacityHistory');

export const PoolSlugParamSchema = z.object({ slug: SlugSchema.openapi({ param: { name: 'slug', in: 'path' } }) });

export function toCapacityResponse(report: CapacityReport, poolSlug: string): z.infer<typeof CapacityReportSchema> {
  return {
    id: report.id,
    pool: poolSlug,
    status: report.status,
    freeGpus: report.freeGpus,
    totalGpus: report.totalGpus,
    queueLength: report.queueLength,
    note: report.note,
    observedAt: report.observedAt.toISOString(),
    receivedAt: report.createdAt.toISOString(),
    source: report.source,
  };
}

export function toPoolResponse(
  pool: HardwarePool,
  capacity: CapacityReport | undefined,
  publicUrl: string,
): z.infer<typeof PoolSchema> {
  return {
    slug: pool.slug,
    name: pool.name,
    summary: pool.summary,
    site: pool.site,
    zone: pool.zone,
    accelerators: pool.accelerators,
    precisions: pool.precisions,
    scheduler: pool.scheduler,
    availability: pool.availability,
    access: pool.accessMd,
    description: pool.descriptionMd,
    tools: pool.toolSlugs,
    ownerGroup: pool.ownerGroupId,
    unverified: pool.unverified,
    capacity: capacity ? toCapacityResponse(capacity, pool.slug) : null,
    createdAt: pool.createdAt.toISOString(),
    updatedAt: pool.updatedAt.toISOString(),
    url: new URL(`/hardware/${pool.slug}/`, publicUrl).toString(),
  };
}

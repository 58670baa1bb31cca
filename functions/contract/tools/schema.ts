import { z } from '@hono/zod-openapi';
import { oneOrMany } from '../multi-value';
import { TOOL_CHANGE_ACTIONS, type Tool } from '../../../db/schema';
import {
  EXPERIMENTS,
  LIFECYCLES,
  NETWORK_ZONES,
  TOOL_CATEGORIES,
  TOOL_STATUSES,
} from '../../../src/lib/tool-vocabulary';
import { HttpUrlSchema, orNull, PageInfoSchema, PaginationQuerySchema, SlugSchema } from '../shared-schema';
import type { ToolChangeView } from '../../../db/queries/tools';
import { markdownField } from '../markdown-field';

/** Text that must not be blank, with messages a person filling in the form can act on. */
const text = (max: number) =>
  z.string().trim().min(1, 'Required: this cannot be empty.').max(max, `At most ${max} characters.`);

export const AccessStepSchema = z
  .object({
    text: text(500).openapi({ example: 'Log in to the GPU interactive nodes.' }),
    command: z.string().trim().min(1).max(1000).optional().openapi({ example: 'ssh lxplus-gpu.cern.ch' }),
  })
  .openapi('AccessStep');

export const RequirementsSchema = z
  .object({
    account: z.string().trim().max(200).nullable().default(null),
    networkZones: z.array(z.enum(NETWORK_ZONES)).max(3).default([]),
    notes: z.array(text(300)).max(10).default([]),
  })
  .openapi('ToolRequirements');

export const HardwareSchema = z
  .object({
    kind: z.enum(['GPU', 'CPU', 'FPGA', 'storage', 'other']),
    model: z.string().trim().max(100).nullable().default(null),
    count: z.number().int().min(1).max(1_000_000).nullable().default(null),
    notes: z.string().trim().max(300).nullable().default(null),
  })
  .openapi('HardwareOffer');

export const LinksSchema = z
  .object({
    homepage: HttpUrlSchema.optional(),
    docs: HttpUrlSchema.optional(),
    repository: HttpUrlSchema.optional(),
    support: HttpUrlSchema.optional(),
  })
  .openapi('ToolLinks');

// JSON Schema patterns are Unicode-aware without the `u` flag that `\p{…}` needs in JavaScript.
const TAG_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N} ._+#-]*$/u;
const tag = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .regex(TAG_PATTERN, 'Tags are words: letters, digits, spaces and . _ + # -')
  .openapi({ pattern: TAG_PATTERN.source });

/** Fields a writer sets; shared by create and patch. */
const ToolFields = {
  name: text(120).openapi({ example: 'ml.cern.ch' }),
  summary: text(280).openapi({ example: "CERN's central Kubeflow-based ML service." }),
  description: markdownField(20_000).default('').openapi({ description: 'Markdown; rendered and sanitised on pages.' }),
  categories: z
    .array(z.enum(TOOL_CATEGORIES))
    .min(1, 'Pick at least one category.')
    .max(5, 'Pick at most five categories.'),
  accessSteps: z
    .array(AccessStepSchema)
    .min(1, 'Give at least one step.')
    .max(20, 'At most 20 steps.')
    .openapi({ description: 'How to get access, in order.' }),
  requirements: RequirementsSchema.default({ account: null, networkZones: [], notes: [] }),
  hardware: z.array(HardwareSchema).max(10).default([]),
  license: z.string().trim().max(100).nullable().default(null),
  ownerTeam: z.string().trim().max(120).nullable().default(null),
  ownerGroup: z
    .string()
    .trim()
    .max(32)
    .nullable()
    .default(null)
    .openapi({ description: 'Group id (e.g. "it", "cms") that maintains the entry.' }),
  lifecycle: z.enum(LIFECYCLES).default('production'),
  experiments: z
    .array(text(40))
    .max(20)
    .default([])
    .openapi({ example: [...EXPERIMENTS.slice(0, 2)] }),
  tags: z.array(tag).max(20).default([]),
  links: LinksSchema.default({}),
  unverified: z
    .array(text(300))
    .max(20)
    .default([])
    .openapi({ description: 'Statements on the entry nobody has confirmed yet.' }),
};

export const ToolCreateSchema = z
  .object({ slug: SlugSchema, ...ToolFields })
  .strict()
  .openapi('ToolCreate');

export const ToolPatchSchema = z
  .object({
    slug: SlugSchema,
    name: ToolFields.name,
    summary: ToolFields.summary,
    description: markdownField(20_000),
    categories: ToolFields.categories,
    accessSteps: ToolFields.accessSteps,
    requirements: RequirementsSchema,
    hardware: z.array(HardwareSchema).max(10),
    license: z.string().trim().max(100).nullable(),
    ownerTeam: z.string().trim().max(120).nullable(),
    lifecycle: z.enum(LIFECYCLES),
    experiments: z.array(text(40)).max(20),
    tags: z.array(tag).max(20),
    links: LinksSchema,
    unverified: z.array(text(300)).max(20),
    ownerGroup: orNull(z.string().trim().min(1).max(32)).openapi({
      description: 'Only admins may change it; null leaves the entry to admins alone.',
    }),
  })
  .partial()
  .strict()
  .refine((patch) => Object.keys(patch).length > 0, { message: 'Send at least one field to change.' })
  .openapi('ToolPatch');

/** Anonymous suggestions: the essentials, plus who suggested it so a curator can follow up. */
export const ToolSuggestionSchema = z
  .object({
    name: ToolFields.name,
    summary: ToolFields.summary,
    description: markdownField(5_000).default(''),
    categories: ToolFields.categories,
    accessSteps: ToolFields.accessSteps,
    links: LinksSchema.default({}),
    experiments: z.array(text(40)).max(20).default([]),
    suggestedBy: text(200).openapi({ description: 'Your name and e-mail, so a curator can ask questions.' }),
  })
  .strict()
  .openapi('ToolSuggestion');

export const ToolSchema = z
  .object({
    slug: z.string(),
    name: z.string(),
    summary: z.string(),
    description: z.string(),
    categories: z.array(z.enum(TOOL_CATEGORIES)),
    accessSteps: z.array(AccessStepSchema),
    requirements: RequirementsSchema,
    hardware: z.array(HardwareSchema),
    license: z.string().nullable(),
    ownerTeam: z.string().nullable(),
    ownerGroup: z.string().nullable(),
    lifecycle: z.enum(LIFECYCLES),
    experiments: z.array(z.string()),
    tags: z.array(z.string()),
    links: LinksSchema,
    unverified: z.array(z.string()),
    status: z.enum(TOOL_STATUSES),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    publishedAt: z.iso.datetime().nullable(),
    url: z.string().openapi({ description: 'The tool page on the site (once published).' }),
  })
  .openapi('Tool');

export const ToolListQuerySchema = PaginationQuerySchema.extend({
  category: oneOrMany(z.enum(TOOL_CATEGORIES), 'Category.'),
  experiment: oneOrMany(z.string().max(40), 'Experiment (case-insensitive).'),
  lifecycle: oneOrMany(z.enum(LIFECYCLES), 'Lifecycle.'),
  tag: oneOrMany(z.string().max(40), 'Tag (case-insensitive).'),
  q: z.string().max(200).optional().openapi({ description: 'Full-text search over name, summary, description, tags.' }),
  status: z.enum(TOOL_STATUSES).default('published').openapi({ description: '`pending` needs an admin token.' }),
  sort: z.enum(['name', 'updated']).default('name'),
  order: z.enum(['asc', 'desc']).optional().openapi({ description: 'Default: asc for name, desc for updated.' }),
});

export const ToolListSchema = z
  .object({ items: z.array(ToolSchema) })
  .extend(PageInfoSchema.shape)
  .openapi('ToolList');

/** The body of POST /api/tools/:slug/approve: who maintains the entry from now on. */
export const ToolApproveSchema = z
  .object({
    ownerGroup: orNull(z.string().trim().min(1).max(32))
      .default(null)
      .openapi({
        description:
          'Group whose writers may change the entry from now on (e.g. "cms"). Omitted or null: ' +
          'nobody but admins may change it, like the seeded entries.',
        example: 'cms',
      }),
  })
  .strict()
  .openapi('ToolApprove');

export const ToolChangeSchema = z
  .object({
    id: z.number().int(),
    action: z.enum(TOOL_CHANGE_ACTIONS),
    tokenId: z.string().nullable().openapi({ description: 'The token that made the change; null for a suggestion.' }),
    tokenName: z.string().nullable(),
    group: z.string().nullable().openapi({ description: "The token's group when it made the change." }),
    changes: z
      .record(z.string(), z.object({ from: z.unknown(), to: z.unknown() }))
      .openapi({ description: 'Each changed field (API names) with its value before and after.' }),
    changedAt: z.iso.datetime(),
  })
  .openapi('ToolChange');

export const ToolHistoryQuerySchema = PaginationQuerySchema;

export const ToolHistorySchema = z
  .object({
    items: z.array(ToolChangeSchema),
    nextCursor: z
      .string()
      .nullable()
      .openapi({ description: 'Pass as `cursor` to get the next page; null on the last page.' }),
  })
  .openapi('ToolHistory');

export const SlugParamSchema = z.object({ slug: SlugSchema.openapi({ param: { name: 'slug', in: 'path' } }) });

export function toToolResponse(tool: Tool, publicUrl: string): z.infer<typeof ToolSchema> {
  return {
    slug: tool.slug,
    name: tool.name,
    summary: tool.summary,
    description: tool.descriptionMd,
    categories: tool.categories,
    accessSteps: tool.accessSteps,
    requirements: tool.requirements,
    hardware: tool.hardware,
    license: tool.license,
    ownerTeam: tool.ownerTeam,
    ownerGroup: tool.ownerGroupId,
    lifecycle: tool.lifecycle,
    experiments: tool.experiments,
    tags: tool.tags,
    links: tool.links,
    unverified: tool.unverified,
    status: tool.status,
    createdAt: tool.createdAt.toISOString(),
    updatedAt: tool.updatedAt.toISOString(),
    publishedAt: tool.publishedAt?.toISOString() ?? null,
    url: new URL(`/tools/${tool.slug}/`, publicUrl).toString(),
  };
}

export function toToolChangeResponse(change: ToolChangeView): z.infer<typeof ToolChangeSchema> {
  return {
    id: change.id,
    action: change.action,
    tokenId: change.tokenId,
    tokenName: change.tokenName,
    group: change.groupId,
    changes: change.changes,
    changedAt: change.changedAt.toISOString(),
  };
}

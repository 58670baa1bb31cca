import type { z } from '@hono/zod-openapi';
import { isUniqueViolation } from '../../db/errors';
import {
  countTools,
  getToolBySlug,
  insertToolRecorded,
  listRecentTools,
  listToolChanges,
  listTools as listToolRows,
  publishedToolStats,
  publishToolRecorded,
  updateToolRecorded,
  type ToolChangeRecord,
} from '../../db/queries/tools';
import type { NewTool, Tool, ToolChange } from '../../db/schema';
import { slugify } from '../../src/lib/slug';
import { suggestionFromForm, type FormLike } from '../../src/lib/tool-suggestion-form';
import type { AuthContext, WriteContext } from '../env';
import { ApiError, notFound } from '../errors';
import type { ServiceContext } from '../hub';
import { hasScope } from '../middleware/auth';
import { nextCursorOf, pageLimit, readCursor } from '../pagination';
import { assertGroupExists } from './catalog-access';
import { publicChange } from '../public-change';
import {
  ToolSchema,
  ToolSuggestionSchema,
  toToolChangeResponse,
  toToolResponse,
  type ToolApproveSchema,
  type ToolCreateSchema,
  type ToolHistorySchema,
  type ToolHistoryQuerySchema,
  type ToolListQuerySchema,
  type ToolListSchema,
  type ToolPatchSchema,
} from '../contract/tools/schema';

/** A tool as the API answers it and the pages show it. */
export type ToolData = z.infer<typeof ToolSchema>;
export type ToolListQuery = z.output<typeof ToolListQuerySchema>;
export type ToolList = z.infer<typeof ToolListSchema>;
export type ToolSuggestion = z.output<typeof ToolSuggestionSchema>;
export type ToolCreate = z.output<typeof ToolCreateSchema>;
export type ToolPatch = z.output<typeof ToolPatchSchema>;
export type ToolApprove = z.output<typeof ToolApproveSchema>;
export type ToolHistory = z.infer<typeof ToolHistorySchema>;
export type ToolHistoryQuery = z.output<typeof ToolHistoryQuerySchema>;

const toData = (ctx: ServiceContext) => (tool: Tool) => toToolResponse(tool, ctx.config.publicUrl);

/** A page of tools, filtered and sorted (GET /api/tools). Only admins may list pending tools. */
export async function listTools(
  ctx: ServiceContext,
  auth: AuthContext | undefined,
  query: ToolListQuery,
): Promise<ToolList> {
  if (query.status === 'pending' && !hasScope(auth, 'admin')) {
    throw new ApiError(403, 'forbidden', 'Listing pending tools needs an admin token.');
  }
  const { db, config } = ctx;
  const sort = query.sort;
  const order = query.order ?? (sort === 'name' ? 'asc' : 'desc');
  const after = readCursor(query.cursor, 2);
  const filters = {
    status: query.status,
    category: query.category,
    experiment: query.experiment,
    lifecycle: query.lifecycle,
    tag: query.tag,
    q: query.q,
  };
  const limit = pageLimit(query.limit, config.pageSize);
  const [page, total] = await Promise.all([
    listToolRows(db, filters, { sort, order, limit, after }),
    countTools(db, filters),
  ]);
  return { items: page.items.map(toData(ctx)), nextCursor: nextCursorOf(page.next), total };
}

/** One tool; a pending one only for admins. A missing tool is a 404. */
export async function getTool(ctx: ServiceContext, auth: AuthContext | undefined, slug: string): Promise<ToolData> {
  const tool = await getToolBySlug(ctx.db, slug);
  if (!tool || (tool.status !== 'published' && !hasScope(auth, 'admin'))) throw notFound(`Tool "${slug}"`);
  return toData(ctx)(tool);
}

/**
 * A published tool's page data, or undefined when there is no such published tool. `problems`
 * lists what in the stored entry breaks the API's own schema: the page then shows those
 * instead of the entry, so one bad row spoils only its own page.
 */
export async function toolPage(
  ctx: ServiceContext,
  slug: string,
): Promise<{ tool: ToolData; problems: string[] } | undefined> {
  const row = await getToolBySlug(ctx.db, slug);
  if (!row || row.status !== 'published') return undefined;
  const tool = toData(ctx)(row);
  const checked = ToolSchema.safeParse(tool);
  const problems = checked.success
    ? []
    : checked.error.issues.map((i) => `${i.path.join('.') || '(row)'}: ${i.message}`);
  return { tool, problems };
}

export interface ToolStats {
  count: number;
  categories: number;
  /** The latest published, newest first. */
  recent: ToolData[];
}

export async function toolStats(ctx: ServiceContext, recent = 4): Promise<ToolStats> {
  const [stats, rows] = await Promise.all([publishedToolStats(ctx.db), listRecentTools(ctx.db, recent)]);
  return { count: stats.tools, categories: stats.categories, recent: rows.map(toData(ctx)) };
}

/** Writers of the owner group may change a tool; a tool without an owner group (the seeded ones) only admins. */
function assertCanEdit(auth: AuthContext, tool: Tool) {
  if (hasScope(auth, 'admin')) return;
  if (!tool.ownerGroupId) {
    throw new ApiError(
      403,
      'forbidden',
      `The tool "${tool.slug}" has no owner group, so only admins may change it; ask an admin to name one (PATCH ownerGroup).`,
      { owner: null, yourGroup: auth.groupId },
    );
  }
  if (tool.ownerGroupId !== auth.groupId) {
    throw new ApiError(
      403,
      'forbidden',
      `The tool "${tool.slug}" belongs to group "${tool.ownerGroupId}"; your token belongs to "${auth.groupId ?? 'no group'}".`,
      { owner: tool.ownerGroupId, yourGroup: auth.groupId },
    );
  }
}

/** The API name of each column a change may touch (the history speaks the API's language). */
const FIELD_OF_COLUMN: Partial<Record<keyof NewTool, string>> = {
  slug: 'slug',
  name: 'name',
  summary: 'summary',
  descriptionMd: 'description',
  categories: 'categories',
  accessSteps: 'accessSteps',
  requirements: 'requirements',
  hardware: 'hardware',
  license: 'license',
  ownerTeam: 'ownerTeam',
  ownerGroupId: 'ownerGroup',
  lifecycle: 'lifecycle',
  experiments: 'experiments',
  tags: 'tags',
  links: 'links',
  unverified: 'unverified',
  status: 'status',
  suggestedBy: 'suggestedBy',
};

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Each field whose value differs, under its API name, with the value before (null for a new tool) and after. */
function diffTool(before: Partial<NewTool> | undefined, after: Partial<NewTool>): ToolChange['changes'] {
  const changes: ToolChange['changes'] = {};
  for (const [column, value] of Object.entries(after) as [keyof NewTool, unknown][]) {
    const field = FIELD_OF_COLUMN[column];
    if (!field || value === undefined) continue;
    const from = before ? (before[column] ?? null) : null;
    if (before && same(from, value)) continue;
    changes[field] = { from, to: value ?? null };
  }
  return changes;
}

const changeBy = (
  auth: AuthContext | undefined,
  action: ToolChangeRecord['action'],
  changes: ToolChange['changes'],
): ToolChangeRecord => ({ action, tokenId: auth?.tokenId ?? null, groupId: auth?.groupId ?? null, changes });

/** Inserts a tool with its first history row, answering 409 when its slug is taken. */
async function insertToolOrConflict(
  ctx: Pick<ServiceContext, 'db'>,
  values: NewTool & { createdAt: Date },
  record: ToolChangeRecord,
): Promise<Tool> {
  const tool = await insertToolRecorded(ctx.db, values, record);
  if (!tool)
    throw new ApiError(409, 'conflict', `A tool with the slug "${values.slug}" already exists.`, { slug: values.slug });
  return tool;
}

/** Creates a published tool (POST /api/tools); the owner group defaults to the caller's group. */
export async function createTool(ctx: WriteContext, auth: AuthContext, body: ToolCreate): Promise<ToolData> {
  const ownerGroupId = body.ownerGroup ?? auth.groupId;
  if (ownerGroupId !== auth.groupId && !hasScope(auth, 'admin')) {
    throw new ApiError(
      403,
      'forbidden',
      `Your token belongs to group "${auth.groupId ?? 'none'}"; it cannot create tools for "${ownerGroupId}".`,
    );
  }
  if (ownerGroupId) await assertGroupExists(ctx.db, ownerGroupId, 'ownerGroup');
  const now = new Date();
  const values: NewTool & { createdAt: Date } = {
    slug: body.slug,
    name: body.name,
    summary: body.summary,
    descriptionMd: body.description,
    categories: body.categories,
    accessSteps: body.accessSteps,
    requirements: body.requirements,
    hardware: body.hardware,
    license: body.license,
    ownerTeam: body.ownerTeam,
    ownerGroupId,
    lifecycle: body.lifecycle,
    experiments: body.experiments,
    tags: body.tags,
    links: body.links,
    unverified: body.unverified,
    status: 'published',
    createdByTokenId: auth.tokenId,
    createdAt: now,
    updatedAt: now,
    publishedAt: now,
  };
  const tool = await insertToolOrConflict(ctx, values, changeBy(auth, 'created', diffTool(undefined, values)));
  ctx.hooks.onPublicChange?.(publicChange.tool(tool.slug, 'created'));
  return toData(ctx)(tool);
}

/**
 * Changes the fields sent (PATCH /api/tools/:slug): writers of the tool's group, or admins (who
 * alone may edit ownerless tools and change the owner group). Records who changed what.
 */
export async function changeTool(
  ctx: WriteContext,
  auth: AuthContext,
  slug: string,
  patch: ToolPatch,
): Promise<ToolData> {
  const db = ctx.db;
  const existing = await getToolBySlug(db, slug);
  // A pending tool is invisible to non-admins: answered as missing, so its existence does not leak.
  if (!existing || (existing.status !== 'published' && !hasScope(auth, 'admin'))) throw notFound(`Tool "${slug}"`);
  assertCanEdit(auth, existing);
  const { description, ownerGroup, ...rest } = patch;
  if (ownerGroup !== undefined && ownerGroup !== existing.ownerGroupId) {
    if (!hasScope(auth, 'admin'))
      throw new ApiError(403, 'forbidden', 'Only admins may change the owner group of a tool.', {
        required: 'admin',
        granted: auth.scopes,
      });
    if (ownerGroup) await assertGroupExists(db, ownerGroup, 'ownerGroup');
  }
  const changes: Partial<NewTool> = {
    ...rest,
    ...(description === undefined ? {} : { descriptionMd: description }),
    ...(ownerGroup === undefined ? {} : { ownerGroupId: ownerGroup }),
  };
  let tool: Tool | undefined;
  try {
    tool = await updateToolRecorded(db, existing.id, changes, changeBy(auth, 'changed', diffTool(existing, changes)));
  } catch (error) {
    if (isUniqueViolation(error)) throw new ApiError(409, 'conflict', `The slug "${patch.slug}" is already taken.`);
    throw error;
  }
  if (!tool) throw notFound(`Tool "${slug}"`);
  if (tool.status === 'published') ctx.hooks.onPublicChange?.(publicChange.tool(tool.slug, 'changed'));
  return toData(ctx)(tool);
}

/**
 * Publishes a pending tool (POST /api/tools/:slug/approve) under the owner group the admin names;
 * without one it stays admin-only, like the seeded entries. 409 when it is published already.
 */
export async function approveTool(
  ctx: WriteContext,
  auth: AuthContext,
  slug: string,
  body: ToolApprove,
): Promise<ToolData> {
  const db = ctx.db;
  const existing = await getToolBySlug(db, slug);
  if (!existing) throw notFound(`Tool "${slug}"`);
  if (existing.status === 'published') {
    throw new ApiError(409, 'conflict', `The tool "${slug}" is already published.`);
  }
  const ownerGroupId = body.ownerGroup ?? null;
  if (ownerGroupId) await assertGroupExists(db, ownerGroupId, 'ownerGroup');
  const record = changeBy(
    auth,
    'approved',
    diffTool(existing, { status: 'published', ...(ownerGroupId ? { ownerGroupId } : {}) }),
  );
  const tool = await publishToolRecorded(db, existing.id, ownerGroupId, record);
  if (!tool) throw new ApiError(409, 'conflict', `The tool "${slug}" is already published.`);
  ctx.hooks.onPublicChange?.(publicChange.tool(slug, 'approved'));
  return toData(ctx)(tool);
}

/** Stores a visitor's suggestion as a pending tool (the JSON API and the plain form both call this). */
export async function suggestTool(ctx: ServiceContext, body: ToolSuggestion): Promise<ToolData> {
  const slug = slugify(body.name);
  if (slug.length < 2) {
    throw new ApiError(400, 'validation_failed', 'The name must contain at least two letters or digits.', {
      issues: [{ in: 'body', path: 'name', message: 'Needs at least two letters or digits.', code: 'too_small' }],
    });
  }
  const now = new Date();
  const values = {
    slug,
    name: body.name,
    summary: body.summary,
    descriptionMd: body.description,
    categories: body.categories,
    accessSteps: body.accessSteps,
    requirements: { account: null, networkZones: [], notes: [] },
    hardware: [],
    lifecycle: 'experimental',
    experiments: body.experiments,
    tags: [],
    links: body.links,
    unverified: ['Suggested by a visitor; not yet reviewed by a curator.'],
    status: 'pending',
    suggestedBy: body.suggestedBy,
    createdAt: now,
    updatedAt: now,
  } satisfies NewTool;
  const tool = await insertToolOrConflict(ctx, values, changeBy(undefined, 'suggested', diffTool(undefined, values)));
  return toData(ctx)(tool);
}

/**
 * A suggestion posted as a plain form (browsers without JavaScript): the form's fields read as
 * the JSON body, checked with the same schema, then stored like `suggestTool`. Invalid fields
 * are one 400 whose `details.issues` name each field.
 */
export async function suggestToolFromForm(ctx: ServiceContext, form: FormLike): Promise<ToolData> {
  const parsed = ToolSuggestionSchema.safeParse(suggestionFromForm(form));
  if (!parsed.success) {
    throw new ApiError(400, 'validation_failed', 'The suggestion was not sent: please fix the fields marked below.', {
      issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    });
  }
  return suggestTool(ctx, parsed.data);
}

/**
 * Who changed a tool and how, newest first (GET /api/tools/:slug/history): for admins and the
 * owner group's tokens. A tool the caller may not see (missing, or pending for a non-admin) is
 * a 404, as on GET /api/tools/:slug; a visible tool of another group (or of none) is a 403.
 */
export async function toolHistory(
  ctx: ServiceContext,
  auth: AuthContext,
  slug: string,
  query: ToolHistoryQuery,
): Promise<ToolHistory> {
  const tool = await getToolBySlug(ctx.db, slug);
  const admin = hasScope(auth, 'admin');
  if (!tool || (tool.status !== 'published' && !admin)) throw notFound(`Tool "${slug}"`);
  if (!admin && (!tool.ownerGroupId || tool.ownerGroupId !== auth.groupId)) {
    throw new ApiError(
      403,
      'forbidden',
      tool.ownerGroupId
        ? `The history of "${slug}" is shown to admins and to group "${tool.ownerGroupId}" only.`
        : `The tool "${slug}" has no owner group; its history is shown to admins only.`,
    );
  }
  const after = readCursor(query.cursor, 1, ['number']);
  const limit = pageLimit(query.limit, ctx.config.pageSize);
  const page = await listToolChanges(ctx.db, tool.id, { limit, after });
  return { items: page.items.map(toToolChangeResponse), nextCursor: nextCursorOf(page.next) };
}

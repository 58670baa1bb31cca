import type { z } from '@hono/zod-openapi';
import {
  countTools,
  getToolBySlug,
  insertTool,
  listPublishedTools,
  listRecentTools,
  listTools as listToolRows,
  publishedToolStats,
} from '../../db/queries/tools';
import type { NewTool, Tool } from '../../db/schema';
import { slugify } from '../../src/lib/slug';
import { FACET_LABELS, facetSlug, toolFacets, type FacetName } from '../../src/lib/tool-facets';
import { ApiError, notFound } from '../errors';
import type { ServiceContext } from '../hub';
import { nextCursorOf, pageLimit, readCursor } from '../pagination';
import {
  ToolSchema,
  toToolResponse,
  type ToolListQuerySchema,
  type ToolListSchema,
  type ToolSuggestionSchema,
} from '../contract/tools/schema';

/** A tool as the API answers it and the pages show it. */
export type ToolData = z.infer<typeof ToolSchema>;
export type ToolListQuery = z.output<typeof ToolListQuerySchema>;
export type ToolList = z.infer<typeof ToolListSchema>;
export type ToolSuggestion = z.output<typeof ToolSuggestionSchema>;

const toData = (ctx: ServiceContext) => (tool: Tool) => toToolResponse(tool, ctx.config.publicUrl);

/** A page of tools, filtered and sorted (GET /api/tools). Pending tools are for the caller to authorise. */
export async function listTools(ctx: ServiceContext, query: ToolListQuery): Promise<ToolList> {
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

/** One tool; a pending one only when `includePending` (admins). A missing tool is a 404. */
export async function getTool(
  ctx: ServiceContext,
  slug: string,
  options: { includePending: boolean },
): Promise<ToolData> {
  const tool = await getToolBySlug(ctx.db, slug);
  if (!tool || (tool.status !== 'published' && !options.includePending)) throw notFound(`Tool "${slug}"`);
  return toData(ctx)(tool);
}

/** Every published tool, by name: the directory and its facet pages (tools are few). */
export async function listDirectoryTools(ctx: ServiceContext): Promise<ToolData[]> {
  return (await listPublishedTools(ctx.db)).map(toData(ctx));
}

/** A facet page of the directory: the tools and the facet value, or null when no tool has that value. */
export async function toolFacetPage(
  ctx: ServiceContext,
  facet: string,
  valueSlug: string,
): Promise<{ tools: ToolData[]; facet: FacetName; value: string; label: string } | null> {
  if (!Object.hasOwn(FACET_LABELS, facet)) return null;
  const tools = await listDirectoryTools(ctx);
  const found = toolFacets(tools)[facet as FacetName].find((f) => facetSlug(f.value) === valueSlug);
  return found ? { tools, facet: facet as FacetName, value: valueSlug, label: found.label } : null;
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

/** Inserts a tool, answering 409 when its slug is taken. */
export async function insertToolOrConflict(ctx: Pick<ServiceContext, 'db'>, values: NewTool): Promise<Tool> {
  const tool = await insertTool(ctx.db, values);
  if (!tool)
    throw new ApiError(409, 'conflict', `A tool with the slug "${values.slug}" already exists.`, { slug: values.slug });
  return tool;
}

/** Stores a visitor's suggestion as a pending tool (the JSON API and the plain form both call this). */
export async function suggestTool(ctx: Pick<ServiceContext, 'db'>, body: ToolSuggestion): Promise<Tool> {
  const slug = slugify(body.name);
  if (slug.length < 2) {
    throw new ApiError(400, 'validation_failed', 'The name must contain at least two letters or digits.', {
      issues: [{ in: 'body', path: 'name', message: 'Needs at least two letters or digits.', code: 'too_small' }],
    });
  }
  const now = new Date();
  return insertToolOrConflict(ctx, {
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
  });
}

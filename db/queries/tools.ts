import { and, asc, desc, eq, gt, lt, or, sql, type SQL } from 'drizzle-orm';
import type { CursorValue } from '../../src/lib/cursor';
import { toFtsQuery } from '../../src/lib/fts-query';
import type { Lifecycle, ToolCategory, ToolStatus } from '../../src/lib/tool-vocabulary';
import type { Db } from '../client';
import { tools, type NewTool, type Tool } from '../schema';

export interface ToolFilters {
  status?: ToolStatus;
  category?: ToolCategory;
  experiment?: string;
  lifecycle?: Lifecycle;
  tag?: string;
  q?: string;
}

export type ToolSort = 'name' | 'updated';
export type SortOrder = 'asc' | 'desc';

export interface ToolPage {
  items: Tool[];
  /** Sort-key values of the last item when more rows follow, else null. */
  next: CursorValue[] | null;
}

function jsonArrayContains(
  column: typeof tools.categories | typeof tools.experiments | typeof tools.tags,
  value: string,
): SQL {
  return sql`exists (select 1 from json_each(${column}) where lower(json_each.value) = lower(${value}))`;
}

function filterConditions(filters: ToolFilters): SQL[] {
  const conditions: SQL[] = [];
  if (filters.status) conditions.push(eq(tools.status, filters.status));
  if (filters.lifecycle) conditions.push(eq(tools.lifecycle, filters.lifecycle));
  if (filters.category) conditions.push(jsonArrayContains(tools.categories, filters.category));
  if (filters.experiment) conditions.push(jsonArrayContains(tools.experiments, filters.experiment));
  if (filters.tag) conditions.push(jsonArrayContains(tools.tags, filters.tag));
  if (filters.q !== undefined) {
    const match = toFtsQuery(filters.q);
    // A query with no searchable words matches nothing rather than everything.
    conditions.push(
      match
        ? sql`${tools.id} in (select ref from search_documents where search_documents match ${match} and kind = 'tool')`
        : sql`0`,
    );
  }
  return conditions;
}

/** Keyset pagination on (sort key, id), so pages stay stable while rows are added. */
export async function listTools(
  db: Db,
  filters: ToolFilters,
  options: { sort: ToolSort; order: SortOrder; limit: number; after?: CursorValue[] },
): Promise<ToolPage> {
  const key = options.sort === 'name' ? sql`lower(${tools.name})` : sql`${tools.updatedAt}`;
  const conditions = filterConditions(filters);
  if (options.after) {
    const [afterKey, afterId] = options.after;
    const beyond = options.order === 'asc' ? gt : lt;
    conditions.push(
      or(
        sql`${key} ${sql.raw(options.order === 'asc' ? '>' : '<')} ${afterKey}`,
        and(sql`${key} = ${afterKey}`, beyond(tools.id, Number(afterId))),
      )!,
    );
  }
  const direction = options.order === 'asc' ? asc : desc;
  const rows = await db
    .select()
    .from(tools)
    .where(and(...conditions))
    .orderBy(direction(key), direction(tools.id))
    .limit(options.limit + 1);
  const items = rows.slice(0, options.limit);
  const last = items[items.length - 1];
  const next =
    rows.length > options.limit && last
      ? [options.sort === 'name' ? last.name.toLowerCase() : last.updatedAt.getTime(), last.id]
      : null;
  return { items, next };
}

export async function countTools(db: Db, filters: ToolFilters): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)` })
    .from(tools)
    .where(and(...filterConditions(filters)));
  return row?.n ?? 0;
}

export async function getToolBySlug(db: Db, slug: string): Promise<Tool | undefined> {
  const [tool] = await db.select().from(tools).where(eq(tools.slug, slug));
  return tool;
}

/** Every published tool, by name (the directory: tools are few, hundreds at most). */
export async function listPublishedTools(db: Db): Promise<Tool[]> {
  return db
    .select()
    .from(tools)
    .where(eq(tools.status, 'published'))
    .orderBy(sql`lower(${tools.name})`);
}

/** The most recently published tools, newest first. */
export async function listRecentTools(db: Db, limit: number): Promise<Tool[]> {
  return db
    .select()
    .from(tools)
    .where(eq(tools.status, 'published'))
    .orderBy(desc(tools.publishedAt), desc(tools.id))
    .limit(limit);
}

/** How many tools are published, and in how many categories. */
export async function publishedToolStats(db: Db): Promise<{ tools: number; categories: number }> {
  const [row] = await db.all<{ tools: number; categories: number }>(sql`select
    (select count(*) from tools where status = 'published') as tools,
    (select count(distinct c.value) from tools t, json_each(t.categories) c where t.status = 'published') as categories`);
  return { tools: row?.tools ?? 0, categories: row?.categories ?? 0 };
}

/** Inserts a tool; returns undefined when the slug is taken (the caller answers 409). */
export async function insertTool(db: Db, values: NewTool): Promise<Tool | undefined> {
  const rows = await db.insert(tools).values(values).onConflictDoNothing({ target: tools.slug }).returning();
  return rows[0];
}

export async function updateTool(db: Db, slug: string, changes: Partial<NewTool>): Promise<Tool | undefined> {
  const [tool] = await db
    .update(tools)
    .set({ ...changes, updatedAt: new Date() })
    .where(eq(tools.slug, slug))
    .returning();
  return tool;
}

/** Publishes a pending tool; returns undefined when no such tool exists. */
export async function publishTool(db: Db, slug: string, now = new Date()): Promise<Tool | undefined> {
  const [tool] = await db
    .update(tools)
    .set({ status: 'published', publishedAt: now, updatedAt: now })
    .where(eq(tools.slug, slug))
    .returning();
  return tool;
}

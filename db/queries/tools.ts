import { and, asc, desc, eq, gt, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import type { CursorValue } from '../../src/lib/cursor';
import { toFtsQuery } from '../../src/lib/fts-query';
import type { Lifecycle, ToolCategory, ToolStatus } from '../../src/lib/tool-vocabulary';
import type { Db } from '../client';
import {
  apiTokens,
  toolChanges,
  tools,
  type NewTool,
  type Tool,
  type ToolChange,
  type ToolChangeAction,
} from '../schema';
import { toPage, type Page } from './keyset';

/** Each facet takes one value or several (any of them matches); facets combine. */
export interface ToolFilters {
  status?: ToolStatus;
  category?: ToolCategory | readonly ToolCategory[];
  experiment?: string | readonly string[];
  lifecycle?: Lifecycle | readonly Lifecycle[];
  tag?: string | readonly string[];
  q?: string;
}

const listOf = <T>(value: T | readonly T[] | undefined): readonly T[] =>
  value === undefined ? [] : Array.isArray(value) ? (value as readonly T[]) : [value as T];

export type ToolSort = 'name' | 'updated';
export type SortOrder = 'asc' | 'desc';

export interface ToolPage {
  items: Tool[];
  /** Sort-key values of the last item when more rows follow, else null. */
  next: CursorValue[] | null;
}

function jsonArrayContains(
  column: typeof tools.categories | typeof tools.experiments | typeof tools.tags,
  values: readonly string[],
): SQL {
  const lowered = sql.join(
    values.map((v) => sql`lower(${v})`),
    sql`, `,
  );
  return sql`exists (select 1 from json_each(${column}) where lower(json_each.value) in (${lowered}))`;
}

/** The WHERE terms of a filter (also the /tools/ directory's, db/queries/tool-directory.ts). */
export function filterConditions(filters: ToolFilters): SQL[] {
  const conditions: SQL[] = [];
  if (filters.status) conditions.push(eq(tools.status, filters.status));
  const lifecycles = listOf(filters.lifecycle);
  if (lifecycles.length > 0) conditions.push(inArray(tools.lifecycle, [...lifecycles]));
  for (const [column, values] of [
    [tools.categories, listOf(filters.category)],
    [tools.experiments, listOf(filters.experiment)],
    [tools.tags, listOf(filters.tag)],
  ] as const) {
    if (values.length > 0) conditions.push(jsonArrayContains(column, values));
  }
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

/** Who made a change to a tool, and what it changed (field → before/after). */
export interface ToolChangeRecord {
  action: ToolChangeAction;
  tokenId: string | null;
  groupId: string | null;
  changes: ToolChange['changes'];
}

/**
 * Inserts a tool and its first history row in one transaction; undefined when the slug is taken.
 * The history row finds the new tool by slug, creation time and creator, so a tool that already
 * held the slug (the insert did nothing) gets no row.
 */
export async function insertToolRecorded(
  db: Db,
  values: NewTool & { createdAt: Date },
  record: ToolChangeRecord,
): Promise<Tool | undefined> {
  const at = values.createdAt.getTime();
  const [inserted] = await db.batch([
    db.insert(tools).values(values).onConflictDoNothing({ target: tools.slug }).returning(),
    db.run(sql`insert into tool_changes (tool_id, action, token_id, group_id, changes, changed_at)
      select id, ${record.action}, ${record.tokenId}, ${record.groupId}, ${JSON.stringify(record.changes)}, ${at}
      from tools where slug = ${values.slug} and created_at = ${at}
        and created_by_token_id is ${values.createdByTokenId ?? null} and suggested_by is ${values.suggestedBy ?? null}`),
  ]);
  return (inserted as Tool[])[0];
}

/** Changes a tool (found by id) and records who changed what, in one transaction. */
export async function updateToolRecorded(
  db: Db,
  id: number,
  changes: Partial<NewTool>,
  record: ToolChangeRecord,
  now = new Date(),
): Promise<Tool | undefined> {
  const [, updated] = await db.batch([
    db.insert(toolChanges).values({ toolId: id, ...record, changedAt: now }),
    db
      .update(tools)
      .set({ ...changes, updatedAt: now })
      .where(eq(tools.id, id))
      .returning(),
  ]);
  return (updated as Tool[])[0];
}

/**
 * Publishes a pending tool under its owner group and records the approval, in one transaction;
 * undefined when the tool is not pending (any more).
 */
export async function publishToolRecorded(
  db: Db,
  id: number,
  ownerGroupId: string | null,
  record: ToolChangeRecord,
  now = new Date(),
): Promise<Tool | undefined> {
  const [, published] = await db.batch([
    db.run(sql`insert into tool_changes (tool_id, action, token_id, group_id, changes, changed_at)
      select id, ${record.action}, ${record.tokenId}, ${record.groupId}, ${JSON.stringify(record.changes)}, ${now.getTime()}
      from tools where id = ${id} and status = 'pending'`),
    db
      .update(tools)
      .set({ status: 'published', ownerGroupId, publishedAt: now, updatedAt: now })
      .where(and(eq(tools.id, id), eq(tools.status, 'pending')))
      .returning(),
  ]);
  return (published as Tool[])[0];
}

export interface ToolChangeView extends ToolChange {
  tokenName: string | null;
}

/** A tool's changes, newest first, keyset on id (ids grow with time). */
export async function listToolChanges(
  db: Db,
  toolId: number,
  options: { limit: number; after?: CursorValue[] | undefined },
): Promise<Page<ToolChangeView>> {
  const rows = await db
    .select({
      id: toolChanges.id,
      toolId: toolChanges.toolId,
      action: toolChanges.action,
      tokenId: toolChanges.tokenId,
      tokenName: apiTokens.name,
      groupId: toolChanges.groupId,
      changes: toolChanges.changes,
      changedAt: toolChanges.changedAt,
    })
    .from(toolChanges)
    .leftJoin(apiTokens, eq(apiTokens.id, toolChanges.tokenId))
    .where(
      and(eq(toolChanges.toolId, toolId), options.after ? lt(toolChanges.id, Number(options.after[0])) : undefined),
    )
    .orderBy(desc(toolChanges.id))
    .limit(options.limit + 1);
  return toPage(rows, options.limit, (r) => [r.id]);
}

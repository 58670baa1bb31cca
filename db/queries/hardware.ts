import { and, asc, desc, eq, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import type { CursorValue } from '../../src/lib/cursor';
import type { AcceleratorKind, Availability, PoolZone, Scheduler } from '../../src/lib/hardware-vocabulary';
import type { Db } from '../client';
import {
  hardwareCapacityReports,
  hardwarePools,
  tools,
  type CapacityReport,
  type HardwarePool,
  type NewCapacityReport,
  type NewHardwarePool,
} from '../schema';

/** Each facet takes one value or several (any of them matches); facets combine. */
export interface PoolFilters {
  accelerator?: AcceleratorKind | readonly AcceleratorKind[] | undefined;
  zone?: PoolZone | readonly PoolZone[] | undefined;
  scheduler?: Scheduler | readonly Scheduler[] | undefined;
  availability?: Availability | readonly Availability[] | undefined;
}

const listOf = <T>(value: T | readonly T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? [...(value as readonly T[])] : [value as T];

export interface PoolPage {
  items: HardwarePool[];
  /** Sort-key values of the last item when more rows follow, else null. */
  next: CursorValue[] | null;
}

function filterConditions(filters: PoolFilters): SQL[] {
  const c: SQL[] = [];
  const zones = listOf(filters.zone);
  const schedulers = listOf(filters.scheduler);
  const availabilities = listOf(filters.availability);
  const accelerators = listOf(filters.accelerator);
  if (zones.length > 0) c.push(inArray(hardwarePools.zone, zones));
  if (schedulers.length > 0) c.push(inArray(hardwarePools.scheduler, schedulers));
  if (availabilities.length > 0) c.push(inArray(hardwarePools.availability, availabilities));
  if (accelerators.length > 0) {
    const kinds = sql.join(
      accelerators.map((k) => sql`${k}`),
      sql`, `,
    );
    c.push(
      sql`exists (select 1 from json_each(${hardwarePools.accelerators}) a where json_extract(a.value, '$.kind') in (${kinds}))`,
    );
  }
  return c;
}

/** One numbered page of the pools the filter leaves, by name (the /hardware/ directory). */
export async function listPoolsByName(
  db: Db,
  filters: PoolFilters,
  page: { limit: number; offset: number },
): Promise<HardwarePool[]> {
  return db
    .select()
    .from(hardwarePools)
    .where(and(...filterConditions(filters)))
    .orderBy(asc(sql`lower(${hardwarePools.name})`), asc(hardwarePools.id))
    .limit(page.limit)
    .offset(page.offset);
}

/**
 * How many of the pools the filter leaves have each value of `facet` (the caller drops that
 * facet's own values from the filter, so its counts say what ticking one more value adds).
 */
export async function poolFacetCounts(
  db: Db,
  facet: 'accelerator' | 'zone' | 'scheduler' | 'availability',
  filters: PoolFilters,
): Promise<{ value: string; count: number }[]> {
  const where = and(...filterConditions(filters)) ?? sql`1`;
  if (facet === 'accelerator') {
    return db.all(sql`select json_extract(a.value, '$.kind') as value, count(distinct ${hardwarePools.id}) as count
      from ${hardwarePools}, json_each(${hardwarePools.accelerators}) a where ${where} group by 1`);
  }
  const column = {
    zone: hardwarePools.zone,
    scheduler: hardwarePools.scheduler,
    availability: hardwarePools.availability,
  }[facet];
  return db.all(sql`select ${column} as value, count(*) as count from ${hardwarePools}
    where ${where} and ${column} is not null group by 1`);
}

const nameKey = sql`lower(${hardwarePools.name})`;

/** Keyset pagination on (lower(name), id), so pages stay stable while pools are added. */
export async function listPools(
  db: Db,
  filters: PoolFilters,
  options: { limit: number; after?: CursorValue[] | undefined },
): Promise<PoolPage> {
  const conditions = filterConditions(filters);
  if (options.after) {
    const [afterName, afterId] = options.after;
    conditions.push(
      or(
        sql`${nameKey} > ${afterName}`,
        and(sql`${nameKey} = ${afterName}`, sql`${hardwarePools.id} > ${Number(afterId)}`),
      )!,
    );
  }
  const rows = await db
    .select()
    .from(hardwarePools)
    .where(and(...conditions))
    .orderBy(asc(nameKey), asc(hardwarePools.id))
    .limit(options.limit + 1);
  const items = rows.slice(0, options.limit);
  const last = items[items.length - 1];
  return { items, next: rows.length > options.limit && last ? [last.name.toLowerCase(), last.id] : null };
}

export async function countPools(db: Db, filters: PoolFilters): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)` })
    .from(hardwarePools)
    .where(and(...filterConditions(filters)));
  return row?.n ?? 0;
}

/** Every pool, by name (the directory page: pools are few, tens at most). */
export async function listAllPools(db: Db): Promise<HardwarePool[]> {
  return db.select().from(hardwarePools).orderBy(asc(nameKey), asc(hardwarePools.id));
}

export async function getPoolBySlug(db: Db, slug: string): Promise<HardwarePool | undefined> {
  const [pool] = await db.select().from(hardwarePools).where(eq(hardwarePools.slug, slug));
  return pool;
}

/** Inserts a pool; undefined when the slug is taken (the caller answers 409). */
export async function insertPool(db: Db, values: NewHardwarePool): Promise<HardwarePool | undefined> {
  const rows = await db
    .insert(hardwarePools)
    .values(values)
    .onConflictDoNothing({ target: hardwarePools.slug })
    .returning();
  return rows[0];
}

export async function updatePool(
  db: Db,
  id: number,
  changes: Partial<NewHardwarePool>,
): Promise<HardwarePool | undefined> {
  const [pool] = await db
    .update(hardwarePools)
    .set({ ...changes, updatedAt: new Date() })
    .where(eq(hardwarePools.id, id))
    .returning();
  return pool;
}

export async function insertCapacityReport(db: Db, values: NewCapacityReport): Promise<CapacityReport> {
  const [row] = await db.insert(hardwareCapacityReports).values(values).returning();
  return row!;
}

/** The latest report of each pool (by observation time, then arrival), keyed by pool id. */
export async function latestCapacity(db: Db, poolIds: readonly number[]): Promise<Map<number, CapacityReport>> {
  if (poolIds.length === 0) return new Map();
  const newer = sql`select 1 from hardware_capacity_reports n where n.pool_id = ${hardwareCapacityReports.poolId}
    and (n.observed_at > ${hardwareCapacityReports.observedAt}
      or (n.observed_at = ${hardwareCapacityReports.observedAt} and n.id > ${hardwareCapacityReports.id}))`;
  const rows = await db
    .select()
    .from(hardwareCapacityReports)
    .where(and(inArray(hardwareCapacityReports.poolId, [...poolIds]), sql`not exists (${newer})`));
  return new Map(rows.map((r) => [r.poolId, r]));
}

/** A pool's reports, newest first, keyset-paged on (observed_at, id). */
export async function capacityHistory(
  db: Db,
  poolId: number,
  options: { limit: number; after?: CursorValue[] | undefined },
): Promise<{ items: CapacityReport[]; next: CursorValue[] | null }> {
  const r = hardwareCapacityReports;
  const conditions: SQL[] = [eq(r.poolId, poolId)];
  if (options.after) {
    const [at, id] = options.after.map(Number) as [number, number];
    conditions.push(or(lt(r.observedAt, new Date(at)), and(eq(r.observedAt, new Date(at)), lt(r.id, id)))!);
  }
  const rows = await db
    .select()
    .from(r)
    .where(and(...conditions))
    .orderBy(desc(r.observedAt), desc(r.id))
    .limit(options.limit + 1);
  const items = rows.slice(0, options.limit);
  const last = items[items.length - 1];
  return { items, next: rows.length > options.limit && last ? [last.observedAt.getTime(), last.id] : null };
}

/** Which of these slugs name published tools. */
export async function publishedToolSlugs(db: Db, slugs: readonly string[]): Promise<Set<string>> {
  if (slugs.length === 0) return new Set();
  const rows = await db
    .select({ slug: tools.slug })
    .from(tools)
    .where(and(inArray(tools.slug, [...slugs]), eq(tools.status, 'published')));
  return new Set(rows.map((r) => r.slug));
}

/** Published tools by slug, for a pool page's "tools that run on it". */
export async function toolNames(
  db: Db,
  slugs: readonly string[],
): Promise<{ slug: string; name: string; summary: string }[]> {
  if (slugs.length === 0) return [];
  return db
    .select({ slug: tools.slug, name: tools.name, summary: tools.summary })
    .from(tools)
    .where(and(inArray(tools.slug, [...slugs]), eq(tools.status, 'published')))
    .orderBy(sql`lower(${tools.name})`);
}

/** Pools whose `toolSlugs` name this tool (a tool page could list them). */
export async function poolsRunningTool(db: Db, toolSlug: string): Promise<{ slug: string; name: string }[]> {
  return db
    .select({ slug: hardwarePools.slug, name: hardwarePools.name })
    .from(hardwarePools)
    .where(sql`exists (select 1 from json_each(${hardwarePools.toolSlugs}) t where t.value = ${toolSlug})`)
    .orderBy(nameKey);
}

/** Slugs and update times for the sitemap. */
export async function sitemapPools(
  db: Db,
  slice: { limit: number; offset: number },
): Promise<{ slug: string; updatedAt: Date }[]> {
  return db
    .select({ slug: hardwarePools.slug, updatedAt: hardwarePools.updatedAt })
    .from(hardwarePools)
    .orderBy(asc(hardwarePools.id))
    .limit(slice.limit)
    .offset(slice.offset);
}

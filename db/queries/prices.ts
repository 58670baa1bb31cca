import { and, asc, count, desc, eq, inArray, lte, sql, type SQL } from 'drizzle-orm';
import type { PriceKind, PriceRow, PriceVersion, Provider } from '../../src/lib/costs';
import type { CursorValue } from '../../src/lib/cursor';
import type { Db } from '../client';
import { isUniqueViolation } from '../errors';
import { prices, priceVersions, type NewPriceRecord, type PriceRecord, type PriceVersionRecord } from '../schema';

export interface PriceVersionMeta {
  id: string;
  effectiveDate: string;
  note: string;
  createdByTokenId: string | null;
  createdAt: Date;
  rowCount: number;
  /** rows with at least one warning-level anomaly flag */
  flaggedRowCount: number;
}

export interface PriceRowFilters {
  kind?: PriceKind;
  provider?: Provider;
  region?: string;
  accelerator?: string;
}

function toRecord(versionId: string, row: PriceRow, position: number): NewPriceRecord {
  return {
    priceVersionId: versionId,
    rowId: row.id,
    position,
    kind: row.kind,
    provider: row.provider,
    region: row.region,
    sku: row.sku,
    accelerator: row.accelerator,
    acceleratorCount: row.acceleratorCount,
    unit: row.unit,
    onDemandUsd: row.onDemandUsd,
    spot: row.spot,
    host: row.host,
    tier: row.tier,
    network: row.network,
    storageClass: row.storageClass,
    source: row.source,
    retrieved: row.retrieved,
    note: row.note,
    flags: row.flags,
  };
}

function toPriceRow(r: PriceRecord): PriceRow {
  return {
    id: r.rowId,
    kind: r.kind,
    provider: r.provider,
    region: r.region,
    sku: r.sku,
    accelerator: r.accelerator,
    acceleratorCount: r.acceleratorCount,
    unit: r.unit,
    onDemandUsd: r.onDemandUsd,
    spot: r.spot ?? null,
    host: r.host ?? null,
    tier: r.tier ?? null,
    network: r.network ?? null,
    storageClass: r.storageClass,
    source: r.source,
    retrieved: r.retrieved,
    note: r.note,
    flags: r.flags,
  };
}

/**
 * Stores a version and its rows in one batch (atomic on libSQL and D1). One insert per row keeps
 * each statement far below D1's 100 bound parameters. Returns false when the id is taken.
 */
export async function insertPriceVersion(
  db: Db,
  version: PriceVersion,
  createdByTokenId: string | null = null,
): Promise<boolean> {
  if (await priceVersionExists(db, version.id)) return false;
  const head = db
    .insert(priceVersions)
    .values({ id: version.id, effectiveDate: version.effectiveDate, note: version.note, createdByTokenId });
  const rows = version.rows.map((row, i) => db.insert(prices).values(toRecord(version.id, row, i)));
  try {
    await db.batch([head, ...rows]);
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
  return true;
}

export async function priceVersionExists(db: Db, id: string): Promise<boolean> {
  const [row] = await db.select({ id: priceVersions.id }).from(priceVersions).where(eq(priceVersions.id, id));
  return row !== undefined;
}

const flaggedRows = sql<number>`coalesce(sum(case when exists (select 1 from json_each(${prices.flags}) where json_extract(json_each.value, '$.severity') = 'warning') then 1 else 0 end), 0)`;

async function withCounts(db: Db, versions: PriceVersionRecord[]): Promise<PriceVersionMeta[]> {
  if (versions.length === 0) return [];
  const counts = await db
    .select({ id: prices.priceVersionId, rows: count(), flagged: flaggedRows })
    .from(prices)
    .where(
      inArray(
        prices.priceVersionId,
        versions.map((v) => v.id),
      ),
    )
    .groupBy(prices.priceVersionId);
  return versions.map((v) => {
    const c = counts.find((x) => x.id === v.id);
    return { ...v, rowCount: c?.rows ?? 0, flaggedRowCount: Number(c?.flagged ?? 0) };
  });
}

/** Newest first: the same order that picks the current version. */
const newestFirst = [desc(priceVersions.effectiveDate), desc(priceVersions.createdAt), desc(priceVersions.id)];

/**
 * The version in force on `today` (YYYY-MM-DD): the latest effective date not after today,
 * the most recently published on a tie. When every version lies in the future, the earliest.
 */
export async function currentPriceVersionId(db: Db, today: string): Promise<string | null> {
  const [inForce] = await db
    .select({ id: priceVersions.id })
    .from(priceVersions)
    .where(lte(priceVersions.effectiveDate, today))
    .orderBy(...newestFirst)
    .limit(1);
  if (inForce) return inForce.id;
  const [earliest] = await db
    .select({ id: priceVersions.id })
    .from(priceVersions)
    .orderBy(asc(priceVersions.effectiveDate), asc(priceVersions.createdAt))
    .limit(1);
  return earliest?.id ?? null;
}

export async function getPriceVersionMeta(db: Db, id: string): Promise<PriceVersionMeta | undefined> {
  const [version] = await db.select().from(priceVersions).where(eq(priceVersions.id, id));
  return version ? (await withCounts(db, [version]))[0] : undefined;
}

/** A version's rows in their published order, optionally filtered. */
export async function listPriceRows(db: Db, versionId: string, filters: PriceRowFilters = {}): Promise<PriceRow[]> {
  const conditions: SQL[] = [eq(prices.priceVersionId, versionId)];
  if (filters.kind) conditions.push(eq(prices.kind, filters.kind));
  if (filters.provider) conditions.push(eq(prices.provider, filters.provider));
  if (filters.region) conditions.push(eq(prices.region, filters.region));
  if (filters.accelerator) conditions.push(sql`lower(${prices.accelerator}) = lower(${filters.accelerator})`);
  const rows = await db
    .select()
    .from(prices)
    .where(and(...conditions))
    .orderBy(asc(prices.position));
  return rows.map(toPriceRow);
}

/** The whole version as the estimator takes it, or undefined when there is no such version. */
export async function getPriceVersion(db: Db, id: string): Promise<PriceVersion | undefined> {
  const [version] = await db.select().from(priceVersions).where(eq(priceVersions.id, id));
  if (!version) return undefined;
  return {
    id: version.id,
    effectiveDate: version.effectiveDate,
    note: version.note,
    rows: await listPriceRows(db, id),
  };
}

/** Keyset pagination, newest first; the cursor is (effective date, created at ms, id) of the last item. */
export async function listPriceVersions(
  db: Db,
  options: { limit: number; after?: CursorValue[] },
): Promise<{ items: PriceVersionMeta[]; next: CursorValue[] | null }> {
  const conditions: SQL[] = [];
  if (options.after) {
    const [date, createdMs, id] = options.after;
    conditions.push(
      sql`(${priceVersions.effectiveDate}, ${priceVersions.createdAt}, ${priceVersions.id}) < (${String(date)}, ${Number(createdMs)}, ${String(id)})`,
    );
  }
  const rows = await db
    .select()
    .from(priceVersions)
    .where(and(...conditions))
    .orderBy(...newestFirst)
    .limit(options.limit + 1);
  const page = rows.slice(0, options.limit);
  const last = page.at(-1);
  return {
    items: await withCounts(db, page),
    next: rows.length > options.limit && last ? [last.effectiveDate, last.createdAt.getTime(), last.id] : null,
  };
}

export async function countPriceVersions(db: Db): Promise<number> {
  const [row] = await db.select({ n: count() }).from(priceVersions);
  return row?.n ?? 0;
}

/** Known version ids, newest first (for the page's version picker). */
export async function listPriceVersionIds(db: Db): Promise<{ id: string; effectiveDate: string }[]> {
  return db
    .select({ id: priceVersions.id, effectiveDate: priceVersions.effectiveDate })
    .from(priceVersions)
    .orderBy(...newestFirst);
}

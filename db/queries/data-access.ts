import { and, asc, count, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { CacheState, FileFormat, StorageKind, StorageProtocol } from '../../src/lib/benchmarks/data-access';
import type { BenchmarkSource } from '../../src/lib/benchmarks/record';
import type { CursorValue } from '../../src/lib/cursor';
import type { Db } from '../client';
import {
  dataAccessResults,
  datasets,
  hardwarePools,
  modelMetrics,
  models,
  modelVersions,
  type DataAccessResultRow,
  type NewDataAccessResultRow,
} from '../schema';
import type { BatchStatement } from './batch-helpers';
import { afterCursor, allOf, toPage, type Page, type SortOrder } from './keyset';
import { visibleTo, type Viewer } from './viewer';

export interface DataAccessFilters {
  storage?: StorageKind | undefined;
  protocol?: StorageProtocol | undefined;
  format?: FileFormat | undefined;
  reader?: string | undefined;
  cache?: CacheState | undefined;
  concurrency?: number | undefined;
  poolId?: number | undefined;
  datasetId?: number | undefined;
  source?: BenchmarkSource | undefined;
  valid?: boolean | undefined;
  /** Superseded results are hidden unless asked for. */
  includeSuperseded?: boolean | undefined;
}

export type DataAccessSort = 'recorded' | 'measured' | 'throughput' | 'concurrency' | 'ttfb';

/** A result with what lists show beside it: its pool, its dataset and any correction. */
export interface DataAccessResultView extends DataAccessResultRow {
  poolSlug: string | null;
  poolName: string | null;
  datasetSlug: string | null;
  datasetName: string | null;
  supersededById: string | null;
}

const successor = alias(dataAccessResults, 'da_successor');
const t = dataAccessResults;

function joined(db: Db) {
  return db
    .select({
      result: t,
      poolSlug: hardwarePools.slug,
      poolName: hardwarePools.name,
      datasetSlug: datasets.slug,
      datasetName: datasets.name,
      supersededById: successor.id,
    })
    .from(t)
    .leftJoin(hardwarePools, eq(hardwarePools.id, t.poolId))
    .leftJoin(datasets, eq(datasets.id, t.datasetId))
    .leftJoin(successor, eq(successor.supersedesId, t.id));
}

type Selected = Awaited<ReturnType<ReturnType<typeof joined>['execute']>>[number];
const toView = ({ result, ...rest }: Selected): DataAccessResultView => ({ ...result, ...rest });

function conditions(filters: DataAccessFilters, viewer: Viewer | undefined): (SQL | undefined)[] {
  const c: (SQL | undefined)[] = [visibleTo(t.visibility, t.ownerGroupId, viewer)];
  if (filters.storage) c.push(eq(t.storageKind, filters.storage));
  if (filters.protocol) c.push(eq(t.protocol, filters.protocol));
  if (filters.format) c.push(eq(t.fileFormat, filters.format));
  if (filters.reader) c.push(eq(t.reader, filters.reader));
  if (filters.cache) c.push(eq(t.cacheState, filters.cache));
  if (filters.concurrency !== undefined) c.push(eq(t.concurrency, filters.concurrency));
  if (filters.poolId !== undefined) c.push(eq(t.poolId, filters.poolId));
  if (filters.datasetId !== undefined) c.push(eq(t.datasetId, filters.datasetId));
  if (filters.source) c.push(eq(t.source, filters.source));
  if (filters.valid !== undefined) c.push(eq(t.valid, filters.valid));
  if (!filters.includeSuperseded) c.push(isNull(successor.id));
  return c;
}

function sortKey(sort: DataAccessSort): SQL {
  switch (sort) {
    case 'measured':
      return sql`${t.measuredAt}`;
    case 'throughput':
      return sql`${t.throughputMBps}`;
    case 'concurrency':
      return sql`${t.concurrency}`;
    case 'ttfb':
      return sql`${t.timeToFirstByteMs}`;
    default:
      return sql`${t.createdAt}`;
  }
}

function cursorValue(row: DataAccessResultView, sort: DataAccessSort): CursorValue {
  switch (sort) {
    case 'measured':
      return row.measuredAt.getTime();
    case 'throughput':
      return row.throughputMBps;
    case 'concurrency':
      return row.concurrency;
    case 'ttfb':
      return row.timeToFirstByteMs;
    default:
      return row.createdAt.getTime();
  }
}

/** A page of results in (sort key, id) order: keyset paging for the API, offset paging for the pages. */
export async function listDataAccessResults(
  db: Db,
  filters: DataAccessFilters,
  viewer: Viewer | undefined,
  options: {
    sort: DataAccessSort;
    order: SortOrder;
    limit: number;
    after?: CursorValue[] | undefined;
    offset?: number | undefined;
  },
): Promise<Page<DataAccessResultView>> {
  const key = sortKey(options.sort);
  const direction = options.order === 'asc' ? asc : desc;
  const page = db
    .select({ id: t.id })
    .from(t)
    .leftJoin(successor, eq(successor.supersedesId, t.id))
    .where(allOf([...conditions(filters, viewer), afterCursor(key, t.id, options.order, options.after)]))
    .orderBy(direction(key), direction(t.id))
    .limit(options.limit + 1)
    .offset(options.after ? 0 : (options.offset ?? 0));
  const rows = await joined(db).where(inArray(t.id, page)).orderBy(direction(key), direction(t.id));
  return toPage(rows.map(toView), options.limit, (row) => [cursorValue(row, options.sort), row.id]);
}

export async function countDataAccessResults(
  db: Db,
  filters: DataAccessFilters,
  viewer: Viewer | undefined,
): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(t)
    .leftJoin(successor, eq(successor.supersedesId, t.id))
    .where(allOf(conditions(filters, viewer)));
  return row?.n ?? 0;
}

export async function getDataAccessResult(db: Db, id: string): Promise<DataAccessResultView | undefined> {
  const [row] = await joined(db).where(eq(t.id, id));
  return row ? toView(row) : undefined;
}

export function dataAccessResultStatements(db: Db, row: NewDataAccessResultRow): BatchStatement[] {
  return [db.insert(t).values(row)];
}

export async function insertDataAccessResult(db: Db, row: NewDataAccessResultRow): Promise<void> {
  await db.insert(t).values(row);
}

export interface DataAccessFacetValues {
  storage: { value: StorageKind; count: number }[];
  format: { value: FileFormat; count: number }[];
  reader: { value: string; count: number }[];
  cache: { value: CacheState; count: number }[];
  concurrency: { value: number; count: number }[];
}

/** The values the public list can be filtered by, with how many current results have each. */
export async function dataAccessFacetValues(db: Db, viewer: Viewer | undefined): Promise<DataAccessFacetValues> {
  const where = allOf(conditions({}, viewer));
  const [storage, format, reader, cache, concurrency] = await Promise.all([
    db
      .select({ value: t.storageKind, count: count() })
      .from(t)
      .leftJoin(successor, eq(successor.supersedesId, t.id))
      .where(where)
      .groupBy(t.storageKind)
      .orderBy(t.storageKind),
    db
      .select({ value: t.fileFormat, count: count() })
      .from(t)
      .leftJoin(successor, eq(successor.supersedesId, t.id))
      .where(where)
      .groupBy(t.fileFormat)
      .orderBy(t.fileFormat),
    db
      .select({ value: t.reader, count: count() })
      .from(t)
      .leftJoin(successor, eq(successor.supersedesId, t.id))
      .where(where)
      .groupBy(t.reader)
      .orderBy(t.reader),
    db
      .select({ value: t.cacheState, count: count() })
      .from(t)
      .leftJoin(successor, eq(successor.supersedesId, t.id))
      .where(where)
      .groupBy(t.cacheState)
      .orderBy(t.cacheState),
    db
      .select({ value: t.concurrency, count: count() })
      .from(t)
      .leftJoin(successor, eq(successor.supersedesId, t.id))
      .where(where)
      .groupBy(t.concurrency)
      .orderBy(t.concurrency),
  ]);
  return {
    storage,
    format,
    reader,
    cache,
    concurrency,
  };
}

export interface VersionMetricRow {
  modelSlug: string;
  modelName: string;
  version: number;
  value: number;
  description: string | null;
}

/** Public model versions that recorded the metric `name` (their latest value each), by model and version. */
export async function publicVersionsWithMetric(db: Db, name: string): Promise<VersionMetricRow[]> {
  const rows = await db
    .select({
      modelSlug: models.slug,
      modelName: models.name,
      version: modelVersions.version,
      value: modelMetrics.value,
      description: modelMetrics.description,
      metricId: modelMetrics.id,
    })
    .from(modelMetrics)
    .innerJoin(modelVersions, eq(modelVersions.id, modelMetrics.versionId))
    .innerJoin(models, eq(models.id, modelVersions.modelId))
    .where(and(eq(modelMetrics.name, name), eq(models.visibility, 'public')))
    .orderBy(asc(models.slug), asc(modelVersions.version), desc(modelMetrics.id));
  const seen = new Set<string>();
  const out: VersionMetricRow[] = [];
  for (const { metricId: _id, ...row } of rows) {
    const key = `${row.modelSlug}@${row.version}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(row);
  }
  return out;
}

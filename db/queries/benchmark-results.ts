import { asc, count, desc, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { ModelTask } from '../../src/lib/catalog-vocabulary';
import type { BenchmarkSource } from '../../src/lib/benchmarks/record';
import type { CursorValue } from '../../src/lib/cursor';
import type { Db } from '../client';
import { apiTokens, benchmarkResults, modelArtifacts, models, modelVersions, type BenchmarkResultRow, type ModelArtifact, type NewBenchmarkResultRow } from '../schema';
import type { BatchStatement } from './batch-helpers';
import { afterCursor, allOf, toPage, type Page, type SortOrder } from './keyset';
import { visibleTo, type Viewer } from './viewer';

export interface BenchmarkFilters {
  modelId?: number | undefined;
  /** Results of any of these versions (one version, or a version and its variants). */
  versionIds?: readonly number[] | undefined;
  task?: ModelTask | undefined;
  engine?: string | undefined;
  provider?: string | undefined;
  precision?: string | undefined;
  /** Case-insensitive part of the hardware label ("EPYC", "swiftshader"). */
  hardware?: string | undefined;
  source?: BenchmarkSource | undefined;
  valid?: boolean | undefined;
  batchSize?: number | undefined;
  /** Superseded results are hidden unless asked for. */
  includeSuperseded?: boolean | undefined;
}

export type BenchmarkSort = 'recorded' | 'measured' | 'p50' | 'p99' | 'throughput' | 'batch';

/** A result with what lists show beside it: its model, version number and any correction. */
export interface BenchmarkResultView extends BenchmarkResultRow {
  modelSlug: string;
  modelName: string;
  modelTask: ModelTask;
  modelVisibility: string;
  ownerGroupId: string;
  version: number;
  supersededById: string | null;
}

const successor = alias(benchmarkResults, 'successor');

const viewColumns = {
  result: benchmarkResults,
  modelSlug: models.slug,
  modelName: models.name,
  modelTask: models.task,
  modelVisibility: models.visibility,
  ownerGroupId: models.ownerGroupId,
  version: modelVersions.version,
  supersededById: successor.id,
};

type ViewSelection = { result: BenchmarkResultRow } & Omit<BenchmarkResultView, keyof BenchmarkResultRow>;

const toView = ({ result, ...rest }: ViewSelection): BenchmarkResultView => ({ ...result, ...rest });

function joined(db: Db) {
  return db
    .select(viewColumns)
    .from(benchmarkResults)
    .innerJoin(models, eq(models.id, benchmarkResults.modelId))
    .innerJoin(modelVersions, eq(modelVersions.id, benchmarkResults.modelVersionId))
    .leftJoin(successor, eq(successor.supersedesId, benchmarkResults.id));
}

function conditions(filters: BenchmarkFilters, viewer: Viewer | undefined): (SQL | undefined)[] {
  const c: (SQL | undefined)[] = [visibleTo(models.visibility, models.ownerGroupId, viewer)];
  if (filters.modelId !== undefined) c.push(eq(benchmarkResults.modelId, filters.modelId));
  if (filters.versionIds) c.push(filters.versionIds.length ? inArray(benchmarkResults.modelVersionId, [...filters.versionIds]) : sql`0`);
  if (filters.task) c.push(eq(models.task, filters.task));
  if (filters.engine) c.push(eq(benchmarkResults.engine, filters.engine));
  if (filters.provider) c.push(eq(benchmarkResults.executionProvider, filters.provider));
  if (filters.precision) c.push(eq(benchmarkResults.precision, filters.precision));
  if (filters.hardware) c.push(sql`instr(lower(${benchmarkResults.hardware}), lower(${filters.hardware})) > 0`);
  if (filters.source) c.push(eq(benchmarkResults.source, filters.source));
  if (filters.valid !== undefined) c.push(eq(benchmarkResults.valid, filters.valid));
  if (filters.batchSize !== undefined) c.push(eq(benchmarkResults.batchSize, filters.batchSize));
  if (!filters.includeSuperseded) c.push(isNull(successor.id));
  return c;
}

function sortKey(sort: BenchmarkSort): SQL {
  switch (sort) {
    case 'measured':
      return sql`${benchmarkResults.measuredAt}`;
    case 'p50':
      return sql`${benchmarkResults.latencyP50Ms}`;
    case 'p99':
      return sql`${benchmarkResults.latencyP99Ms}`;
    case 'throughput':
      return sql`${benchmarkResults.throughputPerSec}`;
    case 'batch':
      return sql`${benchmarkResults.batchSize}`;
    default:
      return sql`${benchmarkResults.createdAt}`;
  }
}

function cursorValue(row: BenchmarkResultView, sort: BenchmarkSort): CursorValue {
  switch (sort) {
    case 'measured':
      return row.measuredAt.getTime();
    case 'p50':
      return row.latencyP50Ms;
    case 'p99':
      return row.latencyP99Ms;
    case 'throughput':
      return row.throughputPerSec;
    case 'batch':
      return row.batchSize;
    default:
      return row.createdAt.getTime();
  }
}

export async function listBenchmarkResults(
  db: Db,
  filters: BenchmarkFilters,
  viewer: Viewer | undefined,
  options: { sort: BenchmarkSort; order: SortOrder; limit: number; after?: CursorValue[] | undefined },
): Promise<Page<BenchmarkResultView>> {
  const key = sortKey(options.sort);
  const direction = options.order === 'asc' ? asc : desc;
  const rows = await joined(db)
    .where(allOf([...conditions(filters, viewer), afterCursor(key, benchmarkResults.id, options.order, options.after)]))
    .orderBy(direction(key), direction(benchmarkResults.id))
    .limit(options.limit + 1);
  return toPage(rows.map(toView), options.limit, (row) => [cursorValue(row, options.sort), row.id]);
}

export async function countBenchmarkResults(db: Db, filters: BenchmarkFilters, viewer: Viewer | undefined): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(benchmarkResults)
    .innerJoin(models, eq(models.id, benchmarkResults.modelId))
    .leftJoin(successor, eq(successor.supersedesId, benchmarkResults.id))
    .where(allOf(conditions(filters, viewer)));
  return row?.n ?? 0;
}

/** Whether the hub holds any result at all (the Node host profiles itself when it holds none). */
export async function hasAnyBenchmarkResult(db: Db): Promise<boolean> {
  const rows = await db.select({ id: benchmarkResults.id }).from(benchmarkResults).limit(1);
  return rows.length > 0;
}

export async function getBenchmarkResult(db: Db, id: string): Promise<BenchmarkResultView | undefined> {
  const [row] = await joined(db).where(eq(benchmarkResults.id, id));
  return row ? toView(row) : undefined;
}

/**
 * A version's relatives for side-by-side comparisons: the version, the versions that name it
 * as parent (its fp16, int8 and pruned variants, its retrained successors), its parent, and
 * its parent's other children.
 */
export async function familyVersionIds(db: Db, versionId: number): Promise<number[]> {
  const [self] = await db.select({ parent: modelVersions.parentVersionId }).from(modelVersions).where(eq(modelVersions.id, versionId));
  if (!self) return [];
  const roots = self.parent === null ? [versionId] : [versionId, self.parent];
  const rows = await db
    .select({ id: modelVersions.id })
    .from(modelVersions)
    .where(or(inArray(modelVersions.id, roots), inArray(modelVersions.parentVersionId, roots)));
  return rows.map((r) => r.id);
}

/**
 * The statements that record one result, for a caller's `db.batch` (the REST route runs them
 * alone; a `benchmark.completed` delivery runs them in the same transaction as its event).
 */
export function benchmarkResultStatements(db: Db, row: NewBenchmarkResultRow): BatchStatement[] {
  return [db.insert(benchmarkResults).values(row)];
}

export async function insertBenchmarkResult(db: Db, row: NewBenchmarkResultRow): Promise<void> {
  const [first, ...rest] = benchmarkResultStatements(db, row);
  await db.batch([first!, ...rest]);
}

/** The files of a version, to match a result's sha256 against (and take precision from). */
export async function versionArtifacts(db: Db, versionId: number): Promise<ModelArtifact[]> {
  return db.select().from(modelArtifacts).where(eq(modelArtifacts.versionId, versionId)).orderBy(asc(modelArtifacts.id));
}

/** A token's name, the default submitter of the results it posts. */
export async function tokenName(db: Db, tokenId: string): Promise<string | undefined> {
  const [row] = await db.select({ name: apiTokens.name }).from(apiTokens).where(eq(apiTokens.id, tokenId));
  return row?.name;
}

import { asc, count, desc, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { ModelTask } from '../../src/lib/catalog-vocabulary';
import type { BenchmarkSource } from '../../src/lib/benchmarks/record';
import type { CursorValue } from '../../src/lib/cursor';
import type { Db } from '../client';
import {
  apiTokens,
  benchmarkResults,
  modelArtifacts,
  models,
  modelVersions,
  type BenchmarkResultRow,
  type ModelArtifact,
  type NewBenchmarkResultRow,
} from '../schema';
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
  /** Results measured on this hardware pool (id). */
  hardwarePoolId?: number | undefined;
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
  if (filters.versionIds)
    c.push(filters.versionIds.length ? inArray(benchmarkResults.modelVersionId, [...filters.versionIds]) : sql`0`);
  if (filters.task) c.push(eq(models.task, filters.task));
  if (filters.engine) c.push(eq(benchmarkResults.engine, filters.engine));
  if (filters.provider) c.push(eq(benchmarkResults.executionProvider, filters.provider));
  if (filters.precision) c.push(eq(benchmarkResults.precision, filters.precision));
  if (filters.hardware) c.push(sql`instr(lower(${benchmarkResults.hardware}), lower(${filters.hardware})) > 0`);
  if (filters.source) c.push(eq(benchmarkResults.source, filters.source));
  if (filters.valid !== undefined) c.push(eq(benchmarkResults.valid, filters.valid));
  if (filters.batchSize !== undefined) c.push(eq(benchmarkResults.batchSize, filters.batchSize));
  if (filters.hardwarePoolId !== undefined) c.push(eq(benchmarkResults.hardwarePoolId, filters.hardwarePoolId));
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
  options: {
    sort: BenchmarkSort;
    order: SortOrder;
    limit: number;
    /** Keyset paging (the API's cursor): rows strictly after these sort-key values. */
    after?: CursorValue[] | undefined;
    /** Offset paging (the pages' `?page=N`); ignored when `after` is given. */
    offset?: number | undefined;
  },
): Promise<Page<BenchmarkResultView>> {
  const key = sortKey(options.sort);
  const direction = options.order === 'asc' ? asc : desc;
  // Sort and skip over ids only, then read the page's full rows: the records (kilobytes of JSON
  // each) are never carried through the sort of every matching result.
  const page = db
    .select({ id: benchmarkResults.id })
    .from(benchmarkResults)
    .innerJoin(models, eq(models.id, benchmarkResults.modelId))
    .leftJoin(successor, eq(successor.supersedesId, benchmarkResults.id))
    .where(allOf([...conditions(filters, viewer), afterCursor(key, benchmarkResults.id, options.order, options.after)]))
    .orderBy(direction(key), direction(benchmarkResults.id))
    .limit(options.limit + 1)
    .offset(options.after ? 0 : (options.offset ?? 0));
  const rows = await joined(db)
    .where(inArray(benchmarkResults.id, page))
    .orderBy(direction(key), direction(benchmarkResults.id));
  return toPage(rows.map(toView), options.limit, (row) => [cursorValue(row, options.sort), row.id]);
}

export async function countBenchmarkResults(
  db: Db,
  filters: BenchmarkFilters,
  viewer: Viewer | undefined,
): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(benchmarkResults)
    .innerJoin(models, eq(models.id, benchmarkResults.modelId))
    .leftJoin(successor, eq(successor.supersedesId, benchmarkResults.id))
    .where(allOf(conditions(filters, viewer)));
  return row?.n ?? 0;
}

/** One engine build × machine of a model version, as the best-figures tables group results. */
export interface SetupKey {
  modelVersionId: number;
  engine: string;
  engineVersion: string;
  executionProvider: string;
  buildVariant: string | null;
  hardware: string;
}

/** A result that holds a setup's best latency or best throughput, with the setup's counts. */
export interface SetupBestRow extends SetupKey {
  id: string;
  modelSlug: string;
  modelName: string;
  modelTask: ModelTask;
  version: number;
  batchSize: number;
  latencyP50Ms: number;
  throughputPerSec: number;
  /** Valid and not a community result: the runs that may set the best figures. */
  counted: boolean;
  /** 1 for the counted result with the lowest p50 at the setup's smallest counted batch. */
  latencyRank: number;
  /** 1 for the counted result with the highest throughput. */
  throughputRank: number;
  validCount: number;
  invalidCount: number;
  communityCount: number;
}

/**
 * Per model version, engine build and machine, the results holding its best latency (lowest p50
 * at the smallest batch measured) and best throughput, ranked in the database so a page never
 * loads every result: at most two rows per setup. Only valid, non-community results count.
 */
export async function bestResultsPerSetup(
  db: Db,
  filters: BenchmarkFilters,
  viewer: Viewer | undefined,
): Promise<SetupBestRow[]> {
  const counted = sql`(${benchmarkResults.valid} = 1 and ${benchmarkResults.source} <> 'community')`;
  const setup = sql`partition by ${benchmarkResults.modelVersionId}, ${benchmarkResults.engine}, ${benchmarkResults.engineVersion}, ${benchmarkResults.executionProvider}, ${benchmarkResults.buildVariant}, ${benchmarkResults.hardware}`;
  const ranked = db
    .select({
      id: benchmarkResults.id,
      modelVersionId: benchmarkResults.modelVersionId,
      engine: benchmarkResults.engine,
      engineVersion: benchmarkResults.engineVersion,
      executionProvider: benchmarkResults.executionProvider,
      buildVariant: benchmarkResults.buildVariant,
      hardware: benchmarkResults.hardware,
      modelSlug: sql<string>`${models.slug}`.as('model_slug'),
      modelName: sql<string>`${models.name}`.as('model_name'),
      modelTask: sql<ModelTask>`${models.task}`.as('model_task'),
      version: sql<number>`${modelVersions.version}`.as('version_number'),
      batchSize: benchmarkResults.batchSize,
      latencyP50Ms: benchmarkResults.latencyP50Ms,
      throughputPerSec: benchmarkResults.throughputPerSec,
      counted: sql<number>`${counted}`.as('counted'),
      latencyRank:
        sql<number>`row_number() over (${setup} order by ${counted} desc, ${benchmarkResults.batchSize}, ${benchmarkResults.latencyP50Ms}, ${benchmarkResults.createdAt} desc, ${benchmarkResults.id})`.as(
          'latency_rank',
        ),
      throughputRank:
        sql<number>`row_number() over (${setup} order by ${counted} desc, ${benchmarkResults.throughputPerSec} desc, ${benchmarkResults.createdAt} desc, ${benchmarkResults.id})`.as(
          'throughput_rank',
        ),
      validCount: sql<number>`sum(${counted}) over (${setup})`.as('valid_count'),
      invalidCount: sql<number>`sum(${benchmarkResults.valid} = 0) over (${setup})`.as('invalid_count'),
      communityCount: sql<number>`sum(${benchmarkResults.source} = 'community') over (${setup})`.as('community_count'),
    })
    .from(benchmarkResults)
    .innerJoin(models, eq(models.id, benchmarkResults.modelId))
    .innerJoin(modelVersions, eq(modelVersions.id, benchmarkResults.modelVersionId))
    .leftJoin(successor, eq(successor.supersedesId, benchmarkResults.id))
    .where(allOf(conditions(filters, viewer)))
    .as('ranked');
  const rows = await db
    .select()
    .from(ranked)
    .where(or(eq(ranked.latencyRank, 1), eq(ranked.throughputRank, 1)));
  return rows.map((r) => ({ ...r, counted: Boolean(r.counted) }));
}

/** What the benchmark list can be filtered by: the values its current, visible results carry. */
export interface BenchmarkFacetValues {
  models: { slug: string; name: string }[];
  engines: string[];
  providers: string[];
  precisions: string[];
}

export async function benchmarkFacetValues(db: Db, viewer: Viewer | undefined): Promise<BenchmarkFacetValues> {
  // One scan for every facet: the distinct combinations are few (models × engines × providers × precisions).
  const combos = await db
    .selectDistinct({
      slug: models.slug,
      name: models.name,
      engine: benchmarkResults.engine,
      provider: benchmarkResults.executionProvider,
      precision: benchmarkResults.precision,
    })
    .from(benchmarkResults)
    .innerJoin(models, eq(models.id, benchmarkResults.modelId))
    .leftJoin(successor, eq(successor.supersedesId, benchmarkResults.id))
    .where(allOf(conditions({}, viewer)));
  const sorted = (values: (string | null)[]) => [...new Set(values.filter((v): v is string => !!v))].sort();
  const names = new Map(combos.map((c) => [c.slug, c.name]));
  return {
    models: [...names.keys()].sort().map((slug) => ({ slug, name: names.get(slug)! })),
    engines: sorted(combos.map((c) => c.engine)),
    providers: sorted(combos.map((c) => c.provider)),
    precisions: sorted(combos.map((c) => c.precision)),
  };
}

/** Model slug and version number of versions known by id (a version's relatives), with who may see them. */
export async function versionRefs(db: Db, versionIds: readonly number[]) {
  if (versionIds.length === 0) return [];
  return db
    .select({
      id: modelVersions.id,
      model: models.slug,
      version: modelVersions.version,
      visibility: models.visibility,
      ownerGroupId: models.ownerGroupId,
    })
    .from(modelVersions)
    .innerJoin(models, eq(models.id, modelVersions.modelId))
    .where(inArray(modelVersions.id, [...versionIds]))
    .orderBy(asc(models.slug), asc(modelVersions.version));
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
  const [self] = await db
    .select({ parent: modelVersions.parentVersionId })
    .from(modelVersions)
    .where(eq(modelVersions.id, versionId));
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
  return db
    .select()
    .from(modelArtifacts)
    .where(eq(modelArtifacts.versionId, versionId))
    .orderBy(asc(modelArtifacts.id));
}

/** A token's name, the default submitter of the results it posts. */
export async function tokenName(db: Db, tokenId: string): Promise<string | undefined> {
  const [row] = await db.select({ name: apiTokens.name }).from(apiTokens).where(eq(apiTokens.id, tokenId));
  return row?.name;
}

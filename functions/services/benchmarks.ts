import {
  benchmarkFacetValues,
  bestResultsPerSetup,
  countBenchmarkResults,
  familyVersionIds,
  getBenchmarkResult,
  listBenchmarkResults,
  type BenchmarkFacetValues,
  type BenchmarkFilters,
  type BenchmarkSort,
  type SetupBestRow,
} from '../../db/queries/benchmark-results';
import type { SortOrder } from '../../db/queries/keyset';
import { getModelVersion } from '../../db/queries/model-versions';
import { getModelBySlug } from '../../db/queries/models';
import { canView, PUBLIC_VIEWER, type Viewer } from '../../db/queries/viewer';
import type { Model, ModelVersion } from '../../db/schema';
import { engineLabel } from '../../src/lib/benchmarks/labels';
import type { BenchmarkResultJson } from '../../src/lib/benchmarks/result-json';
import type { BestRow } from '../../src/lib/benchmarks/series';
import type { CursorValue } from '../../src/lib/cursor';
import { pageWindow, type PageWindow } from '../../src/lib/pagination';
import { notFound } from '../errors';
import type { ServiceContext } from '../hub';
import type { z } from '@hono/zod-openapi';
import { toBenchmarkResponse } from '../contract/benchmarks/responses';
import { BenchmarkResultSchema, type BenchmarkFilterQuerySchema } from '../contract/benchmarks/schema';

export type { BenchmarkFacetValues, SortOrder, BenchmarkFilters, BenchmarkResultJson, BenchmarkSort, BestRow };

const ASCENDING_BY_DEFAULT: readonly BenchmarkSort[] = ['p50', 'p99', 'batch'];

/** Latencies and batch sizes read best smallest first; times and throughput largest first. */
export const defaultOrder = (sort: BenchmarkSort): SortOrder => (ASCENDING_BY_DEFAULT.includes(sort) ? 'asc' : 'desc');

/** Which results a list shows: all, a model's, one version's, or a version's and its relatives'. */
export interface BenchmarkScope {
  model?: string | undefined;
  version?: number | undefined;
  /** With `version`: also the versions naming it as parent, its parent and its siblings. */
  family?: boolean | undefined;
}

export type ResolvedScope =
  | { found: true; model?: Model; version?: ModelVersion; filters: Pick<BenchmarkFilters, 'modelId' | 'versionIds'> }
  /** `missing` names what does not exist (or may not be seen), for the 404's message. */
  | { found: false; missing: string };

export async function resolveBenchmarkScope(
  { db }: ServiceContext,
  viewer: Viewer | undefined,
  scope: BenchmarkScope,
): Promise<ResolvedScope> {
  if (!scope.model) return { found: true, filters: {} };
  const model = await getModelBySlug(db, scope.model);
  if (!model || !canView(model, viewer)) return { found: false, missing: `Model "${scope.model}"` };
  if (scope.version === undefined) return { found: true, model, filters: { modelId: model.id } };
  const version = await getModelVersion(db, model.id, scope.version);
  if (!version) return { found: false, missing: `Version ${scope.version} of model "${model.slug}"` };
  if (!scope.family) return { found: true, model, version, filters: { modelId: model.id, versionIds: [version.id] } };
  return { found: true, model, version, filters: { versionIds: await familyVersionIds(db, version.id) } };
}

export interface BenchmarkListRequest {
  filters: BenchmarkFilters;
  sort: BenchmarkSort;
  order?: SortOrder | undefined;
  limit: number;
  /** Keyset paging (the API's cursor). */
  after?: CursorValue[] | undefined;
  /** Offset paging (the pages' `?page=N`). */
  offset?: number | undefined;
}

export interface BenchmarkList {
  items: BenchmarkResultJson[];
  /** Sort-key values of the last item when more follow (the API's cursor), else null. */
  next: CursorValue[] | null;
  total: number;
}

/** One page of results in the API's shape, with how many match. */
export async function listBenchmarks(
  { db }: ServiceContext,
  viewer: Viewer | undefined,
  request: BenchmarkListRequest,
): Promise<BenchmarkList> {
  const order = request.order ?? defaultOrder(request.sort);
  const [page, total] = await Promise.all([
    listBenchmarkResults(db, request.filters, viewer, {
      sort: request.sort,
      order,
      limit: request.limit,
      after: request.after,
      offset: request.offset,
    }),
    countBenchmarkResults(db, request.filters, viewer),
  ]);
  return { items: page.items.map(toBenchmarkResponse), next: page.next, total };
}

/** A result the site cannot show (it does not match the API's schema), and how to fix it. */
export interface UnreadableResult {
  id: string;
  problem: string;
}

function checked(result: BenchmarkResultJson): UnreadableResult | null {
  const parsed = BenchmarkResultSchema.safeParse(result);
  if (parsed.success) return null;
  const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(record)'}: ${i.message}`).join('; ');
  return {
    id: result.id,
    problem: `Result ${result.id} has invalid data (${issues}). Post a corrected result that supersedes it.`,
  };
}

export interface BenchmarkPage {
  window: PageWindow;
  items: BenchmarkResultJson[];
  /** Results on this page that cannot be shown; the page lists them instead of failing. */
  unreadable: UnreadableResult[];
}

/**
 * Page `page` (the raw `?page=` value) of the public results matching `filters`, for the site's
 * numbered pages; null when there is no such page (the page answers 404).
 */
export async function benchmarkPage(
  ctx: ServiceContext,
  input: {
    filters: BenchmarkFilters;
    sort?: BenchmarkSort | undefined;
    order?: SortOrder | undefined;
    page: string | null;
    pageSize: number;
  },
): Promise<BenchmarkPage | null> {
  const total = await countBenchmarkResults(ctx.db, input.filters, PUBLIC_VIEWER);
  const window = pageWindow(input.page, total, input.pageSize);
  if (!window) return null;
  const sort = input.sort ?? 'recorded';
  const page = await listBenchmarkResults(ctx.db, input.filters, PUBLIC_VIEWER, {
    sort,
    order: input.order ?? defaultOrder(sort),
    limit: input.pageSize,
    offset: window.offset,
  });
  const items: BenchmarkResultJson[] = [];
  const unreadable: UnreadableResult[] = [];
  for (const row of page.items) {
    const result = toBenchmarkResponse(row);
    const problem = checked(result);
    if (problem) unreadable.push(problem);
    else items.push(result);
  }
  return { window, items, unreadable };
}

export type BenchmarkLookup = { result: BenchmarkResultJson; unreadable: UnreadableResult | null } | undefined;

/** One result, or undefined when there is none the viewer (by default: anyone) may see. */
export async function getBenchmark(
  { db }: ServiceContext,
  id: string,
  viewer: Viewer | undefined = PUBLIC_VIEWER,
): Promise<BenchmarkLookup> {
  const row = await getBenchmarkResult(db, id);
  if (!row || !canView({ visibility: row.modelVisibility, ownerGroupId: row.ownerGroupId }, viewer)) return undefined;
  const result = toBenchmarkResponse(row);
  return { result, unreadable: checked(result) };
}

/** One result for the API; 404 when there is none the viewer may see. */
export async function requireBenchmark(
  ctx: ServiceContext,
  id: string,
  viewer: Viewer | undefined,
): Promise<BenchmarkResultJson> {
  const found = await getBenchmark(ctx, id, viewer);
  if (!found) throw notFound(`Benchmark result "${id}"`);
  return found.result;
}

const setupKey = (r: SetupBestRow) =>
  JSON.stringify([r.modelVersionId, r.engine, r.engineVersion, r.executionProvider, r.buildVariant, r.hardware]);

/** The database's per-setup best results as the overview's rows, in the overview's order. */
export function toBestRows(rows: readonly SetupBestRow[]): BestRow[] {
  const bySetup = new Map<string, BestRow>();
  for (const r of rows) {
    const key = setupKey(r);
    const row = bySetup.get(key) ?? {
      task: r.modelTask,
      model: r.modelSlug,
      modelName: r.modelName,
      version: r.version,
      engine: engineLabel({
        name: r.engine,
        version: r.engineVersion,
        executionProvider: r.executionProvider,
        ...(r.buildVariant ? { buildVariant: r.buildVariant } : {}),
      }),
      hardware: r.hardware,
      latency: null,
      throughput: null,
      valid: r.validCount,
      invalid: r.invalidCount,
      community: r.communityCount,
    };
    if (r.counted && r.latencyRank === 1) row.latency = { p50: r.latencyP50Ms, batch: r.batchSize, id: r.id };
    if (r.counted && r.throughputRank === 1)
      row.throughput = { perSecond: r.throughputPerSec, batch: r.batchSize, id: r.id };
    bySetup.set(key, row);
  }
  return [...bySetup.values()].sort(
    (a, b) =>
      a.task.localeCompare(b.task) ||
      a.model.localeCompare(b.model) ||
      a.version - b.version ||
      a.engine.localeCompare(b.engine) ||
      a.hardware.localeCompare(b.hardware),
  );
}

export interface BestFigures {
  /** At most `limit` rows, in task, model, version, engine and machine order. */
  rows: BestRow[];
  /** How many setups there are in all. */
  total: number;
}

/** Per model version, engine and machine, the best latency and throughput reached (public results). */
export async function bestBenchmarks(
  { db }: ServiceContext,
  filters: BenchmarkFilters,
  limit: number,
): Promise<BestFigures> {
  const rows = toBestRows(await bestResultsPerSetup(db, filters, PUBLIC_VIEWER));
  return { rows: rows.slice(0, limit), total: rows.length };
}

/** The values the public benchmark list can be filtered by. */
export function benchmarkFacets({ db }: ServiceContext): Promise<BenchmarkFacetValues> {
  return benchmarkFacetValues(db, PUBLIC_VIEWER);
}

/** How many public results match, and how many of them are invalid. */
export async function benchmarkCounts(
  { db }: ServiceContext,
  filters: BenchmarkFilters,
): Promise<{ total: number; invalid: number }> {
  const [total, invalid] = await Promise.all([
    countBenchmarkResults(db, filters, PUBLIC_VIEWER),
    countBenchmarkResults(db, { ...filters, valid: false }, PUBLIC_VIEWER),
  ]);
  return { total, invalid };
}

/** The filters every benchmark list shares (API lists and the pages), as the query module takes them. */
export function filtersOf(query: z.output<typeof BenchmarkFilterQuerySchema>): BenchmarkFilters {
  return {
    task: query.task,
    engine: query.engine,
    provider: query.provider,
    precision: query.precision,
    hardware: query.hardware,
    source: query.source,
    valid: query.valid,
    batchSize: query.batch,
    includeSuperseded: query.superseded === 'include',
  };
}

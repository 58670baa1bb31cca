import {
  benchmarkFacetValues,
  bestResultsPerSetup,
  countBenchmarkResults,
  familyVersionIds,
  getBenchmarkResult,
  listBenchmarkResults,
  versionArtifacts,
  versionRefs,
  type BenchmarkFacetValues,
  type BenchmarkFilters,
  type BenchmarkSort,
  type SetupBestRow,
} from '../../db/queries/benchmark-results';
import type { SortOrder } from '../../db/queries/keyset';
import { allModelVersions, getLatestReadyVersion, getModelVersion } from '../../db/queries/model-versions';
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
import {
  BenchmarkListQuerySchema,
  BenchmarkResultSchema,
  type BenchmarkFilterQuerySchema,
} from '../contract/benchmarks/schema';

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

export interface ModelRef {
  slug: string;
  name: string;
}

/** A public model's benchmark page: the model, its version numbers (oldest first) and the filter of its results. */
export async function modelBenchmarks(
  ctx: ServiceContext,
  slug: string,
): Promise<{ model: ModelRef; versions: number[]; filters: BenchmarkFilters } | null> {
  const scope = await resolveBenchmarkScope(ctx, PUBLIC_VIEWER, { model: slug });
  if (!scope.found || !scope.model) return null;
  const versions = await allModelVersions(ctx.db, [scope.model.id]);
  return {
    model: { slug: scope.model.slug, name: scope.model.name },
    versions: versions.map((v) => v.version),
    filters: scope.filters,
  };
}

/**
 * A public model version's benchmark page: the version, the relatives shown beside it (the
 * versions naming it as parent, its parent and its siblings, as the API's `include=family`) and
 * the filter of their results.
 */
export async function versionBenchmarks(
  ctx: ServiceContext,
  slug: string,
  number: number,
): Promise<{
  model: ModelRef;
  version: number;
  relatives: { model: string; version: number }[];
  filters: BenchmarkFilters;
} | null> {
  const scope = await resolveBenchmarkScope(ctx, PUBLIC_VIEWER, { model: slug, version: number, family: true });
  if (!scope.found || !scope.model || !scope.version) return null;
  const refs = await versionRefs(ctx.db, scope.filters.versionIds ?? []);
  const relatives = refs
    .filter((r) => r.id !== scope.version!.id && canView(r, PUBLIC_VIEWER))
    .map((r) => ({ model: r.model, version: r.version }));
  return {
    model: { slug: scope.model.slug, name: scope.model.name },
    version: scope.version.version,
    relatives,
    filters: scope.filters,
  };
}

/** What the browser harness page measures: a public model version's ONNX file with its checksum. */
export interface HarnessTarget {
  model: ModelRef;
  version: number;
  artifact: { name: string; uri: string; sha256: string; precision: string | null; sparsityPct: number | null };
}

/**
 * The file `/benchmarks/run/` measures for `model` (and `version`, else the newest ready one, as
 * `@latest`); `missing` says why there is none.
 */
export async function harnessTarget(
  ctx: ServiceContext,
  slug: string,
  number?: number,
): Promise<{ target: HarnessTarget } | { missing: string }> {
  const model = await getModelBySlug(ctx.db, slug);
  if (!model || !canView(model, PUBLIC_VIEWER)) return { missing: `The catalog has no public model "${slug}".` };
  const version =
    number === undefined
      ? await getLatestReadyVersion(ctx.db, model.id)
      : await getModelVersion(ctx.db, model.id, number);
  if (!version)
    return {
      missing:
        number === undefined ? `${model.name} has no ready version yet.` : `${model.name} has no version ${number}.`,
    };
  const artifact = (await versionArtifacts(ctx.db, version.id)).find((a) => a.format === 'onnx' && a.sha256);
  if (!artifact?.sha256)
    return { missing: `${model.slug} v${version.version} has no ONNX file with a SHA-256 to measure.` };
  return {
    target: {
      model: { slug: model.slug, name: model.name },
      version: version.version,
      artifact: {
        name: artifact.name,
        uri: artifact.uri,
        sha256: artifact.sha256,
        precision: artifact.precision,
        sparsityPct: artifact.sparsityPct,
      },
    },
  };
}

const LIST_PARAMS = [
  'model',
  'task',
  'engine',
  'provider',
  'precision',
  'hardware',
  'source',
  'valid',
  'batch',
  'superseded',
  'sort',
  'order',
] as const;
const ListPageQuerySchema = BenchmarkListQuerySchema.pick(
  Object.fromEntries(LIST_PARAMS.map((k) => [k, true])) as { [K in (typeof LIST_PARAMS)[number]]: true },
);

/** The benchmark list page's filters and order, as its query parameters carry them. */
export type BenchmarkListQuery = z.output<typeof ListPageQuerySchema>;

/**
 * Reads the list page's query parameters with the API's rules (same names, same values), so a
 * page URL and its API URL filter alike. Empty values (a form's untouched fields) and other
 * parameters (`page`) are left out; invalid values are reported by parameter.
 */
export function readBenchmarkListQuery(
  params: URLSearchParams,
): { ok: true; query: BenchmarkListQuery } | { ok: false; problems: string[] } {
  const raw: Record<string, string> = {};
  for (const key of LIST_PARAMS) {
    const value = params.get(key)?.trim();
    if (value) raw[key] = value;
  }
  const parsed = ListPageQuerySchema.safeParse(raw);
  if (parsed.success) return { ok: true, query: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((i) => `?${i.path.join('.')}=${raw[String(i.path[0])] ?? ''}: ${i.message}`),
  };
}

/** The query's parameters in a fixed order, without defaults: for links (exports, pages) that keep the filters. */
export function benchmarkListParams(query: BenchmarkListQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of LIST_PARAMS) {
    const value = query[key];
    if (value === undefined || (key === 'sort' && value === 'recorded')) continue;
    params.set(key, String(value));
  }
  return params;
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

export interface BenchmarkListing {
  query: BenchmarkListQuery;
  /** Whether the query narrows the list (else an empty list means the hub holds no result). */
  filtered: boolean;
  page: BenchmarkPage;
  best: BestFigures;
  facets: BenchmarkFacetValues;
}

/**
 * The public benchmark list page: one page of results matching the query, the best figures of
 * the same results (at most `bestLimit` setups) and the values to filter by. `bad-query` lists
 * the invalid parameters; `not-found` means the model or page asked for does not exist.
 */
export async function benchmarkListing(
  ctx: ServiceContext,
  params: URLSearchParams,
  sizes: { pageSize: number; bestLimit: number },
): Promise<
  { status: 'ok'; listing: BenchmarkListing } | { status: 'bad-query'; problems: string[] } | { status: 'not-found' }
> {
  const read = readBenchmarkListQuery(params);
  if (!read.ok) return { status: 'bad-query', problems: read.problems };
  const { query } = read;
  const scope = await resolveBenchmarkScope(ctx, PUBLIC_VIEWER, { model: query.model });
  if (!scope.found) return { status: 'not-found' };
  const filters = { ...filtersOf(query), ...scope.filters };
  const [page, best, facets] = await Promise.all([
    benchmarkPage(ctx, {
      filters,
      sort: query.sort,
      order: query.order,
      page: params.get('page'),
      pageSize: sizes.pageSize,
    }),
    bestBenchmarks(ctx, filters, sizes.bestLimit),
    benchmarkFacets(ctx),
  ]);
  if (!page) return { status: 'not-found' };
  const filtered = LIST_PARAMS.some((k) => k !== 'sort' && k !== 'order' && query[k] !== undefined);
  return { status: 'ok', listing: { query, filtered, page, best, facets } };
}

export interface BenchmarkSummary extends BestFigures {
  /** Current public results of the model (or version), and how many of them are invalid. */
  count: number;
  invalid: number;
}

/** The best figures of a public model's (or one version's) results, for its catalog page; null for no such model. */
export async function benchmarkSummary(
  ctx: ServiceContext,
  model: string,
  version: number | undefined,
  limit: number,
): Promise<BenchmarkSummary | null> {
  const scope = await resolveBenchmarkScope(ctx, PUBLIC_VIEWER, { model, version });
  if (!scope.found) return null;
  const [best, counts] = await Promise.all([
    bestBenchmarks(ctx, scope.filters, limit),
    benchmarkCounts(ctx, scope.filters),
  ]);
  return { ...best, count: counts.total, invalid: counts.invalid };
}

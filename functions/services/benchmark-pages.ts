/** What the benchmark pages show: a model's and a version's results, the harness target, the list page and the summary on catalog pages. */
import {
  versionArtifacts,
  versionRefs,
  type BenchmarkFacetValues,
  type BenchmarkFilters,
} from '../../db/queries/benchmark-results';
import { allModelVersions, getLatestReadyVersion, getModelVersion } from '../../db/queries/model-versions';
import { getModelBySlug } from '../../db/queries/models';
import { canView, PUBLIC_VIEWER } from '../../db/queries/viewer';
import type { ServiceContext } from '../hub';
import type { z } from '@hono/zod-openapi';
import { BenchmarkListQuerySchema } from '../contract/benchmarks/schema';

import {
  benchmarkCounts,
  benchmarkFacets,
  benchmarkPage,
  bestBenchmarks,
  resolveBenchmarkScope,
  filtersOf,
  type BenchmarkPage,
  type BestFigures,
} from './benchmarks';

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

/**
 * What the /benchmarks/storage/ pages show: the filtered, paginated list with its facets and the
 * throughput-vs-concurrency series, one result, and the "will my training be input-bound?" view.
 */
import { publicVersionsWithMetric, type VersionMetricRow } from '../../db/queries/data-access';
import {
  CACHE_STATES,
  FILE_FORMATS,
  STORAGE_KINDS,
  formatLabel,
  storageLabel,
} from '../../src/lib/benchmarks/data-access';
import {
  inputBound,
  throughputSeries,
  TRAINING_THROUGHPUT_METRIC,
  type InputBoundAnswer,
  type ThroughputSeries,
} from '../../src/lib/benchmarks/storage-view';
import type { ServiceContext } from '../hub';
import { DataAccessListQuerySchema, type DataAccessListQuery } from '../contract/data-access/schema';
import {
  dataAccessFacets,
  dataAccessPage,
  dataAccessSeriesResults,
  getDataAccess,
  type DataAccessPage,
  type DataAccessResultJson,
} from './data-access';

export { TRAINING_THROUGHPUT_METRIC };
export type { DataAccessResultJson, InputBoundAnswer, ThroughputSeries, VersionMetricRow };

/** The query parameters the list page filters by (the API's names). */
export const STORAGE_PAGE_FILTERS = ['storage', 'format', 'reader', 'cache', 'concurrency', 'pool'] as const;
type PageFilter = (typeof STORAGE_PAGE_FILTERS)[number];

export interface StorageFacet {
  name: PageFilter;
  label: string;
  values: { value: string; label: string; count: number; href: string; active: boolean }[];
}

export type StorageListing =
  | {
      status: 'ok';
      page: DataAccessPage;
      facets: StorageFacet[];
      series: ThroughputSeries[];
      filtered: boolean;
      /** The same list in the API. */
      api: string;
    }
  | { status: 'bad-query'; problems: string[] }
  | { status: 'not-found' };

function hrefWith(params: URLSearchParams, name: string, value: string | null): string {
  const next = new URLSearchParams();
  for (const f of STORAGE_PAGE_FILTERS) {
    const v = f === name ? value : params.get(f);
    if (v !== null && v !== '') next.set(f, v);
  }
  const q = next.toString();
  return `/benchmarks/storage/${q ? `?${q}` : ''}`;
}

/** The list page: `?storage=…&format=…&reader=…&cache=…&concurrency=…&pool=…&page=N`. */
export async function storageListing(
  ctx: ServiceContext,
  params: URLSearchParams,
  pageSize: number,
): Promise<StorageListing> {
  const raw: Record<string, string> = {};
  for (const f of STORAGE_PAGE_FILTERS) {
    const v = params.get(f);
    if (v !== null && v !== '') raw[f] = v;
  }
  const parsed = DataAccessListQuerySchema.safeParse(raw);
  if (!parsed.success)
    return {
      status: 'bad-query',
      problems: parsed.error.issues.map((i) => `${i.path.join('.')}=${raw[String(i.path[0])] ?? ''}: ${i.message}`),
    };
  const query: Partial<DataAccessListQuery> = { ...parsed.data, sort: 'recorded' };
  const page = await dataAccessPage(ctx, { query, page: params.get('page'), pageSize });
  if (!page) return { status: 'not-found' };
  const { concurrency: _c, ...seriesQuery } = query;
  const [facetValues, seriesResults] = await Promise.all([
    dataAccessFacets(ctx),
    dataAccessSeriesResults(ctx, seriesQuery),
  ]);
  const facet = (
    name: PageFilter,
    label: string,
    values: { value: string | number; count: number }[],
    name2: (v: string) => string,
  ): StorageFacet => ({
    name,
    label,
    values: values.map(({ value, count }) => {
      const v = String(value);
      const active = raw[name] === v;
      return { value: v, label: name2(v), count, active, href: hrefWith(params, name, active ? null : v) };
    }),
  });
  const known =
    <T extends string>(list: readonly T[], f: (v: T) => string) =>
    (v: string) =>
      (list as readonly string[]).includes(v) ? f(v as T) : v;
  const facets = [
    facet('storage', 'Storage', facetValues.storage, known(STORAGE_KINDS, storageLabel)),
    facet('format', 'File format', facetValues.format, known(FILE_FORMATS, formatLabel)),
    facet('reader', 'Reader', facetValues.reader, (v) => v),
    facet(
      'cache',
      'Cache',
      facetValues.cache,
      known(CACHE_STATES, (v) => v),
    ),
    facet('concurrency', 'Concurrency', facetValues.concurrency, (v) => v),
  ];
  const apiParams = new URLSearchParams(raw).toString();
  return {
    status: 'ok',
    page,
    facets,
    series: throughputSeries(seriesResults),
    filtered: Object.keys(raw).length > 0,
    api: `/api/benchmarks/data-access${apiParams ? `?${apiParams}` : ''}`,
  };
}

/** One public result, or undefined (the page answers 404). */
export function storageResult(ctx: ServiceContext, id: string): Promise<DataAccessResultJson | undefined> {
  return getDataAccess(ctx, id);
}

export interface InputBoundView {
  versions: VersionMetricRow[];
  results: DataAccessResultJson[];
  /** The version picked (`?version=slug@N`), if it exists. */
  version: VersionMetricRow | null;
  /** A training throughput typed in (`?training=`) instead of a version's metric. */
  manualTraining: number | null;
  result: DataAccessResultJson | null;
  bytesPerEvent: number | null;
  answer: InputBoundAnswer | null;
  /** Parameters that were given but are not valid, in words. */
  problems: string[];
}

const positive = (v: string | null, max: number): number | null | 'invalid' => {
  if (v === null || v.trim() === '') return null;
  const n = Number(v);
  return Number.isFinite(n) && n > 0 && n <= max ? n : 'invalid';
};

/**
 * The input-bound view: `?version=slug@N` (a public version with a `training_events_per_second`
 * metric) or `?training=<events/s>`, `?result=da_…` (a public storage result) and, for results
 * without events/s, `?bytes=<bytes per event>`.
 */
export async function inputBoundView(ctx: ServiceContext, params: URLSearchParams): Promise<InputBoundView> {
  const [versions, results] = await Promise.all([
    publicVersionsWithMetric(ctx.db, TRAINING_THROUGHPUT_METRIC),
    dataAccessSeriesResults(ctx, {}, 500),
  ]);
  const problems: string[] = [];
  const versionParam = params.get('version');
  const version = versionParam ? (versions.find((v) => `${v.modelSlug}@${v.version}` === versionParam) ?? null) : null;
  if (versionParam && !version)
    problems.push(`No public model version "${versionParam}" records ${TRAINING_THROUGHPUT_METRIC}.`);
  const training = positive(params.get('training'), 1e12);
  if (training === 'invalid') problems.push('The training throughput must be a positive number of events per second.');
  const bytes = positive(params.get('bytes'), 1e12);
  if (bytes === 'invalid') problems.push('Bytes per event must be a positive number.');
  const resultParam = params.get('result');
  const result = resultParam ? (results.find((r) => r.id === resultParam) ?? null) : null;
  if (resultParam && !result) problems.push(`No public storage result "${resultParam}".`);
  const manualTraining = typeof training === 'number' ? training : null;
  const trainingEventsPerSec = manualTraining ?? version?.value ?? null;
  const bytesPerEvent = typeof bytes === 'number' ? bytes : null;
  const answer =
    trainingEventsPerSec !== null && result
      ? inputBound({ trainingEventsPerSec, storage: result.results, bytesPerEvent })
      : null;
  return { versions, results, version, manualTraining, result, bytesPerEvent, answer, problems };
}

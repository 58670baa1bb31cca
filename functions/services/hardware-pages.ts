/** What the /hardware/ pages show: the filtered directory with its capacity summary, and one pool's page. */
import { listBenchmarkResults } from '../../db/queries/benchmark-results';
import {
  countPools,
  getPoolBySlug,
  latestCapacity,
  poolFacetCounts,
  toolNames,
  type PoolFilters,
} from '../../db/queries/hardware';
import { PUBLIC_VIEWER } from '../../db/queries/viewer';
import { capacityRows, type CapacityRow } from '../../src/lib/hardware-capacity';
import {
  HARDWARE_FACETS,
  hardwareFacetGroups,
  hardwareFilterLabel,
  readHardwareFilter,
  withoutFacet,
  type HardwareFacet,
  type HardwareFacetGroup,
  type HardwareFilter,
} from '../../src/lib/hardware-facets';
import { pageWindow, type PageWindow } from '../../src/lib/pagination';
import { labelMatchesModel, matchableModels, modelKey } from '../../src/lib/hardware-match';
import type { ServiceContext } from '../hub';
import { PoolSchema, toPoolResponse } from '../contract/hardware/schema';
import { listPoolsPage, type PoolData } from './hardware';

export const HARDWARE_PAGE_SIZE = 50;

export interface HardwareDirectory {
  /** This page of the pools the filter leaves, by name. */
  pools: PoolData[];
  window: PageWindow;
  /** The chosen values by facet (the checked boxes). */
  filter: HardwareFilter;
  /** The chosen values in words ("Network zone: Online / UCAP or Technical network"). */
  filterLabel: string;
  /** Parameters the URL gave that name no facet value (shown, not silently dropped). */
  invalid: string[];
  /** Each facet's values, counted over the pools the other facets' chosen values leave. */
  facets: HardwareFacetGroup[];
  /** Capacity of the pools on this page. */
  capacity: CapacityRow[];
}

/**
 * The /hardware/ directory: any number of values per facet (`?zone=online&zone=technical&scheduler=slurm`:
 * values of one facet match any, facets combine), filtered in SQL with the filter GET /api/hardware
 * uses, numbered pages by name. Undefined when the URL names no such page.
 */
export async function hardwareDirectory(
  ctx: ServiceContext,
  params: URLSearchParams,
): Promise<HardwareDirectory | undefined> {
  const { filter, invalid } = readHardwareFilter(params);
  const filters = filter as PoolFilters;
  const window = pageWindow(params.get('page'), await countPools(ctx.db, filters), HARDWARE_PAGE_SIZE);
  if (!window) return undefined;
  const [pools, ...counts] = await Promise.all([
    listPoolsPage(ctx, filters, { limit: window.pageSize, offset: window.offset }),
    ...HARDWARE_FACETS.map((f) => poolFacetCounts(ctx.db, f, withoutFacet(filter, f) as PoolFilters)),
  ]);
  return {
    pools,
    window,
    filter,
    filterLabel: hardwareFilterLabel(filter),
    invalid,
    facets: hardwareFacetGroups(
      Object.fromEntries(HARDWARE_FACETS.map((f, i) => [f, counts[i]!])) as Record<
        HardwareFacet,
        { value: string; count: number }[]
      >,
      filter,
    ),
    capacity: capacityRows(
      pools.map((p) => ({
        slug: p.slug,
        name: p.name,
        accelerators: p.accelerators,
        capacity: p.capacity,
      })),
    ),
  };
}

export interface PoolBenchmark {
  id: string;
  model: string;
  modelName: string;
  version: number;
  engine: string;
  provider: string;
  hardware: string;
  batchSize: number;
  latencyP50Ms: number;
  throughputPerSec: number;
  valid: boolean;
  measuredAt: string;
  /** The pool's accelerator model the result's hardware label names. */
  matched: string;
}

const BENCHMARKS_SHOWN = 20;

/**
 * Results whose hardware label names one of the pool's accelerator models: measured on the same
 * accelerator model, not necessarily on the pool (those name it: benchmarksOnPool).
 */
async function benchmarksOnModels(ctx: ServiceContext, models: string[]): Promise<PoolBenchmark[]> {
  const found = new Map<string, PoolBenchmark>();
  for (const model of models) {
    // The longest word narrows the rows in SQL; the whole-word match decides.
    const probe = [...modelKey(model)!].sort((a, b) => b.length - a.length)[0]!;
    const page = await listBenchmarkResults(ctx.db, { hardware: probe }, PUBLIC_VIEWER, {
      sort: 'recorded',
      order: 'desc',
      limit: 200,
    });
    for (const r of page.items) {
      if (found.has(r.id) || !labelMatchesModel(r.hardware, model)) continue;
      found.set(r.id, {
        id: r.id,
        model: r.modelSlug,
        modelName: r.modelName,
        version: r.version,
        engine: r.engine,
        provider: r.executionProvider,
        hardware: r.hardware,
        batchSize: r.batchSize,
        latencyP50Ms: r.latencyP50Ms,
        throughputPerSec: r.throughputPerSec,
        valid: r.valid,
        measuredAt: r.measuredAt.toISOString(),
        matched: model,
      });
    }
  }
  return [...found.values()].sort((a, b) => b.measuredAt.localeCompare(a.measuredAt)).slice(0, BENCHMARKS_SHOWN);
}

export interface PoolPage {
  pool: PoolData;
  /** What in the stored entry breaks the API's schema; the page shows these instead of the entry. */
  problems: string[];
  tools: { slug: string; name: string; summary: string }[];
  /** Accelerator models benchmark labels were matched against (empty: the pool's models are not recorded). */
  matchedModels: string[];
  benchmarks: PoolBenchmark[];
  /** Results whose record names this pool (`hardwarePool`): measured on it. */
  onPool: PoolBenchmark[];
}

/** Results whose record names the pool, newest first. */
async function benchmarksOnPool(ctx: ServiceContext, poolId: number, poolSlug: string): Promise<PoolBenchmark[]> {
  const page = await listBenchmarkResults(ctx.db, { hardwarePoolId: poolId }, PUBLIC_VIEWER, {
    sort: 'recorded',
    order: 'desc',
    limit: BENCHMARKS_SHOWN,
  });
  return page.items.map((r) => ({
    id: r.id,
    model: r.modelSlug,
    modelName: r.modelName,
    version: r.version,
    engine: r.engine,
    provider: r.executionProvider,
    hardware: r.hardware,
    batchSize: r.batchSize,
    latencyP50Ms: r.latencyP50Ms,
    throughputPerSec: r.throughputPerSec,
    valid: r.valid,
    measuredAt: r.measuredAt.toISOString(),
    matched: poolSlug,
  }));
}

export async function hardwarePoolPage(ctx: ServiceContext, slug: string): Promise<PoolPage | undefined> {
  const row = await getPoolBySlug(ctx.db, slug);
  if (!row) return undefined;
  const latest = await latestCapacity(ctx.db, [row.id]);
  const pool = toPoolResponse(row, latest.get(row.id), ctx.config.publicUrl);
  const checked = PoolSchema.safeParse(pool);
  const problems = checked.success
    ? []
    : checked.error.issues.map((i) => `${i.path.join('.') || '(row)'}: ${i.message}`);
  if (problems.length > 0) return { pool, problems, tools: [], matchedModels: [], benchmarks: [], onPool: [] };
  const matchedModels = matchableModels(pool.accelerators);
  const [tools, benchmarks, onPool] = await Promise.all([
    toolNames(ctx.db, pool.tools),
    benchmarksOnModels(ctx, matchedModels),
    benchmarksOnPool(ctx, row.id, row.slug),
  ]);
  return { pool, problems, tools, matchedModels, benchmarks, onPool };
}

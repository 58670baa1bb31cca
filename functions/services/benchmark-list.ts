/** The API's benchmark lists: all results, a model's, a version's or a version family's, one page at a time. */
import type { z } from '@hono/zod-openapi';
import type { Viewer } from '../../db/queries/viewer';
import type { BenchmarkResultJson } from '../../src/lib/benchmarks/result-json';
import { ApiError, notFound } from '../errors';
import type { ServiceContext } from '../hub';
import { nextCursorOf, readCursor } from '../pagination';
import {
  filtersOf,
  listBenchmarks,
  resolveBenchmarkScope,
  type BenchmarkFilters,
  type BenchmarkScope,
} from './benchmarks';
import type { BenchmarkFilterQuerySchema } from '../contract/benchmarks/schema';

export type BenchmarkFilterQuery = z.output<typeof BenchmarkFilterQuerySchema>;

export const CSV_DEFAULT_LIMIT = 1000;

/**
 * The filters of a model's, a version's or a version family's list; 404 when the model or
 * version does not exist (or the caller may not see it).
 */
export async function scopedFilters(
  ctx: ServiceContext,
  viewer: Viewer | undefined,
  query: BenchmarkFilterQuery,
  scope: BenchmarkScope,
): Promise<BenchmarkFilters> {
  if (scope.version !== undefined && !scope.model) {
    throw new ApiError(400, 'validation_failed', 'Filtering by `version` needs `model` too.', {
      issues: [{ in: 'query', path: 'version', message: 'Needs `model`.', code: 'custom' }],
    });
  }
  const resolved = await resolveBenchmarkScope(ctx, viewer, scope);
  if (!resolved.found) throw notFound(resolved.missing);
  return { ...filtersOf(query), ...resolved.filters };
}

export interface BenchmarkListPage {
  items: BenchmarkResultJson[];
  nextCursor: string | null;
  total: number;
}

/**
 * One page of the results in `scope` matching the query, with the cursor of the next page and
 * how many match. A CSV export pages by `CSV_DEFAULT_LIMIT` rows unless the query sets `limit`.
 */
export async function benchmarkListPage(
  ctx: ServiceContext,
  viewer: Viewer | undefined,
  request: { query: BenchmarkFilterQuery; scope: BenchmarkScope; format: 'json' | 'csv' },
): Promise<BenchmarkListPage> {
  const { query, scope, format } = request;
  const filters = await scopedFilters(ctx, viewer, query, scope);
  const after = readCursor(query.cursor, 2);
  const limit = query.limit ?? (format === 'csv' ? CSV_DEFAULT_LIMIT : ctx.config.pageSize.default);
  const { items, next, total } = await listBenchmarks(ctx, viewer, {
    filters,
    sort: query.sort,
    order: query.order,
    limit,
    after,
  });
  return { items, nextCursor: nextCursorOf(next), total };
}

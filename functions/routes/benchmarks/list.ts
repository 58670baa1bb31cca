import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { benchmarkCsv } from '../../../src/lib/benchmarks/csv';
import { encodeCursor } from '../../../src/lib/cursor';
import type { AppEnv } from '../../env';
import { ApiError, notFound } from '../../errors';
import { readCursor } from '../../pagination';
import {
  listBenchmarks,
  resolveBenchmarkScope,
  type BenchmarkFilters,
  type BenchmarkScope,
} from '../../services/benchmarks';
import { viewerOf } from '../../services/catalog-access';
import { BenchmarkListSchema, type BenchmarkFilterQuerySchema } from '../../contract/benchmarks/schema';

type FilterQuery = z.output<typeof BenchmarkFilterQuerySchema>;

export const CSV_DEFAULT_LIMIT = 1000;

/** The filters every benchmark list shares, as the query module takes them. */
export function commonFilters(query: FilterQuery): BenchmarkFilters {
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

function wantsCsv(c: Context<AppEnv>, query: FilterQuery): boolean {
  if (query.format) return query.format === 'csv';
  const accept = c.req.header('accept') ?? '';
  return accept.includes('text/csv') && !accept.includes('application/json');
}

/**
 * The filters of a model's, a version's or a version family's list; 404 when the model or
 * version does not exist (or the caller may not see it).
 */
export async function scopedFilters(
  c: Context<AppEnv>,
  query: FilterQuery,
  scope: BenchmarkScope,
): Promise<BenchmarkFilters> {
  if (scope.version !== undefined && !scope.model) {
    throw new ApiError(400, 'validation_failed', 'Filtering by `version` needs `model` too.', {
      issues: [{ in: 'query', path: 'version', message: 'Needs `model`.', code: 'custom' }],
    });
  }
  const resolved = await resolveBenchmarkScope(c.var, viewerOf(c.get('auth')), scope);
  if (!resolved.found) throw notFound(resolved.missing);
  return { ...commonFilters(query), ...resolved.filters };
}

/** The downloaded file's name: `benchmarks[-slug[-vN[-family]]]`. */
export function listName(scope: BenchmarkScope): string {
  if (!scope.model) return 'benchmarks';
  return `benchmarks-${scope.model}${scope.version === undefined ? '' : `-v${scope.version}`}${scope.family ? '-family' : ''}`;
}

/**
 * One page of results as JSON (`items`, `nextCursor`, `total`) or as CSV (every field, a
 * `Link: rel="next"` header when more rows follow). `name` names the downloaded file.
 */
export async function respondWithList(c: Context<AppEnv>, query: FilterQuery, filters: BenchmarkFilters, name: string) {
  const csv = wantsCsv(c, query);
  const after = readCursor(query.cursor, 2);
  const limit = query.limit ?? (csv ? CSV_DEFAULT_LIMIT : c.var.config.pageSize.default);
  const { items, next, total } = await listBenchmarks(c.var, viewerOf(c.get('auth')), {
    filters,
    sort: query.sort,
    order: query.order,
    limit,
    after,
  });
  const nextCursor = next ? encodeCursor(next) : null;
  if (!csv) return c.json({ items, nextCursor, total }, 200);

  const headers: Record<string, string> = {
    'content-type': 'text/csv; charset=utf-8',
    'content-disposition': `attachment; filename="${name}.csv"`,
    'x-total-count': String(total),
  };
  if (nextCursor) {
    const next = new URL(c.req.url);
    next.searchParams.set('cursor', nextCursor);
    headers.link = `<${next.pathname}${next.search}>; rel="next"`;
  }
  return c.body(benchmarkCsv(items), 200, headers);
}

export const listResponses = {
  200: {
    description:
      'A page of results, newest first by default; superseded results are left out unless `superseded=include`.',
    content: {
      'application/json': { schema: BenchmarkListSchema },
      'text/csv': {
        schema: z.string().openapi({
          description:
            'Every field of every result on the page, one row each; `Link: <…>; rel="next"` when more follow.',
        }),
      },
    },
  },
};

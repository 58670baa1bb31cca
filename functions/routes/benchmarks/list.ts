import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { countBenchmarkResults, listBenchmarkResults, type BenchmarkFilters, type BenchmarkSort } from '../../../db/queries/benchmark-results';
import { benchmarkCsv } from '../../../src/lib/benchmarks/csv';
import { encodeCursor } from '../../../src/lib/cursor';
import type { AppEnv } from '../../env';
import { viewerOf } from '../catalog-access';
import { toBenchmarkResponse } from './responses';
import { BenchmarkListSchema, type BenchmarkFilterQuerySchema } from './schema';
import { readCursor } from '../../pagination';

type FilterQuery = z.output<typeof BenchmarkFilterQuerySchema>;

const ASCENDING_BY_DEFAULT: readonly BenchmarkSort[] = ['p50', 'p99', 'batch'];
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
 * One page of results as JSON (`items`, `nextCursor`, `total`) or as CSV (every field, a
 * `Link: rel="next"` header when more rows follow). `name` names the downloaded file.
 */
export async function respondWithList(c: Context<AppEnv>, query: FilterQuery, filters: BenchmarkFilters, name: string) {
  const { db, config } = c.var;
  const csv = wantsCsv(c, query);
  const after = readCursor(query.cursor, 2);
  const order = query.order ?? (ASCENDING_BY_DEFAULT.includes(query.sort) ? 'asc' : 'desc');
  const limit = query.limit ?? (csv ? CSV_DEFAULT_LIMIT : config.pageSize.default);
  const viewer = viewerOf(c.get('auth'));
  const [page, total] = await Promise.all([
    listBenchmarkResults(db, filters, viewer, { sort: query.sort, order, limit, after }),
    countBenchmarkResults(db, filters, viewer),
  ]);
  const items = page.items.map(toBenchmarkResponse);
  const nextCursor = page.next ? encodeCursor(page.next) : null;
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
    description: 'A page of results, newest first by default; superseded results are left out unless `superseded=include`.',
    content: {
      'application/json': { schema: BenchmarkListSchema },
      'text/csv': { schema: z.string().openapi({ description: 'Every field of every result on the page, one row each; `Link: <…>; rel="next"` when more follow.' }) },
    },
  },
};

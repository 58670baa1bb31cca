import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { benchmarkCsv } from '../../../src/lib/benchmarks/csv';
import type { AppEnv } from '../../env';
import { benchmarkListPage, type BenchmarkFilterQuery } from '../../services/benchmark-list';
import type { BenchmarkScope } from '../../services/benchmarks';
import { viewerOf } from '../../services/catalog-access';
import { BenchmarkListSchema } from '../../contract/benchmarks/schema';

function wantsCsv(c: Context<AppEnv>, query: BenchmarkFilterQuery): boolean {
  if (query.format) return query.format === 'csv';
  const accept = c.req.header('accept') ?? '';
  return accept.includes('text/csv') && !accept.includes('application/json');
}

/** The downloaded file's name: `benchmarks[-slug[-vN[-family]]]`. */
export function listName(scope: BenchmarkScope): string {
  if (!scope.model) return 'benchmarks';
  return `benchmarks-${scope.model}${scope.version === undefined ? '' : `-v${scope.version}`}${scope.family ? '-family' : ''}`;
}

/**
 * One page of the results in `scope` as JSON (`items`, `nextCursor`, `total`) or as CSV (every
 * field, a `Link: rel="next"` header when more rows follow). `name` names the downloaded file.
 */
export async function respondWithList(
  c: Context<AppEnv>,
  query: BenchmarkFilterQuery,
  scope: BenchmarkScope,
  name: string,
) {
  const csv = wantsCsv(c, query);
  const { items, nextCursor, total } = await benchmarkListPage(c.var, viewerOf(c.get('auth')), {
    query,
    scope,
    format: csv ? 'csv' : 'json',
  });
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

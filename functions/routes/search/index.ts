import { createRoute } from '@hono/zod-openapi';
import { search } from '../../../db/queries/search';
import { pagePathOf, snippetToHtml, snippetToText } from '../../../src/lib/search-results';
import { decodeCursor, encodeCursor } from '../../../src/lib/cursor';
import { ApiError } from '../../errors';
import { createRouter } from '../../router';
import { errorResponses as E } from '../shared-schema';
import { SearchQuerySchema, SearchResultSchema } from './schema';

export const searchRoutes = createRouter().openapi(
  createRoute({
    method: 'get',
    path: '/',
    tags: ['Search'],
    summary: 'Full-text search over everything public',
    description: 'Words are matched as prefixes and all must match; results are ranked by relevance (bm25).',
    request: { query: SearchQuerySchema },
    responses: { 200: { description: 'Ranked hits.', content: { 'application/json': { schema: SearchResultSchema } } }, ...E.badRequest },
  }),
  async (c) => {
    const { q, kind, limit: requested, cursor } = c.req.valid('query');
    const position = cursor === undefined ? [0] : decodeCursor(cursor, 1);
    if (!position || typeof position[0] !== 'number' || position[0] < 0) {
      throw new ApiError(400, 'validation_failed', 'The cursor is not valid for this search.', {
        issues: [{ in: 'query', path: 'cursor', message: 'Unrecognised cursor.', code: 'invalid_cursor' }],
      });
    }
    const offset = position[0];
    const limit = Math.min(requested ?? 20, c.var.config.pageSize.max);
    const page = await search(c.var.db, q, { kind, limit, offset });
    const publicUrl = c.var.config.publicUrl;
    return c.json(
      {
        query: q,
        hits: page.hits.map((hit) => ({
          kind: hit.kind,
          slug: hit.slug,
          name: hit.name,
          summary: hit.summary,
          url: new URL(pagePathOf(hit.kind, hit.slug), publicUrl).toString(),
          snippet: snippetToText(hit.snippet),
          snippetHtml: snippetToHtml(hit.snippet),
        })),
        total: page.total,
        nextCursor: offset + page.hits.length < page.total ? encodeCursor([offset + page.hits.length]) : null,
      },
      200,
    );
  },
);

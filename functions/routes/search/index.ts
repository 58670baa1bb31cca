import { createRoute } from '@hono/zod-openapi';
import { RANK_CAP } from '../../../db/queries/search';
import { ApiError } from '../../errors';
import { createRouter } from '../../router';
import { searchCatalog, searchOffsetOf } from '../../services/search';
import { errorResponses as E } from '../../contract/shared-schema';
import { SearchQuerySchema, SearchResultSchema } from '../../contract/search/schema';

export const searchRoutes = createRouter().openapi(
  createRoute({
    method: 'get',
    path: '/',
    tags: ['Search'],
    summary: 'Full-text search over everything public, with facets',
    description:
      'One index over tools, models and datasets (public entries only). Words are matched as prefixes and all must match; ' +
      'results are ranked by relevance (bm25: name and tags weigh most), entries whose name, summary, tags or task hold every word ' +
      `first, then those that need the card or description. For very broad words each of these two tiers ranks its newest ${RANK_CAP.toLocaleString('en')} ` +
      'matches, so deep pages of such queries end early: narrow them with filters. Narrow with `kind` and the facet filters; each facet ' +
      'comes back with counts. Without words, filters browse newest first. Page with `cursor`.',
    request: { query: SearchQuerySchema },
    responses: {
      200: {
        description: 'Ranked hits and facet counts.',
        content: { 'application/json': { schema: SearchResultSchema } },
      },
      ...E.badRequest,
    },
  }),
  async (c) => {
    const { q, kind, group, task, framework, format, precision, license, limit, cursor, facets } = c.req.valid('query');
    const offset = searchOffsetOf(cursor);
    if (offset === null) {
      throw new ApiError(400, 'validation_failed', 'The cursor is not valid for this search.', {
        issues: [{ in: 'query', path: 'cursor', message: 'Unrecognised cursor.', code: 'invalid_cursor' }],
      });
    }
    const result = await searchCatalog(c.var, {
      q,
      filters: { kind, group, task, framework, format, precision, license },
      limit: Math.min(limit ?? 20, c.var.config.pageSize.max),
      offset,
      facets: facets === 'true',
    });
    return c.json(result, 200);
  },
);

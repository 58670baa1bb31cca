import { createRoute } from '@hono/zod-openapi';
import { createRouter, publicSecurity } from '../../router';
import { RANK_CAP, searchFromQuery } from '../../services/search';
import { errorResponses as E } from '../../contract/shared-schema';
import { SearchQuerySchema, SearchResultSchema } from '../../contract/search/schema';

export const searchRoutes = createRouter().openapi(
  createRoute({
    method: 'get',
    path: '/',
    operationId: 'search',
    security: publicSecurity,
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
  async (c) => c.json(await searchFromQuery(c.var, c.req.valid('query')), 200),
);

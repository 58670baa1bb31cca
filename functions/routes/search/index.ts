import { createRoute } from '@hono/zod-openapi';
import { createRouter, publicSecurity } from '../../router';
import { RANK_CAP, searchFromQuery } from '../../services/search';
import { errorResponses as E } from '../../contract/shared-schema';
import {
  SearchQuerySchema,
  SearchResultSchema,
  SuggestQuerySchema,
  SuggestResultSchema,
} from '../../contract/search/schema';
import { suggestCatalog } from '../../services/search-suggest';

export const searchRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/suggest',
      operationId: 'suggestSearch',
      security: publicSecurity,
      tags: ['Search'],
      summary: 'Suggestions as you type, grouped by kind',
      description:
        'A small answer for a search box: per kind (models, datasets, tools, hardware) the names and pages of the best ' +
        '`limit` entries whose name, summary, tags or task hold every word (prefixes). Words that no entry has as typed ' +
        'also match their closest indexed words (typo tolerance; listed in `alternatives`), ranked after exact matches. ' +
        'Public, cacheable for a minute.',
      request: { query: SuggestQuerySchema },
      responses: {
        200: {
          description: 'Suggestions by kind.',
          headers: { 'Cache-Control': { schema: { type: 'string', example: 'public, max-age=60' } } },
          content: { 'application/json': { schema: SuggestResultSchema } },
        },
        ...E.badRequest,
      },
    }),
    async (c) => {
      c.header('Cache-Control', 'public, max-age=60');
      return c.json(await suggestCatalog(c.var, c.req.valid('query')), 200);
    },
  )
  .openapi(
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

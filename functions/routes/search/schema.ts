import { z } from '@hono/zod-openapi';
import { SEARCH_KINDS } from '../../../db/queries/search';
import { PageInfoSchema, PaginationQuerySchema } from '../shared-schema';

export const SearchQuerySchema = PaginationQuerySchema.extend({
  q: z.string().trim().min(1, 'Type something to search for.').max(200).openapi({ example: 'gpu notebook' }),
  kind: z.enum(SEARCH_KINDS).optional().openapi({ description: 'Only one kind of result.' }),
});

export const SearchHitSchema = z
  .object({
    kind: z.enum(SEARCH_KINDS),
    slug: z.string(),
    name: z.string(),
    summary: z.string(),
    url: z.string(),
    snippet: z.string().openapi({ description: 'Matched text, plain.' }),
    snippetHtml: z.string().openapi({ description: 'Matched text, HTML-escaped, matches wrapped in <mark>.' }),
  })
  .openapi('SearchHit');

export const SearchResultSchema = z
  .object({ query: z.string(), hits: z.array(SearchHitSchema) })
  .extend(PageInfoSchema.shape)
  .openapi('SearchResult');

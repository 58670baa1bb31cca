import { z } from '@hono/zod-openapi';
import { FACET_BASIS, SEARCH_FACETS, SEARCH_KINDS, TOTAL_CAP } from '../../../db/queries/search';
import { PaginationQuerySchema } from '../shared-schema';

const facetFilter = (description: string) => z.string().trim().min(1).max(100).optional().openapi({ description });

export const SearchQuerySchema = PaginationQuerySchema.extend({
  q: z.string().trim().max(200).default('').openapi({
    example: 'b-tagging gnn',
    description: 'Words (prefixes, all must match). Empty: browse by filters, newest first.',
  }),
  kind: z.enum(SEARCH_KINDS).optional().openapi({ description: 'Only one kind of result.' }),
  group: facetFilter('Owner group id, e.g. `cms`.'),
  task: facetFilter('Model task, e.g. `jet-tagging`.'),
  framework: facetFilter('Models with an artifact of this framework, e.g. `pytorch`.'),
  format: facetFilter('Artifact format (`onnx`, …) or dataset format (`root`, …).'),
  precision: facetFilter('Models with an artifact of this precision, e.g. `fp16` or `ap_fixed<16,6>`.'),
  license: facetFilter('License as recorded, e.g. `Apache-2.0`.'),
  facets: z
    .enum(['true', 'false'])
    .default('true')
    .openapi({ description: 'Set `false` to skip facet counts (a little faster).' }),
});

export const FacetCountSchema = z
  .object({ value: z.string(), label: z.string(), count: z.number().int() })
  .openapi('FacetCount');

export const SearchHitSchema = z
  .object({
    kind: z.enum(SEARCH_KINDS),
    slug: z.string(),
    name: z.string(),
    summary: z.string(),
    url: z.string(),
    snippet: z.string().openapi({ description: 'Matched text, plain.' }),
    snippetHtml: z.string().openapi({ description: 'Matched text, HTML-escaped, matches wrapped in <mark>.' }),
    facets: z
      .record(z.string(), z.array(z.string()))
      .openapi({ description: 'The document\'s facet values, e.g. {"task": ["jet-tagging"]}.' }),
    badges: z.array(z.string()).openapi({ description: 'Readable labels for display (task, format, group).' }),
  })
  .openapi('SearchHit');

export const WordAlternativesSchema = z
  .object({
    word: z.string().openapi({ example: 'anomally' }),
    terms: z.array(z.string()).openapi({ example: ['anomaly'] }),
  })
  .openapi('WordAlternatives');

export const SearchResultSchema = z
  .object({
    query: z.string(),
    hits: z.array(SearchHitSchema),
    total: z
      .number()
      .int()
      .openapi({ description: `Matches, counted up to ${TOTAL_CAP.toLocaleString('en')} (see \`totalExact\`).` }),
    totalExact: z.boolean().openapi({ description: 'False when there are more than `total` matches.' }),
    nextCursor: z.string().nullable(),
    facets: z
      .object(
        Object.fromEntries(['kind', ...SEARCH_FACETS].map((f) => [f, z.array(FacetCountSchema)])) as Record<
          'kind' | (typeof SEARCH_FACETS)[number],
          z.ZodArray<typeof FacetCountSchema>
        >,
      )
      .openapi({
        description:
          'Counts per facet value. A filtered facet is counted as if unfiltered, so its other values stay visible.',
      }),
    facetsExact: z.boolean().openapi({
      description: `False when the query matched more than ${FACET_BASIS} documents: counts then cover the newest ${FACET_BASIS} and are lower bounds.`,
    }),
    alternatives: z.array(WordAlternativesSchema).openapi({
      description:
        'Typo tolerance: query words that no entry has as typed, with the indexed words searched for instead. Their matches rank after every exact or prefix match.',
      example: [{ word: 'anomally', terms: ['anomaly'] }],
    }),
  })
  .openapi('SearchResult');

export const SUGGEST_KINDS = ['model', 'dataset', 'tool', 'hardware'] as const;

export const SuggestQuerySchema = z.object({
  q: z.string().trim().max(100).default('').openapi({
    example: 'anomally',
    description:
      'What has been typed so far. Words match as prefixes; mistyped words also match their closest indexed words.',
  }),
  limit: z.coerce.number().int().min(1).max(10).default(5).openapi({
    example: 5,
    description: 'Suggestions per kind (1–10).',
  }),
});

export const SuggestionSchema = z
  .object({
    name: z.string().openapi({ example: 'L1 anomaly detector' }),
    path: z.string().openapi({ example: '/models/l1-anomaly/', description: 'The page, relative to the hub.' }),
  })
  .openapi('Suggestion');

export const SuggestionGroupSchema = z
  .object({
    kind: z.enum(SUGGEST_KINDS),
    label: z.string().openapi({ example: 'Models' }),
    items: z.array(SuggestionSchema),
  })
  .openapi('SuggestionGroup');

export const SuggestResultSchema = z
  .object({
    query: z.string().openapi({ example: 'anomally' }),
    groups: z.array(SuggestionGroupSchema).openapi({
      description:
        'Kinds with suggestions, in a fixed order (models, datasets, tools, hardware); exact and prefix matches first.',
    }),
    alternatives: z.array(WordAlternativesSchema),
    searchPath: z
      .string()
      .openapi({ example: '/search/?q=anomally', description: 'The full search for the same words.' }),
  })
  .openapi('SuggestResult', {
    example: {
      query: 'anomally',
      groups: [
        { kind: 'model', label: 'Models', items: [{ name: 'L1 anomaly detector', path: '/models/l1-anomaly/' }] },
      ],
      alternatives: [{ word: 'anomally', terms: ['anomaly'] }],
      searchPath: '/search/?q=anomally',
    },
  });

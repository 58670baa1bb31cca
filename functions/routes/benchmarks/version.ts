import { createRoute } from '@hono/zod-openapi';
import { createRouter, publicSecurity } from '../../router';
import { errorResponses as E } from '../../contract/shared-schema';
import { listName, listResponses, respondWithList } from './list';
import { VersionBenchmarkQuerySchema, VersionParamSchema } from '../../contract/benchmarks/schema';

/** `GET /api/models/{slug}/versions/{version}/benchmarks`, mounted beside the catalog's model routes. */
export const versionBenchmarkRoutes = createRouter();

versionBenchmarkRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/{slug}/versions/{version}/benchmarks',
    operationId: 'listModelVersionBenchmarks',
    security: publicSecurity,
    tags: ['Benchmarks'],
    summary: 'Benchmark results of a model version',
    description:
      'The same list as `GET /api/benchmarks?model=…&version=…`. With `include=family` it adds the versions that name this one as parent ' +
      '(fp16, int8 and pruned variants), its parent and its siblings, for side-by-side comparisons.',
    request: { params: VersionParamSchema, query: VersionBenchmarkQuerySchema },
    responses: { ...listResponses, ...E.badRequest, ...E.notFound },
  }),
  async (c) => {
    const { slug, version } = c.req.valid('param');
    const query = c.req.valid('query');
    const scope = { model: slug, version, family: query.include === 'family' };
    return respondWithList(c, query, scope, listName(scope)) as never;
  },
);

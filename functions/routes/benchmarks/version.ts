import { createRoute } from '@hono/zod-openapi';
import { familyVersionIds } from '../../../db/queries/benchmark-results';
import { createRouter } from '../../router';
import { loadModelVersion } from '../models/load';
import { errorResponses as E } from '../shared-schema';
import { commonFilters, listResponses, respondWithList } from './list';
import { VersionBenchmarkQuerySchema, VersionParamSchema } from './schema';

/** `GET /api/models/{slug}/versions/{version}/benchmarks`, mounted beside the catalog's model routes. */
export const versionBenchmarkRoutes = createRouter();

versionBenchmarkRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/{slug}/versions/{version}/benchmarks',
    tags: ['Benchmarks'],
    summary: 'Benchmark results of a model version',
    description:
      'The same list as `GET /api/benchmarks?model=…&version=…`. With `include=family` it adds the versions that name this one as parent ' +
      '(fp16, int8 and pruned variants), its parent and its siblings, for side-by-side comparisons.',
    request: { params: VersionParamSchema, query: VersionBenchmarkQuerySchema },
    responses: { ...listResponses, ...E.badRequest, ...E.notFound },
  }),
  async (c) => {
    const { slug, version: number } = c.req.valid('param');
    const query = c.req.valid('query');
    const { model, version } = await loadModelVersion(c, slug, number);
    const versionIds = query.include === 'family' ? await familyVersionIds(c.var.db, version.id) : [version.id];
    const name = `benchmarks-${model.slug}-v${version.version}${query.include === 'family' ? '-family' : ''}`;
    return respondWithList(c, query, { ...commonFilters(query), versionIds }, name) as never;
  },
);

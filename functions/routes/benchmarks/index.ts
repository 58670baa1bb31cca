import { createRoute } from '@hono/zod-openapi';
import { callerOf, requireScope } from '../../middleware/auth';
import { bearerSecurity, createRouter, publicSecurity } from '../../router';
import { recordBenchmark } from '../../services/benchmark-store';
import { requireBenchmark } from '../../services/benchmarks';
import { viewerOf } from '../../services/catalog-access';
import { unprocessableResponse } from '../../contract/catalog-schema';
import { json } from '../../contract/json-content';
import { errorResponses as E, ErrorSchema } from '../../contract/shared-schema';
import { communityRoutes } from './community';
import { listName, listResponses, respondWithList } from './list';
import {
  BenchmarkCreateSchema,
  BenchmarkIdParamSchema,
  BenchmarkListQuerySchema,
  BenchmarkResultSchema,
} from '../../contract/benchmarks/schema';

export const benchmarkRoutes = createRouter();

benchmarkRoutes.route('/community', communityRoutes);

benchmarkRoutes
  .openapi(
    createRoute({
      method: 'get',
      path: '/',
      operationId: 'listBenchmarks',
      security: publicSecurity,
      tags: ['Benchmarks'],
      summary: 'List benchmark results',
      description:
        "Results you may see (those of public models, plus your group's internal ones), filtered, sorted and paginated with a cursor. " +
        '`?format=csv` (or `Accept: text/csv`) returns the same rows as CSV with every field.',
      request: { query: BenchmarkListQuerySchema },
      responses: { ...listResponses, ...E.badRequest, ...E.notFound },
    }),
    async (c) => {
      const query = c.req.valid('query');
      const scope = { model: query.model, version: query.version };
      return respondWithList(c, query, scope, listName(scope)) as never;
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/{id}',
      operationId: 'getBenchmark',
      security: publicSecurity,
      tags: ['Benchmarks'],
      summary: 'Get one benchmark result',
      description:
        'The full record: model version and artifact, engine, hardware, software, settings, every statistic, validity with reasons and provenance.',
      request: { params: BenchmarkIdParamSchema },
      responses: {
        200: { description: 'The result.', ...json(BenchmarkResultSchema) },
        ...E.badRequest,
        ...E.notFound,
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      return c.json(await requireBenchmark(c.var, id, viewerOf(c.get('auth'))), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/',
      operationId: 'createBenchmark',
      tags: ['Benchmarks'],
      summary: 'Record a benchmark result',
      description:
        "Stores one result of a model version (as `npm run bench:models` writes it). Needs `write`; the model must belong to the token's group (admins: any). " +
        'Results are immutable: to correct one, post a new result with `supersedes`. The hub judges validity itself (see BenchmarkValidity). ' +
        'CI can send the same record signed, as the `result` of a `benchmark.completed` event.',
      security: bearerSecurity,
      middleware: [requireScope('write')] as const,
      request: { body: { required: true, ...json(BenchmarkCreateSchema) } },
      responses: {
        201: { description: 'Stored; `Location` is its URL.', ...json(BenchmarkResultSchema) },
        ...E.badRequest,
        ...E.unauthorized,
        ...E.forbidden,
        409: { description: 'The result named in `supersedes` is already superseded.', ...json(ErrorSchema) },
        ...E.tooLarge,
        ...unprocessableResponse,
      },
    }),
    async (c) => {
      const response = await recordBenchmark(c.var, callerOf(c), c.req.valid('json'));
      c.header('Location', `/api/benchmarks/${response.id}`);
      return c.json(response, 201);
    },
  );

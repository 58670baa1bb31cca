import { createRoute } from '@hono/zod-openapi';
import { tokenName } from '../../../db/queries/benchmark-results';
import { getModelBySlug } from '../../../db/queries/models';
import { getModelVersion } from '../../../db/queries/model-versions';
import { canView } from '../../../db/queries/viewer';
import { notFound } from '../../errors';
import { callerOf, requireScope } from '../../middleware/auth';
import { bearerSecurity, createRouter } from '../../router';
import { getBenchmark } from '../../services/benchmarks';
import { assertCanWrite, viewerOf } from '../../services/catalog-access';
import { unprocessableResponse } from '../../contract/catalog-schema';
import { json } from '../../contract/json-content';
import { errorResponses as E, ErrorSchema } from '../../contract/shared-schema';
import { communityRoutes } from './community';
import { listName, listResponses, respondWithList, scopedFilters } from './list';
import { storeResult, unprocessable } from './store';
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
      return respondWithList(c, query, await scopedFilters(c, query, scope), listName(scope)) as never;
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/{id}',
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
      const found = await getBenchmark(c.var, id, viewerOf(c.get('auth')));
      if (!found) throw notFound(`Benchmark result "${id}"`);
      return c.json(found.result, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/',
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
      const body = c.req.valid('json');
      const auth = callerOf(c);
      const model = await getModelBySlug(c.var.db, body.model);
      if (!model || !canView(model, viewerOf(auth)))
        throw unprocessable(
          'model',
          'unknown_model',
          `No model "${body.model}" is registered (or you may not see it).`,
        );
      assertCanWrite(auth, model, 'model');
      const version = await getModelVersion(c.var.db, model.id, body.version);
      if (!version)
        throw unprocessable(
          'version',
          'unknown_model_version',
          `Model "${model.slug}" has no version ${body.version}.`,
        );
      const { model: _slug, version: _number, ...record } = body;
      const response = await storeResult(c, model, {
        db: c.var.db,
        model,
        version,
        record,
        source: body.provenance.source ?? 'ci',
        submitter: (await tokenName(c.var.db, auth.tokenId)) ?? auth.tokenId,
        tokenId: auth.tokenId,
        now: new Date(),
      });
      return c.json(response, 201);
    },
  );

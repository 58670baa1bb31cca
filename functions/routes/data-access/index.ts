import { createRoute } from '@hono/zod-openapi';
import { callerOf, requireScope } from '../../middleware/auth';
import { bearerSecurity, createRouter, publicSecurity } from '../../router';
import { viewerOf } from '../../services/catalog-access';
import { listDataAccess, recordDataAccess, requireDataAccess } from '../../services/data-access';
import { unprocessableResponse } from '../../contract/catalog-schema';
import { json } from '../../contract/json-content';
import { errorResponses as E, ErrorSchema } from '../../contract/shared-schema';
import {
  DataAccessCreateSchema,
  DataAccessIdParamSchema,
  DataAccessListQuerySchema,
  DataAccessListSchema,
  DataAccessResultSchema,
} from '../../contract/data-access/schema';

/** Mounted at /api/benchmarks/data-access (before the inference results' `/{id}`). */
export const dataAccessRoutes = createRouter();

dataAccessRoutes
  .openapi(
    createRoute({
      method: 'get',
      path: '/',
      operationId: 'listDataAccessResults',
      security: publicSecurity,
      tags: ['Benchmarks'],
      summary: 'List storage-access results',
      description:
        'Storage-access benchmark results you may see (public ones, plus your group’s internal ones), filtered by storage, ' +
        'protocol, file format, reader, cache state, concurrency, hardware pool and dataset, with cursor pagination.',
      request: { query: DataAccessListQuerySchema },
      responses: { 200: { description: 'A page of results.', ...json(DataAccessListSchema) }, ...E.badRequest },
    }),
    async (c) => c.json(await listDataAccess(c.var, viewerOf(c.get('auth')), c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/{id}',
      operationId: 'getDataAccessResult',
      security: publicSecurity,
      tags: ['Benchmarks'],
      summary: 'Get one storage-access result',
      description: 'The full record: storage, file, reader, settings, results, environment, validity and provenance.',
      request: { params: DataAccessIdParamSchema },
      responses: {
        200: { description: 'The result.', ...json(DataAccessResultSchema) },
        ...E.badRequest,
        ...E.notFound,
      },
    }),
    async (c) => c.json(await requireDataAccess(c.var, c.req.valid('param').id, viewerOf(c.get('auth'))), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/',
      operationId: 'createDataAccessResult',
      tags: ['Benchmarks'],
      summary: 'Record a storage-access result',
      description:
        'Stores one storage-access measurement (as `npm run bench:storage` writes it). Needs `write`; the result belongs to the ' +
        'token’s group. Results are immutable: to correct one, post a new result with `supersedes` (your group’s, or any as admin). ' +
        'The hub judges validity itself (at least 3 passes, 0.5 s and a throughput CV ≤ 10 %). CI can send the same record signed, ' +
        'as a `benchmark.data_access.reported` event.',
      security: bearerSecurity,
      middleware: [requireScope('write')] as const,
      request: { body: { required: true, ...json(DataAccessCreateSchema) } },
      responses: {
        201: { description: 'Stored; `Location` is its URL.', ...json(DataAccessResultSchema) },
        ...E.badRequest,
        ...E.unauthorized,
        ...E.forbidden,
        409: { description: 'The result named in `supersedes` is already superseded.', ...json(ErrorSchema) },
        ...E.tooLarge,
        ...unprocessableResponse,
      },
    }),
    async (c) => {
      const response = await recordDataAccess(c.var, callerOf(c), c.req.valid('json'));
      c.header('Location', response.links.self);
      return c.json(response, 201);
    },
  );

import { createRoute } from '@hono/zod-openapi';
import { callerOf, requireScope } from '../../middleware/auth';
import { bearerSecurity, createRouter, publicSecurity } from '../../router';
import { capacityHistory, changePool, createPool, getPool, listPools, reportCapacity } from '../../services/hardware';
import { errorResponses as E, writeErrorResponses } from '../../contract/shared-schema';
import {
  CapacityHistoryQuerySchema,
  CapacityHistorySchema,
  CapacityReportCreateSchema,
  CapacityReportSchema,
  PoolCreateSchema,
  PoolListQuerySchema,
  PoolListSchema,
  PoolPatchSchema,
  PoolSchema,
  PoolSlugParamSchema,
} from '../../contract/hardware/schema';

const json = <T>(schema: T) => ({ content: { 'application/json': { schema } } });

export const hardwareRoutes = createRouter();

hardwareRoutes
  .openapi(
    createRoute({
      method: 'get',
      path: '/',
      operationId: 'listHardwarePools',
      security: publicSecurity,
      tags: ['Hardware'],
      summary: 'List hardware pools',
      description:
        'Pools by name, filtered by accelerator kind, network zone, scheduler and availability, with cursor pagination.',
      request: { query: PoolListQuerySchema },
      responses: { 200: { description: 'A page of pools.', ...json(PoolListSchema) }, ...E.badRequest },
    }),
    async (c) => c.json(await listPools(c.var, c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/{slug}',
      operationId: 'getHardwarePool',
      security: publicSecurity,
      tags: ['Hardware'],
      summary: 'Get one hardware pool',
      description: 'The pool with its latest capacity report.',
      request: { params: PoolSlugParamSchema },
      responses: { 200: { description: 'The pool.', ...json(PoolSchema) }, ...E.badRequest, ...E.notFound },
    }),
    async (c) => c.json(await getPool(c.var, c.req.valid('param').slug), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/',
      operationId: 'createHardwarePool',
      tags: ['Hardware'],
      summary: 'Create a hardware pool',
      description:
        "Needs the `write` scope. The pool belongs to the token's group (an admin may name another group); " +
        'every listed tool must be a published tool of the directory.',
      security: bearerSecurity,
      middleware: [requireScope('write')] as const,
      request: { body: { required: true, ...json(PoolCreateSchema) } },
      responses: { 201: { description: 'Created.', ...json(PoolSchema) }, ...writeErrorResponses, ...E.conflict },
    }),
    async (c) => {
      const pool = await createPool(c.var, callerOf(c), c.req.valid('json'));
      c.header('Location', `/api/hardware/${pool.slug}`);
      return c.json(pool, 201);
    },
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/{slug}',
      operationId: 'updateHardwarePool',
      tags: ['Hardware'],
      summary: 'Change a hardware pool',
      description:
        'Changes the fields sent. Needs `write` and the pool owner group, or `admin`; a pool without owner group only `admin`.',
      security: bearerSecurity,
      middleware: [requireScope('write')] as const,
      request: { params: PoolSlugParamSchema, body: { required: true, ...json(PoolPatchSchema) } },
      responses: {
        200: { description: 'The changed pool.', ...json(PoolSchema) },
        ...writeErrorResponses,
        ...E.notFound,
        ...E.conflict,
      },
    }),
    async (c) => c.json(await changePool(c.var, callerOf(c), c.req.valid('param').slug, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/{slug}/capacity',
      operationId: 'reportHardwareCapacity',
      tags: ['Hardware'],
      summary: 'Report a pool capacity',
      description:
        'Free GPUs, GPUs in service, queue length and status as observed now (or at `observedAt`). Every report is kept; ' +
        'the pool shows the latest. Needs `write` and the pool owner group, or `admin`.',
      security: bearerSecurity,
      middleware: [requireScope('write')] as const,
      request: { params: PoolSlugParamSchema, body: { required: true, ...json(CapacityReportCreateSchema) } },
      responses: {
        201: { description: 'The stored report.', ...json(CapacityReportSchema) },
        ...writeErrorResponses,
        ...E.notFound,
      },
    }),
    async (c) => {
      const { slug } = c.req.valid('param');
      const auth = callerOf(c);
      return c.json(await reportCapacity(c.var, { source: 'api', auth }, slug, c.req.valid('json')), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/{slug}/capacity',
      operationId: 'listHardwareCapacity',
      security: publicSecurity,
      tags: ['Hardware'],
      summary: 'Capacity history of a pool',
      description: 'Every capacity report of the pool, newest observation first, with cursor pagination.',
      request: { params: PoolSlugParamSchema, query: CapacityHistoryQuerySchema },
      responses: {
        200: { description: 'A page of reports.', ...json(CapacityHistorySchema) },
        ...E.badRequest,
        ...E.notFound,
      },
    }),
    async (c) => c.json(await capacityHistory(c.var, c.req.valid('param').slug, c.req.valid('query')), 200),
  );

export type HardwareRoutes = typeof hardwareRoutes;

import { createRoute } from '@hono/zod-openapi';
import { callerOf, requireScope } from '../../middleware/auth';
import { bearerSecurity, createRouter, publicSecurity } from '../../router';
import { errorResponses as E, writeErrorResponses } from '../../contract/shared-schema';
import { getPriceTable, listPriceVersionPage, publishPriceVersion } from '../../services/price-versions';
import {
  PriceTableSchema,
  PriceVersionCreateSchema,
  PriceVersionListQuerySchema,
  PriceVersionListSchema,
  PricesQuerySchema,
} from '../../contract/costs/schema';

const json = <T>(schema: T) => ({ content: { 'application/json': { schema } } });

export const priceRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/prices',
      operationId: 'getPriceTable',
      security: publicSecurity,
      tags: ['Costs'],
      summary: 'The price table',
      description:
        'The current price version (or `?version=`) and its rows, each with source, retrieval date and anomaly flags. List prices change.',
      request: { query: PricesQuerySchema },
      responses: {
        200: { description: 'The version and its rows.', ...json(PriceTableSchema) },
        ...E.badRequest,
        ...E.notFound,
      },
    }),
    async (c) => {
      const { version, ...filters } = c.req.valid('query');
      return c.json(await getPriceTable(c.var, version, filters), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/price-versions',
      operationId: 'listPriceVersions',
      security: publicSecurity,
      tags: ['Costs'],
      summary: 'List price versions',
      description: 'Newest effective date first, with which one is current.',
      request: { query: PriceVersionListQuerySchema },
      responses: {
        200: { description: 'A page of price versions.', ...json(PriceVersionListSchema) },
        ...E.badRequest,
      },
    }),
    async (c) => c.json(await listPriceVersionPage(c.var, c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/price-versions',
      operationId: 'createPriceVersion',
      tags: ['Costs'],
      summary: 'Publish a price version',
      description:
        'A complete price table (as JSON `rows` or as `csv`), checked with the same rules as the seed: each row needs a source and a retrieval date; ' +
        'anomaly flags, volume tiers and host VM parts are computed by the server. The version becomes current on its effective date; ' +
        'saved estimates keep the version they used. Needs `admin`.',
      security: bearerSecurity,
      middleware: [requireScope('admin')] as const,
      request: { body: { required: true, ...json(PriceVersionCreateSchema) } },
      responses: {
        201: { description: 'Published.', ...json(PriceTableSchema) },
        ...writeErrorResponses,
        ...E.conflict,
      },
    }),
    async (c) => {
      const table = await publishPriceVersion(c.var, callerOf(c), c.req.valid('json'));
      c.header('Location', `/api/costs/prices?version=${encodeURIComponent(table.version.id)}`);
      return c.json(table, 201);
    },
  );

import { createRoute, z } from '@hono/zod-openapi';
import { pingDatabase } from '../../../db/queries/health';
import { createRouter } from '../../router';

const HealthSchema = z.object({ ok: z.boolean(), database: z.enum(['ok', 'unavailable']) }).openapi('Health');

export const metaRoutes = createRouter().openapi(
  createRoute({
    method: 'get',
    path: '/health',
    tags: ['Meta'],
    summary: 'Liveness and database reachability',
    responses: {
      200: { description: 'Healthy.', content: { 'application/json': { schema: HealthSchema } } },
      503: { description: 'The database is unreachable.', content: { 'application/json': { schema: HealthSchema } } },
    },
  }),
  async (c) => {
    if (await pingDatabase(c.var.db)) return c.json({ ok: true, database: 'ok' as const }, 200);
    return c.json({ ok: false, database: 'unavailable' as const }, 503);
  },
);

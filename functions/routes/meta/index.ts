import { createRoute, z } from '@hono/zod-openapi';
import { createRouter, publicSecurity } from '../../router';
import { checkHealth } from '../../services/meta';

const HealthSchema = z.object({ ok: z.boolean(), database: z.enum(['ok', 'unavailable']) }).openapi('Health');

export const metaRoutes = createRouter().openapi(
  createRoute({
    method: 'get',
    path: '/health',
    operationId: 'getHealth',
    security: publicSecurity,
    tags: ['Meta'],
    summary: 'Liveness and database reachability',
    responses: {
      200: { description: 'Healthy.', content: { 'application/json': { schema: HealthSchema } } },
      503: { description: 'The database is unreachable.', content: { 'application/json': { schema: HealthSchema } } },
    },
  }),
  async (c) => {
    const health = await checkHealth(c.var);
    return health.ok ? c.json(health, 200) : c.json(health, 503);
  },
);

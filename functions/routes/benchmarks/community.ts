import { createRoute } from '@hono/zod-openapi';
import { rateLimit } from '../../middleware/rate-limit';
import { createRouter, publicSecurity } from '../../router';
import { recordCommunityBenchmark } from '../../services/benchmark-store';
import { unprocessableResponse } from '../../contract/catalog-schema';
import { json } from '../../contract/json-content';
import { errorResponses as E } from '../../contract/shared-schema';
import { BenchmarkResultSchema, CommunityCreateSchema } from '../../contract/benchmarks/schema';

/** Anonymous submissions per client address and window; generous for a person, useless for a flood. */
export const COMMUNITY_RATE_LIMIT = { limit: 20, windowSeconds: 3600 };

export const communityRoutes = createRouter();

communityRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/',
    operationId: 'submitCommunityBenchmark',
    security: publicSecurity,
    tags: ['Benchmarks'],
    summary: 'Submit a latency measured in your browser',
    description:
      'No token. For public models only; marked `community` (no other source can be claimed), the device is read from the `User-Agent` header and the WebGPU adapter sent, ' +
      `throughput is computed by the hub, and the hub judges validity. At most ${COMMUNITY_RATE_LIMIT.limit} per client per hour.`,
    middleware: [rateLimit('benchmark-community', () => COMMUNITY_RATE_LIMIT)] as const,
    request: { body: { required: true, ...json(CommunityCreateSchema) } },
    responses: {
      201: { description: 'Stored as a community result.', ...json(BenchmarkResultSchema) },
      ...E.badRequest,
      ...E.tooLarge,
      ...unprocessableResponse,
      ...E.rateLimited,
    },
  }),
  async (c) => {
    const response = await recordCommunityBenchmark(c.var, c.req.valid('json'), c.req.header('user-agent') ?? '');
    c.header('Location', `/api/benchmarks/${response.id}`);
    return c.json(response, 201);
  },
);

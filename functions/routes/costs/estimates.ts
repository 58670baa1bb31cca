import { createRoute } from '@hono/zod-openapi';
import { callerOf, requireScope } from '../../middleware/auth';
import { bearerSecurity, createRouter, publicSecurity } from '../../router';
import { errorResponses as E } from '../../contract/shared-schema';
import { getSavedEstimate, runEstimate, saveEstimate } from '../../services/costs';
import {
  EstimateIdParamSchema,
  EstimateRequestSchema,
  EstimateSchema,
  SavedEstimateSchema,
} from '../../contract/costs/schema';

const json = <T>(schema: T) => ({ content: { 'application/json': { schema } } });

const unknownGpu = {
  400: {
    description:
      'Invalid campaign (`details.issues`), or an unknown GPU type (`details.knownGpuTypes` lists the known ones).',
    content: E.badRequest[400].content,
  },
};

const notFinite = {
  422: {
    description: 'The inputs and prices make a cost too large to represent (`details.reason: total_not_finite`).',
    content: E.badRequest[400].content,
  },
};

export const estimateRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'post',
      path: '/estimate',
      operationId: 'estimateCost',
      security: publicSecurity,
      tags: ['Costs'],
      summary: 'Estimate a training campaign',
      description:
        "Prices compute, storage and transfer on every cloud region of the price version (or the `options` asked for) and on the lab's " +
        'own resources (an assumed rate). Every cost component names its price row, source and retrieval date. Nothing is stored.',
      request: { body: { required: true, ...json(EstimateRequestSchema) } },
      responses: {
        200: { description: 'The estimate.', ...json(EstimateSchema) },
        ...unknownGpu,
        ...E.notFound,
        ...E.tooLarge,
        ...notFinite,
      },
    }),
    async (c) => c.json(await runEstimate(c.var, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/estimates',
      operationId: 'saveCostEstimate',
      tags: ['Costs'],
      summary: 'Save an estimate',
      description:
        'Computes the estimate like `POST /api/costs/estimate` and stores it with its price version, to share by id. Needs `write`.',
      security: bearerSecurity,
      middleware: [requireScope('write')] as const,
      request: { body: { required: true, ...json(EstimateRequestSchema) } },
      responses: {
        201: { description: 'Saved.', ...json(SavedEstimateSchema) },
        ...unknownGpu,
        ...E.unauthorized,
        ...E.forbidden,
        ...E.notFound,
        ...E.tooLarge,
        ...notFinite,
      },
    }),
    async (c) => {
      const saved = await saveEstimate(c.var, callerOf(c), c.req.valid('json'));
      c.header('Location', `/api/costs/estimates/${saved.id}`);
      return c.json(saved, 201);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/estimates/{id}',
      operationId: 'getCostEstimate',
      security: publicSecurity,
      tags: ['Costs'],
      summary: 'Get a saved estimate',
      description:
        'The estimate as it was saved, with the price version it used, even after newer prices are published.',
      request: { params: EstimateIdParamSchema },
      responses: {
        200: { description: 'The saved estimate.', ...json(SavedEstimateSchema) },
        ...E.badRequest,
        ...E.notFound,
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      return c.json(await getSavedEstimate(c.var, id), 200);
    },
  );

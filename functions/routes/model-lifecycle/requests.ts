import { createRoute } from '@hono/zod-openapi';
import { callerOf, requireScope } from '../../middleware/auth';
import { bearerSecurity, createRouter, publicSecurity } from '../../router';
import { viewerOf } from '../../services/catalog-access';
import {
  getModelRetrainRequest,
  listModelRetrainRequests,
  openManualRetrainRequest,
} from '../../services/retrain-requests';
import { json } from '../../contract/json-content';
import { errorResponses as E } from '../../contract/shared-schema';
import {
  ModelParamSchema,
  RequestListQuerySchema,
  RequestParamSchema,
  RetrainRequestCreateSchema,
  RetrainRequestListSchema,
  RetrainRequestSchema,
} from '../../contract/model-lifecycle/schema';

export const modelRequestRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/{slug}/retrain-requests',
      operationId: 'listRetrainRequests',
      security: publicSecurity,
      tags: ['Lifecycle'],
      summary: 'Retrain requests of a model',
      description:
        'Newest first. Status: open → triggered (CI acknowledged the webhook) → closed (a job.succeeded named it) or failed.',
      request: { params: ModelParamSchema, query: RequestListQuerySchema },
      responses: {
        200: { description: 'A page of requests.', ...json(RetrainRequestListSchema) },
        ...E.badRequest,
        ...E.notFound,
      },
    }),
    async (c) => {
      const { slug } = c.req.valid('param');
      return c.json(await listModelRetrainRequests(c.var, viewerOf(c.get('auth')), slug, c.req.valid('query')), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/{slug}/retrain-requests/{id}',
      operationId: 'getRetrainRequest',
      security: publicSecurity,
      tags: ['Lifecycle'],
      summary: 'One retrain request',
      request: { params: RequestParamSchema },
      responses: {
        200: { description: 'The request.', ...json(RetrainRequestSchema) },
        ...E.badRequest,
        ...E.notFound,
      },
    }),
    async (c) => {
      const { slug, id } = c.req.valid('param');
      return c.json(await getModelRetrainRequest(c.var, viewerOf(c.get('auth')), slug, id), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/{slug}/retrain-requests',
      operationId: 'createRetrainRequest',
      tags: ['Lifecycle'],
      summary: 'Request a retraining by hand',
      description:
        "Opens a retrain request and sends the signed trigger to the model's trigger URL (if one is set). CI closes it by reporting a training `job.succeeded` with `job.retrainRequest`. Needs `maintainer` and the model's group.",
      security: bearerSecurity,
      middleware: [requireScope('maintainer')] as const,
      request: { params: ModelParamSchema, body: { required: false, ...json(RetrainRequestCreateSchema) } },
      responses: {
        201: { description: 'Opened.', ...json(RetrainRequestSchema) },
        ...E.badRequest,
        ...E.unauthorized,
        ...E.forbidden,
        ...E.notFound,
      },
    }),
    async (c) => {
      const { slug } = c.req.valid('param');
      const body = (c.req.header('content-type') ? c.req.valid('json') : undefined) ?? {};
      const request = await openManualRetrainRequest(c.var, callerOf(c), slug, body);
      c.header('Location', `/api/models/${slug}/retrain-requests/${request.id}`);
      return c.json(request, 201);
    },
  );

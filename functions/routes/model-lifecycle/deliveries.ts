import { createRoute } from '@hono/zod-openapi';
import { callerOf, requireScope } from '../../middleware/auth';
import { bearerSecurity, createRouter, publicSecurity } from '../../router';
import { viewerOf } from '../../services/catalog-access';
import { getModelDelivery, listModelDeliveries, redeliver } from '../../services/outbound-deliveries';
import { json } from '../../contract/json-content';
import { errorResponses as E, ErrorSchema } from '../../contract/shared-schema';
import {
  DeliveryListQuerySchema,
  DeliveryParamSchema,
  ModelParamSchema,
  OutboundDeliveryListSchema,
  OutboundDeliverySchema,
} from '../../contract/model-lifecycle/schema';

export const modelDeliveryRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/{slug}/deliveries',
      operationId: 'listModelDeliveries',
      security: publicSecurity,
      tags: ['Lifecycle'],
      summary: 'Outbound webhook log of a model',
      description:
        "Retrain triggers sent to the model's trigger URL: status, attempts, last response code and latency, and every attempt. Newest first. " +
        'Shown to the owner group and admins only (send their token); for anyone else the log is a 404.',
      request: { params: ModelParamSchema, query: DeliveryListQuerySchema },
      responses: {
        200: { description: 'A page of deliveries.', ...json(OutboundDeliveryListSchema) },
        ...E.badRequest,
        ...E.notFound,
      },
    }),
    async (c) => {
      const { slug } = c.req.valid('param');
      return c.json(await listModelDeliveries(c.var, viewerOf(c.get('auth')), slug, c.req.valid('query')), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/{slug}/deliveries/{id}',
      operationId: 'getModelDelivery',
      security: publicSecurity,
      tags: ['Lifecycle'],
      summary: 'One outbound delivery with its attempts',
      description: 'Shown to the owner group and admins only (send their token); for anyone else it is a 404.',
      request: { params: DeliveryParamSchema },
      responses: {
        200: { description: 'The delivery.', ...json(OutboundDeliverySchema) },
        ...E.badRequest,
        ...E.notFound,
      },
    }),
    async (c) => {
      const { slug, id } = c.req.valid('param');
      return c.json(await getModelDelivery(c.var, viewerOf(c.get('auth')), slug, id), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/{slug}/deliveries/{id}/redeliver',
      operationId: 'redeliverModelDelivery',
      tags: ['Lifecycle'],
      summary: 'Send a delivery again',
      description:
        "Queues a finished (delivered, failed or cancelled) delivery again with the same `webhook-id` and a fresh retry budget. Needs `maintainer` and the model's group.",
      security: bearerSecurity,
      middleware: [requireScope('maintainer')] as const,
      request: { params: DeliveryParamSchema },
      responses: {
        202: { description: 'Queued; the worker sends it within seconds.', ...json(OutboundDeliverySchema) },
        ...E.badRequest,
        ...E.unauthorized,
        ...E.forbidden,
        ...E.notFound,
        409: {
          description: "Still being delivered, or the model's trigger is disabled (set it again with PUT …/trigger).",
          ...json(ErrorSchema),
        },
      },
    }),
    async (c) => {
      const { slug, id } = c.req.valid('param');
      return c.json(await redeliver(c.var, callerOf(c), slug, id), 202);
    },
  );

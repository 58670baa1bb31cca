import { createRoute } from '@hono/zod-openapi';
import {
  attemptsOf,
  getOutboundDelivery,
  getSubscription,
  listOutboundDeliveries,
  requeueDelivery,
} from '../../../db/queries/outbound';
import { encodeCursor } from '../../../src/lib/cursor';
import { ApiError, notFound } from '../../errors';
import { requireScope } from '../../middleware/auth';
import { bearerSecurity, createRouter } from '../../router';
import { json } from '../../contract/json-content';
import { errorResponses as E, ErrorSchema } from '../../contract/shared-schema';
import { loadModel, loadModelForChange } from '../models/load';
import { timeIdCursor } from './load';
import { pageLimit } from '../../pagination';
import {
  DeliveryListQuerySchema,
  DeliveryParamSchema,
  ModelParamSchema,
  OutboundDeliveryListSchema,
  OutboundDeliverySchema,
  toDeliveryResponse,
} from '../../contract/model-lifecycle/schema';

export const modelDeliveryRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/{slug}/deliveries',
      tags: ['Lifecycle'],
      summary: 'Outbound webhook log of a model',
      description:
        "Retrain triggers sent to the model's trigger URL: status, attempts, last response code and latency, and every attempt. Newest first.",
      request: { params: ModelParamSchema, query: DeliveryListQuerySchema },
      responses: {
        200: { description: 'A page of deliveries.', ...json(OutboundDeliveryListSchema) },
        ...E.badRequest,
        ...E.notFound,
      },
    }),
    async (c) => {
      const { slug } = c.req.valid('param');
      const query = c.req.valid('query');
      const model = await loadModel(c, slug);
      const before = timeIdCursor(query.cursor);
      const page = await listOutboundDeliveries(c.var.db, model.id, {
        limit: pageLimit(query.limit, c.var.config.pageSize),
        ...(query.status ? { status: query.status } : {}),
        ...(before ? { before } : {}),
      });
      const attempts = await attemptsOf(
        c.var.db,
        page.items.map((d) => d.id),
      );
      return c.json(
        {
          items: page.items.map((d) => toDeliveryResponse(d, attempts.get(d.id) ?? [])),
          nextCursor: page.next ? encodeCursor(page.next) : null,
        },
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/{slug}/deliveries/{id}',
      tags: ['Lifecycle'],
      summary: 'One outbound delivery with its attempts',
      request: { params: DeliveryParamSchema },
      responses: {
        200: { description: 'The delivery.', ...json(OutboundDeliverySchema) },
        ...E.badRequest,
        ...E.notFound,
      },
    }),
    async (c) => {
      const { slug, id } = c.req.valid('param');
      const model = await loadModel(c, slug);
      const delivery = await getOutboundDelivery(c.var.db, model.id, id);
      if (!delivery) throw notFound(`Delivery "${id}"`);
      const attempts = await attemptsOf(c.var.db, [id]);
      return c.json(toDeliveryResponse(delivery, attempts.get(id) ?? []), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/{slug}/deliveries/{id}/redeliver',
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
      const model = await loadModelForChange(c, slug);
      const { db, hooks } = c.var;
      const existing = await getOutboundDelivery(db, model.id, id);
      if (!existing) throw notFound(`Delivery "${id}"`);
      const subscription = await getSubscription(db, existing.subscriptionId);
      if (!subscription || subscription.status !== 'active') {
        throw new ApiError(
          409,
          'conflict',
          `The trigger of "${slug}" is disabled${subscription?.disabledReason ? ` (${subscription.disabledReason})` : ''}; set it again with PUT /api/models/${slug}/trigger first.`,
        );
      }
      const delivery = await requeueDelivery(db, model.id, id, new Date());
      if (!delivery)
        throw new ApiError(409, 'conflict', `Delivery "${id}" is still ${existing.status}; wait for it to finish.`);
      hooks.onOutboundQueued?.();
      const attempts = await attemptsOf(db, [id]);
      return c.json(toDeliveryResponse(delivery, attempts.get(id) ?? []), 202);
    },
  );

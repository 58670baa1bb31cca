import { createRoute } from '@hono/zod-openapi';
import { callerOf, requireScope } from '../../middleware/auth';
import { bearerSecurity, createRouter, publicSecurity } from '../../router';
import { viewerOf } from '../../services/catalog-access';
import { getRetrainTrigger, removeRetrainTrigger, setRetrainTrigger } from '../../services/retrain-trigger';
import { json } from '../../contract/json-content';
import { errorResponses as E } from '../../contract/shared-schema';
import {
  ModelParamSchema,
  TriggerPutSchema,
  TriggerSchema,
  TriggerWithSecretSchema,
} from '../../contract/model-lifecycle/schema';

export const modelTriggerRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/{slug}/trigger',
      operationId: 'getRetrainTrigger',
      security: publicSecurity,
      tags: ['Lifecycle'],
      summary: "The model's retraining trigger",
      description:
        'Where retrain requests are sent (query values hidden; `url` for the owner group and admins only, null for others) and whether it is active; a 410 from the receiver disables it.',
      request: { params: ModelParamSchema },
      responses: { 200: { description: 'The trigger.', ...json(TriggerSchema) }, ...E.badRequest, ...E.notFound },
    }),
    async (c) => c.json(await getRetrainTrigger(c.var, viewerOf(c.get('auth')), c.req.valid('param').slug), 200),
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/{slug}/trigger',
      operationId: 'setRetrainTrigger',
      tags: ['Lifecycle'],
      summary: "Set the model's retraining trigger",
      description:
        'Sets (or replaces, re-enabling it) the URL retrain requests are POSTed to, signed as Standard Webhooks. The signing secret is returned when first created or with `rotateSecret`. ' +
        "Loopback, private and link-local targets are refused unless the hub allows them. Needs `maintainer` and the model's group.",
      security: bearerSecurity,
      middleware: [requireScope('maintainer')] as const,
      request: { params: ModelParamSchema, body: { required: true, ...json(TriggerPutSchema) } },
      responses: {
        200: { description: 'Updated (`secret` is null unless rotated).', ...json(TriggerWithSecretSchema) },
        201: { description: 'Created, with its secret.', ...json(TriggerWithSecretSchema) },
        ...E.badRequest,
        ...E.unauthorized,
        ...E.forbidden,
        ...E.notFound,
      },
    }),
    async (c) => {
      const { trigger, created } = await setRetrainTrigger(
        c.var,
        callerOf(c),
        c.req.valid('param').slug,
        c.req.valid('json'),
      );
      return c.json(trigger, created ? 201 : 200);
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/{slug}/trigger',
      operationId: 'deleteRetrainTrigger',
      tags: ['Lifecycle'],
      summary: "Remove the model's retraining trigger",
      description:
        "Pending deliveries to it are dropped; requests stay open. Needs `maintainer` and the model's group.",
      security: bearerSecurity,
      middleware: [requireScope('maintainer')] as const,
      request: { params: ModelParamSchema },
      responses: {
        204: { description: 'Removed.' },
        ...E.badRequest,
        ...E.unauthorized,
        ...E.forbidden,
        ...E.notFound,
      },
    }),
    async (c) => {
      await removeRetrainTrigger(c.var, callerOf(c), c.req.valid('param').slug);
      return c.body(null, 204);
    },
  );

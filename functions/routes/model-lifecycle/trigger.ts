import { createRoute } from '@hono/zod-openapi';
import { deleteSubscription, getSubscriptionForModel, upsertSubscription } from '../../../db/queries/outbound';
import { randomId } from '../../../src/lib/tokens';
import { decryptSecret, encryptSecret, generateSecret } from '../../../src/lib/webhooks';
import { ApiError, notFound } from '../../errors';
import { requireScope } from '../../middleware/auth';
import { checkTarget } from '../../outbound/target-check';
import { bearerSecurity, createRouter } from '../../router';
import { json } from '../../contract/json-content';
import { errorResponses as E } from '../../contract/shared-schema';
import { loadModel, loadModelForChange } from '../models/load';
import {
  ModelParamSchema,
  TriggerPutSchema,
  TriggerSchema,
  TriggerWithSecretSchema,
  toTriggerResponse,
} from '../../contract/model-lifecycle/schema';

export const modelTriggerRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/{slug}/trigger',
      tags: ['Lifecycle'],
      summary: "The model's retraining trigger",
      description:
        'Where retrain requests are sent (query values hidden) and whether it is active; a 410 from the receiver disables it.',
      request: { params: ModelParamSchema },
      responses: { 200: { description: 'The trigger.', ...json(TriggerSchema) }, ...E.badRequest, ...E.notFound },
    }),
    async (c) => {
      const model = await loadModel(c, c.req.valid('param').slug);
      const subscription = await getSubscriptionForModel(c.var.db, model.id);
      if (!subscription) throw notFound(`A trigger for model "${model.slug}"`);
      return c.json(toTriggerResponse(subscription), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/{slug}/trigger',
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
      const { slug } = c.req.valid('param');
      const body = c.req.valid('json');
      const model = await loadModelForChange(c, slug);
      const { db, config, webhooks, hooks } = c.var;
      const target = await checkTarget(body.url, {
        allowPrivate: config.webhooks.allowPrivateTargets,
        resolveHost: hooks.resolveHost,
      }).catch((error: unknown) => ({
        ok: false as const,
        message: `cannot resolve the host: ${(error as Error).message}`,
      }));
      if (!target.ok) {
        throw new ApiError(400, 'validation_failed', `The trigger URL is not allowed: ${target.message}.`, {
          issues: [{ in: 'body', path: 'url', message: target.message, code: 'target_refused' }],
        });
      }
      const key = await webhooks.serverKey();
      const existing = await getSubscriptionForModel(db, model.id);
      const id = existing?.id ?? randomId('sub_');
      const fresh = !existing || body.rotateSecret ? generateSecret() : null;
      const secretBox = fresh ? await encryptSecret(key, fresh, id) : existing!.secretBox;
      if (!fresh) await decryptSecret(key, secretBox, id);
      const subscription = await upsertSubscription(db, {
        id,
        modelId: model.id,
        url: body.url,
        ref: body.ref ?? null,
        secretBox,
      });
      return c.json({ ...toTriggerResponse(subscription), secret: fresh }, existing ? 200 : 201);
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/{slug}/trigger',
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
      const model = await loadModelForChange(c, c.req.valid('param').slug);
      if (!(await deleteSubscription(c.var.db, model.id))) throw notFound(`A trigger for model "${model.slug}"`);
      return c.body(null, 204);
    },
  );

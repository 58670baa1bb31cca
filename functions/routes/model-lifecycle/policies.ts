import { createRoute } from '@hono/zod-openapi';
import { callerOf, requireScope } from '../../middleware/auth';
import { bearerSecurity, createRouter, publicSecurity } from '../../router';
import { viewerOf } from '../../services/catalog-access';
import {
  createRetrainPolicy,
  deleteModelRetrainPolicy,
  getModelRetrainPolicy,
  listModelRetrainPolicies,
  updateModelRetrainPolicy,
} from '../../services/retrain-policies';
import { json } from '../../contract/json-content';
import { errorResponses as E, writeErrorResponses } from '../../contract/shared-schema';
import {
  ModelParamSchema,
  PolicyCreateSchema,
  PolicyListSchema,
  PolicyParamSchema,
  PolicyPatchSchema,
  PolicySchema,
} from '../../contract/model-lifecycle/schema';

export const modelPolicyRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/{slug}/retrain-policies',
      operationId: 'listRetrainPolicies',
      security: publicSecurity,
      tags: ['Lifecycle'],
      summary: 'Retraining policies of a model',
      request: { params: ModelParamSchema },
      responses: { 200: { description: 'The policies.', ...json(PolicyListSchema) }, ...E.badRequest, ...E.notFound },
    }),
    async (c) => c.json(await listModelRetrainPolicies(c.var, viewerOf(c.get('auth')), c.req.valid('param').slug), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/{slug}/retrain-policies',
      operationId: 'createRetrainPolicy',
      tags: ['Lifecycle'],
      summary: 'Add a retraining policy',
      description:
        "When a policy fires, the hub opens a retrain request and sends a signed webhook to the model's trigger URL. Needs `maintainer` and the model's group.",
      security: bearerSecurity,
      middleware: [requireScope('maintainer')] as const,
      request: { params: ModelParamSchema, body: { required: true, ...json(PolicyCreateSchema) } },
      responses: {
        201: { description: 'Created.', ...json(PolicySchema) },
        ...writeErrorResponses,
        ...E.notFound,
      },
    }),
    async (c) => {
      const { slug } = c.req.valid('param');
      const policy = await createRetrainPolicy(c.var, callerOf(c), slug, c.req.valid('json'));
      c.header('Location', `/api/models/${slug}/retrain-policies/${policy.id}`);
      return c.json(policy, 201);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/{slug}/retrain-policies/{id}',
      operationId: 'getRetrainPolicy',
      security: publicSecurity,
      tags: ['Lifecycle'],
      summary: 'One retraining policy',
      request: { params: PolicyParamSchema },
      responses: { 200: { description: 'The policy.', ...json(PolicySchema) }, ...E.badRequest, ...E.notFound },
    }),
    async (c) => {
      const { slug, id } = c.req.valid('param');
      return c.json(await getModelRetrainPolicy(c.var, viewerOf(c.get('auth')), slug, id), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/{slug}/retrain-policies/{id}',
      operationId: 'updateRetrainPolicy',
      tags: ['Lifecycle'],
      summary: 'Change a retraining policy',
      description:
        "Enable or disable it, or replace its configuration (validated against its kind). Needs `maintainer` and the model's group.",
      security: bearerSecurity,
      middleware: [requireScope('maintainer')] as const,
      request: { params: PolicyParamSchema, body: { required: true, ...json(PolicyPatchSchema) } },
      responses: {
        200: { description: 'The changed policy.', ...json(PolicySchema) },
        ...E.badRequest,
        ...E.unauthorized,
        ...E.forbidden,
        ...E.notFound,
      },
    }),
    async (c) => {
      const { slug, id } = c.req.valid('param');
      return c.json(await updateModelRetrainPolicy(c.var, callerOf(c), slug, id, c.req.valid('json')), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/{slug}/retrain-policies/{id}',
      operationId: 'deleteRetrainPolicy',
      tags: ['Lifecycle'],
      summary: 'Delete a retraining policy',
      description:
        "Requests it opened stay (they point at no policy any more). Needs `maintainer` and the model's group.",
      security: bearerSecurity,
      middleware: [requireScope('maintainer')] as const,
      request: { params: PolicyParamSchema },
      responses: {
        204: { description: 'Deleted.' },
        ...E.badRequest,
        ...E.unauthorized,
        ...E.forbidden,
        ...E.notFound,
      },
    }),
    async (c) => {
      const { slug, id } = c.req.valid('param');
      await deleteModelRetrainPolicy(c.var, callerOf(c), slug, id);
      return c.body(null, 204);
    },
  );

import { createRoute } from '@hono/zod-openapi';
import { callerOf, requireScope } from '../../middleware/auth';
import { bearerSecurity, createRouter, publicSecurity } from '../../router';
import { viewerOf } from '../../services/catalog-access';
import { unprocessableResponse } from '../../contract/catalog-schema';
import { json } from '../../contract/json-content';
import { errorResponses as E } from '../../contract/shared-schema';
import {
  DeploymentCreateSchema,
  DeploymentEndSchema,
  DeploymentListQuerySchema,
  DeploymentListSchema,
  DeploymentParamSchema,
  DeploymentSchema,
  ModelParamSchema,
} from '../../contract/models/schema';
import {
  endModelDeployment,
  getModelDeployment,
  listModelDeployments,
  recordDeployment,
} from '../../services/model-deployments';

export const modelDeploymentRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/{slug}/deployments',
      operationId: 'listModelDeployments',
      security: publicSecurity,
      tags: ['Model deployments'],
      summary: "Where a model's versions run",
      description: 'Newest first; `active=true` for running deployments only.',
      request: { params: ModelParamSchema, query: DeploymentListQuerySchema },
      responses: {
        200: { description: 'A page of deployments.', ...json(DeploymentListSchema) },
        ...E.badRequest,
        ...E.notFound,
      },
    }),
    async (c) => {
      const { slug } = c.req.valid('param');
      return c.json(await listModelDeployments(c.var, viewerOf(c.get('auth')), slug, c.req.valid('query')), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/{slug}/deployments',
      operationId: 'createModelDeployment',
      tags: ['Model deployments'],
      summary: 'Record a deployment',
      description:
        "Records that a version runs somewhere (a CMSSW release, LHCb HLT1/Allen, a Triton server, an FPGA board) since a time, with a `model.deployed` event on the lifecycle timeline. Needs `write` and the model's group.",
      security: bearerSecurity,
      middleware: [requireScope('write')] as const,
      request: { params: ModelParamSchema, body: { required: true, ...json(DeploymentCreateSchema) } },
      responses: {
        201: { description: 'Recorded.', ...json(DeploymentSchema) },
        ...E.badRequest,
        ...E.unauthorized,
        ...E.forbidden,
        ...E.notFound,
        ...unprocessableResponse,
      },
    }),
    async (c) => {
      const { slug } = c.req.valid('param');
      const deployment = await recordDeployment(c.var, callerOf(c), slug, c.req.valid('json'));
      c.header('Location', `/api/models/${slug}/deployments/${deployment.id}`);
      return c.json(deployment, 201);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/{slug}/deployments/{id}',
      operationId: 'getModelDeployment',
      security: publicSecurity,
      tags: ['Model deployments'],
      summary: 'Get one deployment',
      request: { params: DeploymentParamSchema },
      responses: { 200: { description: 'The deployment.', ...json(DeploymentSchema) }, ...E.badRequest, ...E.notFound },
    }),
    async (c) => {
      const { slug, id } = c.req.valid('param');
      return c.json(await getModelDeployment(c.var, viewerOf(c.get('auth')), slug, id), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/{slug}/deployments/{id}/end',
      operationId: 'endModelDeployment',
      tags: ['Model deployments'],
      summary: 'End a deployment',
      description:
        'Marks a running deployment as ended (default: now), with a `model.undeployed` event on the lifecycle timeline. 409 when it has already ended.',
      security: bearerSecurity,
      middleware: [requireScope('write')] as const,
      request: { params: DeploymentParamSchema, body: { required: false, ...json(DeploymentEndSchema) } },
      responses: {
        200: { description: 'Ended.', ...json(DeploymentSchema) },
        ...E.badRequest,
        ...E.unauthorized,
        ...E.forbidden,
        ...E.notFound,
        ...E.conflict,
      },
    }),
    async (c) => {
      const { slug, id } = c.req.valid('param');
      return c.json(await endModelDeployment(c.var, callerOf(c), slug, id, c.req.valid('json') ?? {}), 200);
    },
  );

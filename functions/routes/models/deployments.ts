import { createRoute } from '@hono/zod-openapi';
import { endDeployment, getDeployment, insertDeployment, listDeployments } from '../../../db/queries/model-deployments';
import { getModelVersion } from '../../../db/queries/model-versions';
import { encodeCursor } from '../../../src/lib/cursor';
import { ApiError, notFound } from '../../errors';
import { callerOf, requireScope } from '../../middleware/auth';
import { bearerSecurity, createRouter } from '../../router';
import { assertCanWrite } from '../../services/catalog-access';
import { unprocessableResponse } from '../../contract/catalog-schema';
import { json } from '../../contract/json-content';
import { errorResponses as E } from '../../contract/shared-schema';
import { announceModel, loadModel } from './load';
import { toDeploymentResponse } from '../../contract/models/responses';
import {
  DeploymentCreateSchema,
  DeploymentEndSchema,
  DeploymentListQuerySchema,
  DeploymentListSchema,
  DeploymentParamSchema,
  DeploymentSchema,
  ModelParamSchema,
} from '../../contract/models/schema';
import { pageLimit, readCursor } from '../../pagination';

export const modelDeploymentRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/{slug}/deployments',
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
      const query = c.req.valid('query');
      const model = await loadModel(c, slug);
      const after = readCursor(query.cursor, 2);
      const limit = pageLimit(query.limit, c.var.config.pageSize);
      const page = await listDeployments(c.var.db, [model.id], { active: query.active, limit, after });
      return c.json(
        { items: page.items.map(toDeploymentResponse), nextCursor: page.next ? encodeCursor(page.next) : null },
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/{slug}/deployments',
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
      const body = c.req.valid('json');
      const auth = callerOf(c);
      const model = await loadModel(c, slug);
      assertCanWrite(auth, model, 'model');
      const version = await getModelVersion(c.var.db, model.id, body.version);
      if (!version) {
        const message = `Model "${slug}" has no version ${body.version}.`;
        throw new ApiError(422, 'unprocessable', message, {
          issues: [{ in: 'body', path: 'version', message, code: 'unknown_reference' }],
        });
      }
      const id = await insertDeployment(
        c.var.db,
        {
          modelId: model.id,
          versionId: version.id,
          kind: body.kind,
          target: body.target,
          url: body.url ?? null,
          notes: body.notes ?? null,
          startedAt: body.startedAt ? new Date(body.startedAt) : new Date(),
          recordedByTokenId: auth.tokenId,
        },
        { recordEvent: true },
      );
      announceModel(c, model, `deployed v${body.version} to ${body.target}`);
      c.header('Location', `/api/models/${slug}/deployments/${id}`);
      return c.json(toDeploymentResponse((await getDeployment(c.var.db, model.id, id))!), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/{slug}/deployments/{id}',
      tags: ['Model deployments'],
      summary: 'Get one deployment',
      request: { params: DeploymentParamSchema },
      responses: { 200: { description: 'The deployment.', ...json(DeploymentSchema) }, ...E.badRequest, ...E.notFound },
    }),
    async (c) => {
      const { slug, id } = c.req.valid('param');
      const model = await loadModel(c, slug);
      const deployment = await getDeployment(c.var.db, model.id, id);
      if (!deployment) throw notFound(`Deployment ${id} of model "${slug}"`);
      return c.json(toDeploymentResponse(deployment), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/{slug}/deployments/{id}/end',
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
      const body = c.req.valid('json') ?? {};
      const auth = callerOf(c);
      const model = await loadModel(c, slug);
      assertCanWrite(auth, model, 'model');
      const deployment = await getDeployment(c.var.db, model.id, id);
      if (!deployment) throw notFound(`Deployment ${id} of model "${slug}"`);
      const endedAt = body.endedAt ? new Date(body.endedAt) : new Date();
      if (endedAt < deployment.startedAt) {
        throw new ApiError(400, 'validation_failed', 'A deployment cannot end before it started.', {
          issues: [
            {
              in: 'body',
              path: 'endedAt',
              message: `Must be at or after ${deployment.startedAt.toISOString()}.`,
              code: 'too_small',
            },
          ],
        });
      }
      const ended = await endDeployment(
        c.var.db,
        id,
        { endedAt, endReason: body.reason ?? null, endedByTokenId: auth.tokenId },
        { recordEvent: true },
      );
      if (!ended)
        throw new ApiError(409, 'conflict', `Deployment ${id} already ended on ${deployment.endedAt?.toISOString()}.`);
      announceModel(c, model, `deployment ${id} ended`);
      return c.json(toDeploymentResponse((await getDeployment(c.var.db, model.id, id))!), 200);
    },
  );

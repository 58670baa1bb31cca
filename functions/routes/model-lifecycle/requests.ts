import { createRoute } from '@hono/zod-openapi';
import { runBatch } from '../../../db/queries/batch-helpers';
import { getModelVersion } from '../../../db/queries/model-versions';
import { getSubscriptionForModel } from '../../../db/queries/outbound';
import { getRetrainRequest, listRetrainRequests } from '../../../db/queries/retrain';
import { encodeCursor } from '../../../src/lib/cursor';
import { describeReason } from '../../../src/lib/retrain/policy';
import { ApiError, notFound } from '../../errors';
import { callerOf, requireScope } from '../../middleware/auth';
import { openRequestStatements } from '../../retrain/open-request';
import { parentVersionOf } from '../../retrain/versions';
import { bearerSecurity, createRouter } from '../../router';
import { json } from '../../contract/json-content';
import { errorResponses as E } from '../../contract/shared-schema';
import { loadModel, loadModelForChange } from '../models/load';
import { timeIdCursor } from './load';
import { pageLimit } from '../../pagination';
import {
  ModelParamSchema,
  RequestListQuerySchema,
  RequestParamSchema,
  RetrainRequestCreateSchema,
  RetrainRequestListSchema,
  RetrainRequestSchema,
  toRequestResponse,
} from '../../contract/model-lifecycle/schema';

export const modelRequestRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/{slug}/retrain-requests',
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
      const query = c.req.valid('query');
      const model = await loadModel(c, slug);
      const before = timeIdCursor(query.cursor);
      const page = await listRetrainRequests(c.var.db, model.id, {
        limit: pageLimit(query.limit, c.var.config.pageSize),
        ...(query.status ? { status: query.status } : {}),
        ...(before ? { before } : {}),
      });
      return c.json(
        { items: page.items.map(toRequestResponse), nextCursor: page.next ? encodeCursor(page.next) : null },
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/{slug}/retrain-requests/{id}',
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
      const model = await loadModel(c, slug);
      const request = await getRetrainRequest(c.var.db, id);
      if (!request || request.modelId !== model.id) throw notFound(`Retrain request "${id}"`);
      return c.json(toRequestResponse(request), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/{slug}/retrain-requests',
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
      const model = await loadModelForChange(c, slug);
      const { db, config, hooks } = c.var;
      const parent =
        body.parentVersion === undefined
          ? await parentVersionOf(db, model.id)
          : await getModelVersion(db, model.id, body.parentVersion);
      if (body.parentVersion !== undefined && !parent) {
        throw new ApiError(400, 'validation_failed', `Model "${slug}" has no version ${body.parentVersion}.`, {
          issues: [{ in: 'body', path: 'parentVersion', message: 'Unknown version.', code: 'unknown_version' }],
        });
      }
      const inputs = { parentVersion: parent?.version ?? null, ...(body.note ? { note: body.note } : {}) };
      const opened = openRequestStatements(db, {
        model,
        kind: 'manual',
        policyId: null,
        inputs,
        reason: describeReason('manual', inputs, body.note),
        dedupKey: null,
        requestedByTokenId: callerOf(c).tokenId,
        subscription: await getSubscriptionForModel(db, model.id),
        publicUrl: config.publicUrl,
        now: new Date(),
      });
      await runBatch(db, opened.statements);
      if (opened.deliveryId) hooks.onOutboundQueued?.();
      const request = await getRetrainRequest(db, opened.requestId);
      c.header('Location', `/api/models/${slug}/retrain-requests/${opened.requestId}`);
      return c.json(toRequestResponse(request!), 201);
    },
  );

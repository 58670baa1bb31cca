import { createRoute } from '@hono/zod-openapi';
import type { z } from 'zod';
import { getDatasetBySlug } from '../../../db/queries/datasets';
import {
  deleteRetrainPolicy,
  getRetrainPolicy,
  insertRetrainPolicy,
  listRetrainPolicies,
  updateRetrainPolicy,
} from '../../../db/queries/retrain';
import type { Db } from '../../../db/client';
import type { RetrainPolicy } from '../../../db/schema';
import {
  DatasetPolicyConfigSchema,
  MaxAgePolicyConfigSchema,
  MetricPolicyConfigSchema,
  type RetrainPolicyConfig,
  type RetrainPolicyKind,
} from '../../../src/lib/retrain/types';
import { randomId } from '../../../src/lib/tokens';
import { ApiError, notFound, validationError } from '../../errors';
import { callerOf, requireScope } from '../../middleware/auth';
import { bearerSecurity, createRouter } from '../../router';
import { json } from '../../contract/json-content';
import { errorResponses as E, writeErrorResponses } from '../../contract/shared-schema';
import { loadModel, loadModelForChange } from '../models/load';
import {
  ModelParamSchema,
  PolicyCreateSchema,
  PolicyListSchema,
  PolicyParamSchema,
  PolicyPatchSchema,
  PolicySchema,
  toPolicyResponse,
} from '../../contract/model-lifecycle/schema';

const CONFIG_SCHEMAS: Record<RetrainPolicyKind, z.ZodType<RetrainPolicyConfig>> = {
  dataset_version: DatasetPolicyConfigSchema,
  metric_threshold: MetricPolicyConfigSchema,
  max_age: MaxAgePolicyConfigSchema,
};

/** A policy may only watch a dataset that exists, so typos surface now rather than never firing. */
async function assertDatasetExists(db: Db, kind: RetrainPolicyKind, config: RetrainPolicyConfig) {
  const slug = kind === 'dataset_version' ? (config as { dataset?: string }).dataset : undefined;
  if (slug !== undefined && !(await getDatasetBySlug(db, slug))) {
    throw new ApiError(400, 'validation_failed', `There is no dataset "${slug}".`, {
      issues: [{ in: 'body', path: 'config.dataset', message: 'Unknown dataset.', code: 'unknown_dataset' }],
    });
  }
}

async function policyOr404(db: Db, modelId: number, id: string): Promise<RetrainPolicy> {
  const policy = await getRetrainPolicy(db, modelId, id);
  if (!policy) throw notFound(`Retrain policy "${id}"`);
  return policy;
}

export const modelPolicyRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/{slug}/retrain-policies',
      tags: ['Lifecycle'],
      summary: 'Retraining policies of a model',
      request: { params: ModelParamSchema },
      responses: { 200: { description: 'The policies.', ...json(PolicyListSchema) }, ...E.badRequest, ...E.notFound },
    }),
    async (c) => {
      const model = await loadModel(c, c.req.valid('param').slug);
      return c.json({ items: (await listRetrainPolicies(c.var.db, model.id)).map(toPolicyResponse) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/{slug}/retrain-policies',
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
      const body = c.req.valid('json');
      const model = await loadModelForChange(c, slug);
      await assertDatasetExists(c.var.db, body.kind, body.config);
      const policy = await insertRetrainPolicy(c.var.db, {
        id: randomId('rp_'),
        modelId: model.id,
        kind: body.kind,
        config: body.config,
        description: body.description,
        enabled: body.enabled,
        createdByTokenId: callerOf(c).tokenId,
      });
      c.header('Location', `/api/models/${slug}/retrain-policies/${policy.id}`);
      return c.json(toPolicyResponse(policy), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/{slug}/retrain-policies/{id}',
      tags: ['Lifecycle'],
      summary: 'One retraining policy',
      request: { params: PolicyParamSchema },
      responses: { 200: { description: 'The policy.', ...json(PolicySchema) }, ...E.badRequest, ...E.notFound },
    }),
    async (c) => {
      const { slug, id } = c.req.valid('param');
      const model = await loadModel(c, slug);
      return c.json(toPolicyResponse(await policyOr404(c.var.db, model.id, id)), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/{slug}/retrain-policies/{id}',
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
      const patch = c.req.valid('json');
      const model = await loadModelForChange(c, slug);
      const policy = await policyOr404(c.var.db, model.id, id);
      let config: RetrainPolicyConfig | undefined;
      if (patch.config !== undefined) {
        const parsed = CONFIG_SCHEMAS[policy.kind].safeParse(patch.config);
        if (!parsed.success) {
          const error = validationError(parsed.error, 'json');
          const details = error.details as { issues: { path: string }[] };
          for (const issue of details.issues) issue.path = ['config', issue.path].filter(Boolean).join('.');
          throw error;
        }
        config = parsed.data;
        await assertDatasetExists(c.var.db, policy.kind, config);
      }
      const updated = await updateRetrainPolicy(c.var.db, model.id, id, {
        ...(patch.description !== undefined ? { description: patch.description } : {}),
        ...(patch.enabled !== undefined ? { enabled: patch.enabled } : {}),
        ...(config ? { config } : {}),
      });
      if (!updated) throw notFound(`Retrain policy "${id}"`);
      return c.json(toPolicyResponse(updated), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/{slug}/retrain-policies/{id}',
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
      const model = await loadModelForChange(c, slug);
      if (!(await deleteRetrainPolicy(c.var.db, model.id, id))) throw notFound(`Retrain policy "${id}"`);
      return c.body(null, 204);
    },
  );

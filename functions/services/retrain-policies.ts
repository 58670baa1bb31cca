/** A model's retraining policies: list, add, change, delete (firing them is functions/retrain/). */
import type { z } from 'zod';
import { getDatasetBySlug } from '../../db/queries/datasets';
import {
  deleteRetrainPolicy,
  getRetrainPolicy,
  insertRetrainPolicy,
  listRetrainPolicies,
  updateRetrainPolicy,
} from '../../db/queries/retrain';
import { canView, type Viewer } from '../../db/queries/viewer';
import type { Db } from '../../db/client';
import type { RetrainPolicy } from '../../db/schema';
import {
  DatasetPolicyConfigSchema,
  MaxAgePolicyConfigSchema,
  MetricPolicyConfigSchema,
  type RetrainPolicyConfig,
  type RetrainPolicyKind,
} from '../../src/lib/retrain/types';
import { randomId } from '../../src/lib/tokens';
import type { AuthContext } from '../env';
import { ApiError, notFound, validationError } from '../errors';
import type { ServiceContext } from '../hub';
import {
  toPolicyResponse,
  type PolicyCreateSchema,
  type PolicyListSchema,
  type PolicyPatchSchema,
  type PolicySchema,
} from '../contract/model-lifecycle/schema';
import { viewerOf } from './catalog-access';
import { loadModel, loadModelForChange } from './models';

type PolicyView = z.infer<typeof PolicySchema>;

const CONFIG_SCHEMAS: Record<RetrainPolicyKind, z.ZodType<RetrainPolicyConfig>> = {
  dataset_version: DatasetPolicyConfigSchema,
  metric_threshold: MetricPolicyConfigSchema,
  max_age: MaxAgePolicyConfigSchema,
};

/**
 * A policy may only watch a dataset that exists, so typos surface now rather than never firing.
 * A dataset the caller cannot see counts as missing (its existence does not leak).
 */
async function assertDatasetExists(db: Db, auth: AuthContext, kind: RetrainPolicyKind, config: RetrainPolicyConfig) {
  const slug = kind === 'dataset_version' ? (config as { dataset?: string }).dataset : undefined;
  if (slug === undefined) return;
  const dataset = await getDatasetBySlug(db, slug);
  if (!dataset || !canView(dataset, viewerOf(auth))) {
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

export async function listModelRetrainPolicies(
  ctx: ServiceContext,
  viewer: Viewer | undefined,
  slug: string,
): Promise<z.infer<typeof PolicyListSchema>> {
  const model = await loadModel(ctx, viewer, slug);
  return { items: (await listRetrainPolicies(ctx.db, model.id)).map(toPolicyResponse) };
}

export async function getModelRetrainPolicy(
  ctx: ServiceContext,
  viewer: Viewer | undefined,
  slug: string,
  id: string,
): Promise<PolicyView> {
  const model = await loadModel(ctx, viewer, slug);
  return toPolicyResponse(await policyOr404(ctx.db, model.id, id));
}

export async function createRetrainPolicy(
  ctx: ServiceContext,
  auth: AuthContext,
  slug: string,
  body: z.infer<typeof PolicyCreateSchema>,
): Promise<PolicyView> {
  const model = await loadModelForChange(ctx, auth, slug);
  await assertDatasetExists(ctx.db, auth, body.kind, body.config);
  const policy = await insertRetrainPolicy(ctx.db, {
    id: randomId('rp_'),
    modelId: model.id,
    kind: body.kind,
    config: body.config,
    description: body.description,
    enabled: body.enabled,
    createdByTokenId: auth.tokenId,
  });
  return toPolicyResponse(policy);
}

/** Enables or disables a policy, or replaces its configuration (validated against its kind). */
export async function updateModelRetrainPolicy(
  ctx: ServiceContext,
  auth: AuthContext,
  slug: string,
  id: string,
  patch: z.infer<typeof PolicyPatchSchema>,
): Promise<PolicyView> {
  const model = await loadModelForChange(ctx, auth, slug);
  const policy = await policyOr404(ctx.db, model.id, id);
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
    await assertDatasetExists(ctx.db, auth, policy.kind, config);
  }
  const updated = await updateRetrainPolicy(ctx.db, model.id, id, {
    ...(patch.description !== undefined ? { description: patch.description } : {}),
    ...(patch.enabled !== undefined ? { enabled: patch.enabled } : {}),
    ...(config ? { config } : {}),
  });
  if (!updated) throw notFound(`Retrain policy "${id}"`);
  return toPolicyResponse(updated);
}

/** Requests the policy opened stay (they point at no policy any more). */
export async function deleteModelRetrainPolicy(
  ctx: ServiceContext,
  auth: AuthContext,
  slug: string,
  id: string,
): Promise<void> {
  const model = await loadModelForChange(ctx, auth, slug);
  if (!(await deleteRetrainPolicy(ctx.db, model.id, id))) throw notFound(`Retrain policy "${id}"`);
}

import type { Db } from '../../db/client';
import type { BatchStatement } from '../../db/queries/batch-helpers';
import { datasetIdsOfVersion, modelIdsUsingDataset, modelsByIds } from '../../db/queries/lifecycle-links';
import { getSubscriptionForModel } from '../../db/queries/outbound';
import { listEnabledPolicies, retrainRequestExistsForKey } from '../../db/queries/retrain';
import type { Dataset, Model, ModelVersion, RetrainPolicy } from '../../db/schema';
import { dedupKeys, describeReason, metricPolicyFires } from '../../src/lib/retrain/policy';
import type { DatasetPolicyConfig, MetricPolicyConfig, RetrainInputs } from '../../src/lib/retrain/types';
import { openRequestStatements } from './open-request';
import { aliasedVersion, parentVersionOf } from './versions';

export interface Firings {
  statements: BatchStatement[];
  requestIds: string[];
  /** Whether any outbound delivery was queued (wake the worker after commit). */
  queued: boolean;
}

const none = (): Firings => ({ statements: [], requestIds: [], queued: false });

async function fire(
  db: Db,
  firings: Firings,
  input: {
    model: Model;
    policy: RetrainPolicy;
    inputs: RetrainInputs;
    dedupKey: string;
    causeEventRef?: string;
    publicUrl: string;
    now: Date;
  },
): Promise<void> {
  // Cheap early exit; the UNIQUE dedup key decides for real inside the batch.
  if (await retrainRequestExistsForKey(db, input.dedupKey)) return;
  const opened = openRequestStatements(db, {
    model: input.model,
    kind: input.policy.kind,
    policyId: input.policy.id,
    inputs: input.inputs,
    reason: describeReason(input.policy.kind, input.inputs),
    dedupKey: input.dedupKey,
    ...(input.causeEventRef ? { causeEventRef: input.causeEventRef } : {}),
    subscription: await getSubscriptionForModel(db, input.model.id),
    publicUrl: input.publicUrl,
    now: input.now,
  });
  firings.statements.push(...opened.statements);
  firings.requestIds.push(opened.requestId);
  firings.queued ||= opened.deliveryId !== null;
}

/**
 * A new dataset version: which models it concerns (for their timelines) and which of their
 * dataset policies fire. A policy naming the dataset fires; one naming none fires when the
 * model's production (else latest) version was trained on the dataset.
 */
export async function firingsForDatasetVersion(
  db: Db,
  input: {
    dataset: Dataset;
    datasetVersion: { id: number; label: string };
    causeEventRef?: string;
    publicUrl: string;
    now: Date;
    /** Only policies that existed when the version was registered (the worker's catch-up). */
    policiesCreatedBefore?: Date;
  },
): Promise<Firings & { linkedModelIds: number[] }> {
  const firings = none();
  const before = input.policiesCreatedBefore;
  const policies = (await listEnabledPolicies(db, 'dataset_version')).filter((p) => !before || p.createdAt < before);
  const linked = new Set(await modelIdsUsingDataset(db, input.dataset.id));
  const models = await modelsByIds(
    db,
    policies.map((p) => p.modelId),
  );
  for (const policy of policies) {
    const model = models.get(policy.modelId);
    if (!model) continue;
    const config = policy.config as DatasetPolicyConfig;
    const parent = await parentVersionOf(db, model.id);
    let watches = config.dataset === input.dataset.slug;
    if (config.dataset === undefined && parent)
      watches = (await datasetIdsOfVersion(db, parent.id)).includes(input.dataset.id);
    if (!watches) continue;
    linked.add(model.id);
    await fire(db, firings, {
      model,
      policy,
      inputs: {
        parentVersion: parent?.version ?? null,
        dataset: { slug: input.dataset.slug, version: input.datasetVersion.label },
      },
      dedupKey: dedupKeys.dataset(policy.id, input.datasetVersion.id),
      ...(input.causeEventRef ? { causeEventRef: input.causeEventRef } : {}),
      publicUrl: input.publicUrl,
      now: input.now,
    });
  }
  return { ...firings, linkedModelIds: [...linked] };
}

/** Evaluation or benchmark results of a model version against the model's metric policies. */
export async function firingsForMetrics(
  db: Db,
  input: {
    model: Model;
    version: ModelVersion | undefined;
    source: 'evaluation' | 'benchmark';
    metrics: Record<string, number>;
    causeEventRef: string;
    publicUrl: string;
    now: Date;
  },
): Promise<Firings> {
  const firings = none();
  if (Object.keys(input.metrics).length === 0) return firings;
  const policies = await listEnabledPolicies(db, 'metric_threshold', [input.model.id]);
  for (const policy of policies) {
    const config = policy.config as MetricPolicyConfig;
    const aliased = config.alias === undefined ? undefined : await aliasedVersion(db, input.model.id, config.alias);
    const hit = metricPolicyFires(
      config,
      { source: input.source, metrics: input.metrics, modelVersion: input.version?.version ?? null },
      aliased?.version ?? null,
    );
    if (!hit) continue;
    const parent = await parentVersionOf(db, input.model.id);
    await fire(db, firings, {
      model: input.model,
      policy,
      inputs: {
        parentVersion: parent?.version ?? null,
        metric: {
          name: config.metric,
          value: hit.value,
          comparison: config.comparison,
          threshold: config.threshold,
          modelVersion: input.version?.version ?? null,
        },
      },
      dedupKey: dedupKeys.metric(policy.id, input.version?.version ?? null, input.causeEventRef),
      causeEventRef: input.causeEventRef,
      publicUrl: input.publicUrl,
      now: input.now,
    });
  }
  return firings;
}

export { fire as fireDedupedPolicy, none as noFirings };

import type { Db } from '../../db/client';
import { runBatch } from '../../db/queries/batch-helpers';
import { datasetsByIds, datasetVersionsSince, modelsByIds } from '../../db/queries/lifecycle-links';
import { getDatasetBySlug } from '../../db/queries/datasets';
import { listEnabledPolicies } from '../../db/queries/retrain';
import type { DatasetPolicyConfig, MaxAgePolicyConfig } from '../../src/lib/retrain/types';
import { ageInDays, dedupKeys } from '../../src/lib/retrain/policy';
import { fireDedupedPolicy, firingsForDatasetVersion, noFirings } from './fire-policies';
import { aliasedVersion } from './versions';

/**
 * Time-based checks the worker runs every minute: production versions past their maximum
 * age, and dataset versions registered through the REST API (webhook publications fire at
 * once, in the same transaction as their event; the dedup key keeps both paths to one request).
 */
export async function checkTimedPolicies(
  db: Db,
  options: { publicUrl: string; now: Date },
): Promise<{ fired: number; queued: boolean }> {
  const firings = noFirings();
  const ageing = await listEnabledPolicies(db, 'max_age');
  const models = await modelsByIds(
    db,
    ageing.map((p) => p.modelId),
  );
  for (const policy of ageing) {
    const model = models.get(policy.modelId);
    if (!model) continue;
    const config = policy.config as MaxAgePolicyConfig;
    const version = await aliasedVersion(db, model.id, config.alias);
    if (!version) continue;
    const age = ageInDays(version.createdAt, options.now);
    if (age <= config.maxAgeDays) continue;
    await fireDedupedPolicy(db, firings, {
      model,
      policy,
      inputs: {
        parentVersion: version.version,
        maxAge: { alias: config.alias, version: version.version, ageDays: age, maxAgeDays: config.maxAgeDays },
      },
      dedupKey: dedupKeys.maxAge(policy.id, version.id),
      publicUrl: options.publicUrl,
      now: options.now,
    });
  }

  // Explicit dataset policies: catch up on versions registered since the policy was created.
  const watching = (await listEnabledPolicies(db, 'dataset_version')).filter(
    (p) => (p.config as DatasetPolicyConfig).dataset !== undefined,
  );
  const datasetIds: number[] = [];
  for (const policy of watching) {
    const dataset = await getDatasetBySlug(db, (policy.config as DatasetPolicyConfig).dataset!);
    if (dataset) datasetIds.push(dataset.id);
  }
  const oldest = watching.reduce((min, p) => (p.createdAt < min ? p.createdAt : min), options.now);
  const fresh = await datasetVersionsSince(db, datasetIds, oldest);
  const datasets = await datasetsByIds(
    db,
    fresh.map((v) => v.datasetId),
  );
  let datasetFired = 0;
  for (const version of fresh) {
    const dataset = datasets.get(version.datasetId);
    if (!dataset) continue;
    const found = await firingsForDatasetVersion(db, {
      dataset,
      datasetVersion: { id: version.id, label: version.version },
      publicUrl: options.publicUrl,
      now: options.now,
      policiesCreatedBefore: version.createdAt,
    });
    firings.statements.push(...found.statements);
    firings.queued ||= found.queued;
    datasetFired += found.requestIds.length;
  }
  await runBatch(db, firings.statements);
  return { fired: firings.requestIds.length + datasetFired, queued: firings.queued };
}

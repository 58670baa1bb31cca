/** Hub rows → MLflow's `RegisteredModel` and `ModelVersion` messages. */
import type { KeyValue, MlflowVersionRow } from '../../../db/queries/mlflow';
import type { MlflowVersionSource, Model } from '../../../db/schema';
import type { MlflowModelVersion, MlflowRegisteredModel } from './schema';

const STATUS: Record<string, MlflowModelVersion['status']> = {
  ready: 'READY',
  registering: 'PENDING_REGISTRATION',
  failed: 'FAILED_REGISTRATION',
};

/** MLflow stages read the hub's `production` / `staging` aliases; other versions are in `None`. */
export function stageOf(aliases: string[]): MlflowModelVersion['current_stage'] {
  if (aliases.includes('production')) return 'Production';
  if (aliases.includes('staging')) return 'Staging';
  return 'None';
}

export function toMlflowVersion(
  name: string,
  row: MlflowVersionRow,
  aliases: string[],
  tags: KeyValue[],
  source: MlflowVersionSource | undefined,
): MlflowModelVersion {
  return {
    name,
    version: String(row.version),
    creation_timestamp: row.createdAt,
    last_updated_timestamp: row.updatedAt,
    // No `user_id`: who registered a version is for its owner group and admins only (the hub API's
    // `registeredBy`), and MLflow's field is optional.
    current_stage: stageOf(aliases),
    description: row.descriptionMd,
    source: source?.source ?? row.firstArtifactUri ?? '',
    ...(source?.runId ? { run_id: source.runId } : {}),
    status: STATUS[row.status] ?? 'READY',
    ...(row.statusMessage ? { status_message: row.statusMessage } : {}),
    tags,
    ...(source?.runLink ? { run_link: source.runLink } : {}),
    aliases,
  };
}

export function toMlflowRegisteredModel(
  name: string,
  model: Model,
  tags: KeyValue[],
  aliases: { alias: string; version: string }[],
  latest: MlflowModelVersion[],
): MlflowRegisteredModel {
  return {
    name,
    creation_timestamp: model.createdAt.getTime(),
    last_updated_timestamp: model.updatedAt.getTime(),
    description: model.cardMd,
    latest_versions: latest,
    tags,
    aliases,
  };
}

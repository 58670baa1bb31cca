/**
 * MLflow's model-version calls on hub versions. Creating one is a hub registration
 * (registerVersion: the hub numbers it, logs `model.version.registered`, announces the change);
 * the MLflow `source` becomes the version's artifact URI.
 */
import {
  deleteVersionRow,
  deleteVersionTag,
  recordVersionSource,
  setVersionTags,
  versionDependents,
  versionIdByNumber,
  type KeyValue,
} from '../../../db/queries/mlflow';
import { StorageUriSchema } from '../../contract/catalog-schema';
import { VersionCreateSchema } from '../../contract/models/schema';
import type { MlflowModelVersion } from '../../contract/mlflow/schema';
import type { AuthContext, WriteContext } from '../../env';
import type { ServiceContext } from '../../hub';
import { changeVersion, registerVersion } from '../model-versions';
import { announceModel } from '../models';
import { readableModel, versionOf, writableModel } from './access';
import { invalidParameter } from './errors';
import { mlflowVersionView } from './views';

/** URIs only an MLflow tracking server can resolve (a run's or a logged model's artifacts). */
const TRACKING_SCHEMES = /^(runs|models|mlflow-artifacts|dbfs):/i;

/** The artifact URI a `source` names; INVALID_PARAMETER_VALUE for what the hub cannot store. */
export function sourceToArtifactUri(source: string): string {
  if (TRACKING_SCHEMES.test(source)) {
    const scheme = source.slice(0, source.indexOf(':') + 1);
    throw invalidParameter(
      `Source '${source}' is a ${scheme} URI, which needs an MLflow tracking server to resolve; the hub has none. ` +
        'Register the storage location of the model files instead (s3://…, root://…, https://…).',
    );
  }
  const parsed = StorageUriSchema.safeParse(source);
  if (!parsed.success) {
    throw invalidParameter(
      `Unsupported source '${source}': use a storage URI such as s3://bucket/path, root://eos…/path or https://….`,
    );
  }
  return parsed.data;
}

function artifactOf(uri: string) {
  const path = uri.replace(/[?#].*$/, '').replace(/\/+$/, '');
  const last = path.slice(path.lastIndexOf('/') + 1);
  const name = (last && !last.includes(':') ? last : 'model').slice(0, 200);
  return { name, format: /\.onnx$/i.test(name) ? ('onnx' as const) : ('other' as const), uri };
}

/** CreateModelVersion: a ready hub version whose artifact is `source`, with MLflow's run id and tags. */
export async function createModelVersion(
  ctx: WriteContext,
  auth: AuthContext,
  input: {
    name: string;
    source: string;
    run_id?: string | undefined;
    run_link?: string | undefined;
    tags: KeyValue[];
    description?: string | undefined;
  },
): Promise<MlflowModelVersion> {
  const model = await writableModel(ctx, auth, input.name);
  const uri = sourceToArtifactUri(input.source);
  const runLink = input.run_link && /^https?:\/\//i.test(input.run_link) ? input.run_link : undefined;
  const body = VersionCreateSchema.safeParse({
    description: input.description ?? '',
    artifacts: [artifactOf(uri)],
    ...(runLink ? { trainingJob: { ciUrl: runLink } } : {}),
  });
  if (!body.success) {
    const issue = body.error.issues[0];
    throw invalidParameter(`Invalid ${issue?.path.join('.') || 'version'}: ${issue?.message}`);
  }
  const created = await registerVersion(ctx, auth, model.slug, body.data);
  const versionId = (await versionIdByNumber(ctx.db, model.id, created.version))!;
  await recordVersionSource(ctx.db, {
    versionId,
    source: input.source,
    runId: input.run_id || null,
    runLink: input.run_link || null,
  });
  await setVersionTags(ctx.db, versionId, input.tags);
  return mlflowVersionView(ctx, versionId);
}

export async function getModelVersion(
  ctx: ServiceContext,
  auth: AuthContext | undefined,
  input: { name: string; version: string },
): Promise<MlflowModelVersion> {
  const model = await readableModel(ctx, auth, input.name);
  return mlflowVersionView(ctx, (await versionOf(model, ctx, input.name, input.version)).id);
}

export async function getDownloadUri(
  ctx: ServiceContext,
  auth: AuthContext | undefined,
  input: { name: string; version: string },
): Promise<string> {
  return (await getModelVersion(ctx, auth, input)).source;
}

/** UpdateModelVersion: the description is the version's release notes. */
export async function updateModelVersion(
  ctx: WriteContext,
  auth: AuthContext,
  input: { name: string; version: string; description?: string | undefined },
): Promise<MlflowModelVersion> {
  const model = await writableModel(ctx, auth, input.name);
  const version = await versionOf(model, ctx, input.name, input.version);
  if (input.description !== undefined) {
    await changeVersion(ctx, auth, model.slug, version.version, { description: input.description });
  }
  return mlflowVersionView(ctx, version.id);
}

/** DeleteModelVersion: refused (INVALID_PARAMETER_VALUE) while something depends on the version. */
export async function deleteModelVersion(
  ctx: WriteContext,
  auth: AuthContext,
  input: { name: string; version: string },
): Promise<void> {
  const model = await writableModel(ctx, auth, input.name);
  const version = await versionOf(model, ctx, input.name, input.version);
  const reasons = await versionDependents(ctx.db, [version.id]);
  if (reasons.length > 0) {
    throw invalidParameter(
      `Model Version (name=${input.name}, version=${input.version}) cannot be deleted: ${reasons.join('; ')}.`,
    );
  }
  await deleteVersionRow(ctx.db, version.id, model.id);
  announceModel(ctx, model, `version ${version.version} deleted`);
}

export async function setModelVersionTag(
  ctx: WriteContext,
  auth: AuthContext,
  input: { name: string; version: string; key: string; value: string },
): Promise<void> {
  const model = await writableModel(ctx, auth, input.name);
  const version = await versionOf(model, ctx, input.name, input.version);
  await setVersionTags(ctx.db, version.id, [{ key: input.key, value: input.value }]);
  announceModel(ctx, model, `version ${version.version} tag ${input.key} set`);
}

export async function deleteModelVersionTag(
  ctx: WriteContext,
  auth: AuthContext,
  input: { name: string; version: string; key: string },
): Promise<void> {
  const model = await writableModel(ctx, auth, input.name);
  const version = await versionOf(model, ctx, input.name, input.version);
  if (await deleteVersionTag(ctx.db, version.id, input.key)) {
    announceModel(ctx, model, `version ${version.version} tag ${input.key} deleted`);
  }
}

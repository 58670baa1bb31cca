/**
 * MLflow's registered-model calls on hub models. Writes go through the hub's own services
 * (createModel, changeModel, putModelAlias, removeModelAlias), so they check groups and scopes,
 * emit the same lifecycle events and announce the same public changes as the hub's API.
 */
import {
  deleteModelRow,
  deleteModelTag,
  setModelTags,
  versionDependents,
  versionIdsOf,
  type KeyValue,
} from '../../../db/queries/mlflow';
import { setMlflowName } from '../../../db/queries/mlflow-names';
import { getAlias } from '../../../db/queries/model-aliases';
import type { Model } from '../../../db/schema';
import { AliasNameSchema } from '../../contract/models/schema';
import type { MlflowModelVersion, MlflowRegisteredModel } from '../../contract/mlflow/schema';
import { STAGES } from '../../contract/mlflow/schema';
import type { AuthContext, WriteContext } from '../../env';
import type { ServiceContext } from '../../hub';
import { putModelAlias, removeModelAlias } from '../model-aliases';
import { announceModel, changeModel, createModel } from '../models';
import { readableModel, versionOf, writableModel } from './access';
import { invalidParameter, mlflowError } from './errors';
import { isSlugName, resolveRegisteredModel, slugForName } from './names';
import { mlflowModelView, mlflowModelViews, mlflowVersionView } from './views';

/** A hub model needs a one-line summary; MLflow has only a description. */
function summaryFor(name: string, description: string | undefined): string {
  const line = description
    ?.split('\n')
    .map((l) => l.replace(/^#+\s*/, '').trim())
    .find((l) => l.length > 0);
  return (line ?? `Registered through MLflow as "${name}".`).slice(0, 280);
}

/**
 * CreateRegisteredModel: a hub model owned by the token's group, public, task `other`, with the
 * MLflow description as its card. RESOURCE_ALREADY_EXISTS when the name is taken.
 */
export async function createRegisteredModel(
  ctx: WriteContext,
  auth: AuthContext,
  input: { name: string; tags: KeyValue[]; description?: string | undefined },
): Promise<MlflowRegisteredModel> {
  const { name, tags, description } = input;
  if (await resolveRegisteredModel(ctx, name)) {
    throw mlflowError('RESOURCE_ALREADY_EXISTS', `Registered Model (name=${name}) already exists.`);
  }
  const slug = await slugForName(ctx, name);
  const created = await createModel(ctx, auth, {
    slug,
    visibility: 'public',
    name: name.trim().slice(0, 120) || slug,
    summary: summaryFor(name, description),
    task: 'other',
    ...(description ? { card: description } : {}),
  });
  const model = (await resolveRegisteredModel(ctx, created.slug))!;
  if (!isSlugName(name)) await setMlflowName(ctx.db, model.id, name);
  await setModelTags(ctx.db, model.id, tags);
  return mlflowModelView(ctx, (await resolveRegisteredModel(ctx, name))!);
}

export async function getRegisteredModel(
  ctx: ServiceContext,
  auth: AuthContext | undefined,
  name: string,
): Promise<MlflowRegisteredModel> {
  return mlflowModelView(ctx, await readableModel(ctx, auth, name));
}

async function reload(ctx: ServiceContext, model: Model): Promise<MlflowRegisteredModel> {
  const fresh = (await resolveRegisteredModel(ctx, model.slug)) ?? model;
  return (await mlflowModelViews(ctx, [fresh]))[0]!;
}

/** UpdateRegisteredModel: the description is the model card. */
export async function updateRegisteredModel(
  ctx: WriteContext,
  auth: AuthContext,
  input: { name: string; description?: string | undefined },
): Promise<MlflowRegisteredModel> {
  const model = await writableModel(ctx, auth, input.name);
  if (input.description !== undefined) await changeModel(ctx, auth, model.slug, { card: input.description });
  return reload(ctx, model);
}

/**
 * RenameRegisteredModel: the slug becomes the new name (or its slugified form), the display
 * name follows when it was the old MLflow name. RESOURCE_ALREADY_EXISTS when the name is taken.
 */
export async function renameRegisteredModel(
  ctx: WriteContext,
  auth: AuthContext,
  input: { name: string; new_name: string },
): Promise<MlflowRegisteredModel> {
  const model = await writableModel(ctx, auth, input.name);
  const taken = await resolveRegisteredModel(ctx, input.new_name);
  if (taken && taken.id !== model.id) {
    throw mlflowError('RESOURCE_ALREADY_EXISTS', `Registered Model (name=${input.new_name}) already exists.`);
  }
  const slug = await slugForName(ctx, input.new_name, model.id);
  const followName = model.name === input.name.trim().slice(0, 120) || model.name === model.slug;
  await changeModel(ctx, auth, model.slug, {
    slug,
    ...(followName ? { name: input.new_name.trim().slice(0, 120) || slug } : {}),
  });
  await setMlflowName(ctx.db, model.id, isSlugName(input.new_name) ? null : input.new_name);
  return mlflowModelView(ctx, (await resolveRegisteredModel(ctx, input.new_name))!);
}

/**
 * DeleteRegisteredModel: deletes the model and its versions, unless something depends on a
 * version (an alias now or in the history, a deployment, a benchmark result, a fine-tuned child):
 * the hub keeps provenance, so those deletes are refused with INVALID_PARAMETER_VALUE.
 */
export async function deleteRegisteredModel(ctx: WriteContext, auth: AuthContext, name: string): Promise<void> {
  const model = await writableModel(ctx, auth, name);
  const reasons = await versionDependents(ctx.db, await versionIdsOf(ctx.db, model.id));
  if (reasons.length > 0) {
    throw invalidParameter(`Registered Model with name=${name} cannot be deleted: ${reasons.join('; ')}.`);
  }
  await deleteModelRow(ctx.db, model.id);
  announceModel(ctx, model, 'deleted');
}

export async function setRegisteredModelTag(
  ctx: WriteContext,
  auth: AuthContext,
  input: { name: string; key: string; value: string },
): Promise<void> {
  const model = await writableModel(ctx, auth, input.name);
  await setModelTags(ctx.db, model.id, [{ key: input.key, value: input.value }]);
  announceModel(ctx, model, `tag ${input.key} set`);
}

/** Deleting a tag that is not there changes nothing, as in MLflow. */
export async function deleteRegisteredModelTag(
  ctx: WriteContext,
  auth: AuthContext,
  input: { name: string; key: string },
): Promise<void> {
  const model = await writableModel(ctx, auth, input.name);
  if (await deleteModelTag(ctx.db, model.id, input.key)) announceModel(ctx, model, `tag ${input.key} deleted`);
}

function aliasName(alias: string): string {
  const parsed = AliasNameSchema.safeParse(alias);
  if (!parsed.success) throw invalidParameter(`Invalid alias name '${alias}': ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}

/** SetRegisteredModelAlias: a hub alias move (protected aliases and `production` need `maintainer`). */
export async function setRegisteredModelAlias(
  ctx: WriteContext,
  auth: AuthContext,
  input: { name: string; alias: string; version: string },
): Promise<void> {
  const alias = aliasName(input.alias);
  const model = await writableModel(ctx, auth, input.name);
  await versionOf(model, ctx, input.name, input.version);
  await putModelAlias(ctx, auth, model.slug, alias, { version: Number(input.version) });
}

/** DeleteRegisteredModelAlias: removing an alias that is not there changes nothing, as in MLflow. */
export async function deleteRegisteredModelAlias(
  ctx: WriteContext,
  auth: AuthContext,
  input: { name: string; alias: string },
): Promise<void> {
  const model = await writableModel(ctx, auth, input.name);
  if (!(await getAlias(ctx.db, model.id, input.alias))) return;
  await removeModelAlias(ctx, auth, model.slug, input.alias, 'Removed through the MLflow API.');
}

export async function getModelVersionByAlias(
  ctx: ServiceContext,
  auth: AuthContext | undefined,
  input: { name: string; alias: string },
): Promise<MlflowModelVersion> {
  const model = await readableModel(ctx, auth, input.name);
  const pointer = await getAlias(ctx.db, model.id, input.alias);
  if (!pointer) throw mlflowError('RESOURCE_DOES_NOT_EXIST', `Registered model alias ${input.alias} not found.`);
  return mlflowVersionView(ctx, pointer.versionId);
}

/**
 * GetLatestVersions: the newest ready version per stage, stages read from the `staging` and
 * `production` aliases (`None`: the newest ready version neither points at; `Archived`: none).
 */
export async function getLatestVersions(
  ctx: ServiceContext,
  auth: AuthContext | undefined,
  input: { name: string; stages: string[] },
): Promise<MlflowModelVersion[]> {
  const wanted = input.stages.map((stage) => {
    const known = STAGES.find((s) => s.toLowerCase() === stage.toLowerCase());
    if (!known) {
      throw invalidParameter(`Invalid Model Version stage: ${stage}. Value must be one of ${STAGES.join(', ')}.`);
    }
    return known;
  });
  const model = await readableModel(ctx, auth, input.name);
  const latest = (await mlflowModelView(ctx, model)).latest_versions;
  return wanted.length === 0 ? latest : latest.filter((v) => wanted.includes(v.current_stage));
}

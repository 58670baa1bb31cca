import type { z } from 'zod';
import { captureBatch, type BatchStatement } from '../../../db/queries/batch-helpers';
import { newestVersionIdSql, newestVersionNumberSql } from '../../../db/queries/lifecycle-links';
import { deleteVersionTag, setModelTags, setVersionTags, type KeyValue } from '../../../db/queries/mlflow';
import {
  createMirroredModel,
  maxVersionNumber,
  mirroredModelIdSql,
  versionHasSource,
  versionSourceStatements,
} from '../../../db/queries/mlflow-mirror';
import { moveAlias, removeAlias } from '../../../db/queries/model-aliases';
import { getModelVersion, registerModelVersion } from '../../../db/queries/model-versions';
import type { Model, ModelVersion } from '../../../db/schema';
import { PRODUCTION_ALIAS } from '../../../src/lib/catalog-vocabulary';
import { artifactOfSource } from '../../../src/lib/mlflow/source';
import { assertSourceMayTouchAlias } from './aliases';
import { StorageUriSchema } from '../../contract/catalog-schema';
import type {
  MlflowModelVersionAliasCreatedV1,
  MlflowModelVersionAliasDeletedV1,
  MlflowModelVersionCreatedV1,
  MlflowModelVersionTagDeletedV1,
  MlflowModelVersionTagSetV1,
  MlflowRegisteredModelCreatedV1,
} from '../../events/mlflow-schemas';
import { publicChange } from '../../public-change';
import { isSlugName, resolveRegisteredModel, slugForName } from '../../services/mlflow/names';
import { canView } from '../../../db/queries/viewer';
import { Rejection, requireVersion, sourceViewer, type EventPlan, type PlanContext } from './context';

/**
 * MLflow registry webhooks mirrored into the catalog (types `mlflow.<entity>.<action>`, see
 * functions/events/mlflow-schemas.ts). Models are found by MLflow name the way the MLflow API
 * finds them; the source acts for its group as for the hub's own events (protected aliases only
 * with the source's permission, like model.alias.set). Repeats of what the catalog already holds are accepted as no-ops.
 */

const tagList = (tags: Record<string, string>): KeyValue[] =>
  Object.entries(tags).map(([key, value]) => ({ key, value }));

function changed(model: Model, what: string): Pick<EventPlan, 'publicChange'> {
  return model.visibility === 'public' ? { publicChange: publicChange.model(model.slug, what) } : {};
}

/**
 * The hub model an MLflow name names; it must exist and belong to the source's group. One the
 * source's group cannot see is refused exactly like a missing one.
 */
async function requireMlflowModel(ctx: PlanContext, name: string): Promise<Model> {
  const model = await resolveRegisteredModel(ctx, name);
  if (!model || !canView(model, sourceViewer(ctx))) {
    throw new Rejection(
      422,
      'unknown_model',
      `No model is registered under the MLflow name "${name}"; subscribe the webhook to registered_model.created, or create the model in the hub first.`,
      [{ path: 'data.name', message: 'Unknown model.', code: 'unknown_model' }],
    );
  }
  if (model.ownerGroupId !== ctx.source.groupId) {
    throw new Rejection(
      403,
      'forbidden',
      `The model "${name}" belongs to group "${model.ownerGroupId}"; this source reports for "${ctx.source.groupId}".`,
    );
  }
  return model;
}

const versionOf = (ctx: PlanContext, model: Model, version: string) =>
  requireVersion(ctx, model, Number(version), 'data.version');

const eventOn = (model: Model, version?: ModelVersion): EventPlan['event'] => ({
  modelId: model.id,
  ...(version ? { modelVersionId: version.id, modelVersion: version.version } : {}),
});

/** registered_model.created: a new hub model owned by the source's group, or the existing one. */
export async function planMlflowModelCreated(
  ctx: PlanContext,
  data: z.infer<typeof MlflowRegisteredModelCreatedV1>,
): Promise<EventPlan> {
  const tags = tagList(data.tags);
  const existing = await resolveRegisteredModel(ctx, data.name);
  if (existing && !canView(existing, sourceViewer(ctx))) {
    // Taken by a model this source may not see: a conflict, as POST /api/models answers for a taken slug.
    throw new Rejection(409, 'conflict', `The MLflow name "${data.name}" is already taken in the hub.`);
  }
  if (existing) {
    const model = await requireMlflowModel(ctx, data.name);
    const before = tags.length > 0 ? await captureBatch(ctx.db, (db) => setModelTags(db, model.id, tags)) : [];
    return { before, event: eventOn(model), after: [], ...(tags.length > 0 ? changed(model, 'tags set') : {}) };
  }

  const slug = await slugForName(ctx, data.name);
  const description = data.description ?? '';
  const values = {
    slug,
    name: data.name.slice(0, 200),
    summary: description.split('\n', 1)[0]!.slice(0, 300),
    task: 'other' as const,
    cardMd: description,
    cardMetadata: {},
    tags: [],
    license: null,
    contacts: [],
    cardDatasets: [],
    languages: [],
    library: null,
    ownerGroupId: ctx.source.groupId,
    createdByTokenId: ctx.source.createdByTokenId,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  const before = createMirroredModel(ctx.db, values, isSlugName(data.name) ? null : data.name, tags);
  return {
    before,
    event: { modelId: mirroredModelIdSql(values) as unknown as number },
    after: [],
    // New models are public unless made otherwise, as through POST /api/models.
    publicChange: publicChange.model(slug, 'registered from MLflow'),
  };
}

/**
 * model_version.created: registers the version under MLflow's own number, with its source,
 * run id and tags. The numbers of both registries must agree, so a version that would get
 * another number here (earlier versions not mirrored) is refused with 409; a version already
 * mirrored from the same source is accepted again.
 */
export async function planMlflowVersionCreated(
  ctx: PlanContext,
  data: z.infer<typeof MlflowModelVersionCreatedV1>,
): Promise<EventPlan> {
  const model = await requireMlflowModel(ctx, data.name);
  const number = Number(data.version);
  const tags = tagList(data.tags);
  const existing = await getModelVersion(ctx.db, model.id, number);
  if (existing) {
    if (!(await versionHasSource(ctx.db, existing.id, data.source))) {
      throw new Rejection(
        409,
        'version_conflict',
        `Model "${data.name}" already has a version ${number} in the hub, registered from another source.`,
        [{ path: 'data.version', message: 'Version already registered.', code: 'version_conflict' }],
      );
    }
    const before = tags.length > 0 ? await captureBatch(ctx.db, (db) => setVersionTags(db, existing.id, tags)) : [];
    return { before, event: eventOn(model, existing), after: [] };
  }
  const next = (await maxVersionNumber(ctx.db, model.id)) + 1;
  if (number !== next) {
    throw new Rejection(
      409,
      'version_out_of_step',
      `MLflow reports version ${number} of "${data.name}", but the hub's next version is ${next}: mirror versions in order (the missing ones were created before the webhook, or failed).`,
      [{ path: 'data.version', message: `Expected version ${next}.`, code: 'version_out_of_step' }],
    );
  }

  // A storage URI is the version's artifact; runs:/ and models:/ live in the remote tracking server.
  const artifact = StorageUriSchema.safeParse(data.source).success
    ? { ...artifactOfSource(data.source), uri: data.source }
    : undefined;
  const registered = await captureBatch(ctx.db, (db) =>
    registerModelVersion(
      db,
      {
        modelId: model.id,
        version: {
          descriptionMd: data.description ?? '',
          status: 'ready',
          statusMessage: null,
          hyperParameters: {},
          parentVersionId: null,
          trainingJob: null,
          registeredByTokenId: ctx.source.createdByTokenId,
        },
        artifacts: artifact ? [artifact] : [],
        metrics: [],
        datasets: [],
      },
      ctx.now,
    ),
  );
  const versionId = newestVersionIdSql(model.id);
  const extra: BatchStatement[] = versionSourceStatements(
    ctx.db,
    versionId,
    { source: data.source, runId: data.run_id ?? null },
    tags,
  );
  return {
    before: [...registered, ...extra],
    event: {
      modelId: model.id,
      modelVersionId: versionId as unknown as number,
      modelVersion: newestVersionNumberSql(model.id) as unknown as number,
    },
    after: [],
    ...changed(model, `version ${number} registered from MLflow`),
  };
}

export async function planMlflowVersionTagSet(
  ctx: PlanContext,
  data: z.infer<typeof MlflowModelVersionTagSetV1>,
): Promise<EventPlan> {
  const model = await requireMlflowModel(ctx, data.name);
  const version = await versionOf(ctx, model, data.version);
  const tag = { key: data.key, value: data.value };
  const before = await captureBatch(ctx.db, (db) => setVersionTags(db, version.id, [tag]));
  return { before, event: eventOn(model, version), after: [], ...changed(model, `tag ${data.key} set`) };
}

export async function planMlflowVersionTagDeleted(
  ctx: PlanContext,
  data: z.infer<typeof MlflowModelVersionTagDeletedV1>,
): Promise<EventPlan> {
  const model = await requireMlflowModel(ctx, data.name);
  const version = await versionOf(ctx, model, data.version);
  const before = await captureBatch(ctx.db, (db) => deleteVersionTag(db, version.id, data.key));
  return { before, event: eventOn(model, version), after: [], ...changed(model, `tag ${data.key} deleted`) };
}

/** model_version_alias.created: moves the alias as model.alias.set does (history kept, protected ones with permission). */
export async function planMlflowAliasCreated(
  ctx: PlanContext,
  data: z.infer<typeof MlflowModelVersionAliasCreatedV1>,
): Promise<EventPlan> {
  const model = await requireMlflowModel(ctx, data.name);
  const version = await versionOf(ctx, model, data.version);
  await assertSourceMayTouchAlias(ctx, model, data.alias, 'move');
  const before = await captureBatch(ctx.db, (db) =>
    moveAlias(db, {
      modelId: model.id,
      name: data.alias,
      versionId: version.id,
      protected: data.alias === PRODUCTION_ALIAS ? true : undefined,
      reason: `set in MLflow (webhook source "${ctx.source.name}")`,
      tokenId: ctx.source.createdByTokenId as string,
      sourceId: ctx.source.id,
      mayMoveProtected: ctx.source.allowProtectedAliases,
      now: ctx.now,
    }),
  );
  return { before, event: eventOn(model, version), after: [], ...changed(model, `alias ${data.alias} moved`) };
}

export async function planMlflowAliasDeleted(
  ctx: PlanContext,
  data: z.infer<typeof MlflowModelVersionAliasDeletedV1>,
): Promise<EventPlan> {
  const model = await requireMlflowModel(ctx, data.name);
  await assertSourceMayTouchAlias(ctx, model, data.alias, 'remove');
  const before = await captureBatch(ctx.db, (db) =>
    removeAlias(db, {
      modelId: model.id,
      name: data.alias,
      reason: `deleted in MLflow (webhook source "${ctx.source.name}")`,
      tokenId: ctx.source.createdByTokenId as string,
      sourceId: ctx.source.id,
      mayMoveProtected: ctx.source.allowProtectedAliases,
      now: ctx.now,
    }),
  );
  return { before, event: eventOn(model), after: [], ...changed(model, `alias ${data.alias} removed`) };
}

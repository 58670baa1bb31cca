/** Loads hub models and versions as MLflow messages, in a fixed number of queries per call. */
import {
  latestVersionIds,
  mlflowVersionRows,
  modelTagsOf,
  versionSourcesOf,
  versionTagsOf,
} from '../../../db/queries/mlflow';
import { mlflowNamesOf } from '../../../db/queries/mlflow-names';
import { listAliases } from '../../../db/queries/model-aliases';
import type { Model } from '../../../db/schema';
import { toMlflowRegisteredModel, toMlflowVersion } from '../../contract/mlflow/responses';
import type { MlflowModelVersion, MlflowRegisteredModel } from '../../contract/mlflow/schema';
import type { ServiceContext } from '../../hub';
import { mlflowNames } from './names';

/** MLflow `ModelVersion`s for hub version ids, in the order given (ids that vanished are left out). */
export async function mlflowVersionViews(ctx: ServiceContext, versionIds: number[]): Promise<MlflowModelVersion[]> {
  const views = await versionViewMap(ctx, versionIds);
  return versionIds.flatMap((id) => views.get(id) ?? []);
}

async function versionViewMap(ctx: ServiceContext, versionIds: number[]): Promise<Map<number, MlflowModelVersion>> {
  const rows = await mlflowVersionRows(ctx.db, versionIds);
  const modelIds = [...new Set([...rows.values()].map((r) => r.modelId))];
  const [names, aliases, tags, sources] = await Promise.all([
    mlflowNamesOf(ctx.db, modelIds),
    listAliases(ctx.db, modelIds),
    versionTagsOf(ctx.db, versionIds),
    versionSourcesOf(ctx.db, versionIds),
  ]);
  const views = new Map<number, MlflowModelVersion>();
  for (const [id, row] of rows) {
    const pointing = (aliases.get(row.modelId) ?? []).filter((a) => a.versionId === id).map((a) => a.name);
    views.set(
      id,
      toMlflowVersion(names.get(row.modelId) ?? row.modelSlug, row, pointing, tags.get(id) ?? [], sources.get(id)),
    );
  }
  return views;
}

export async function mlflowVersionView(ctx: ServiceContext, versionId: number): Promise<MlflowModelVersion> {
  const [view] = await mlflowVersionViews(ctx, [versionId]);
  return view!;
}

/** MLflow `RegisteredModel`s for hub models, with their latest version per stage, tags and aliases. */
export async function mlflowModelViews(ctx: ServiceContext, list: Model[]): Promise<MlflowRegisteredModel[]> {
  const ids = list.map((m) => m.id);
  const [names, tags, aliases, latest] = await Promise.all([
    mlflowNames(ctx, list),
    modelTagsOf(ctx.db, ids),
    listAliases(ctx.db, ids),
    latestVersionIds(ctx.db, ids),
  ]);
  const versions = await versionViewMap(ctx, [...latest.values()].flat());
  return list.map((model) => {
    const name = names.get(model.id)!;
    const latestViews = (latest.get(model.id) ?? [])
      .flatMap((id) => versions.get(id) ?? [])
      .sort((a, b) => Number(a.version) - Number(b.version));
    return toMlflowRegisteredModel(
      name,
      model,
      tags.get(model.id) ?? [],
      (aliases.get(model.id) ?? []).map((a) => ({ alias: a.name, version: String(a.version) })),
      latestViews,
    );
  });
}

export async function mlflowModelView(ctx: ServiceContext, model: Model): Promise<MlflowRegisteredModel> {
  const [view] = await mlflowModelViews(ctx, [model]);
  return view!;
}

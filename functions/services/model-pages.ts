/**
 * What the model, version and compare pages show, loaded in a bounded number of queries
 * whatever the number of versions (a model with thousands of versions shows them in pages).
 */
import { resolveDatasetVersions } from '../../db/queries/dataset-versions';
import { adjacentVersions, getModelVersion } from '../../db/queries/model-versions';
import { getDatasetBySlug } from '../../db/queries/datasets';
import type { Model } from '../../db/schema';
import { pageWindow, type PageWindow } from '../../src/lib/pagination';
import type { ServiceContext } from '../hub';
import {
  findModel,
  findVersion,
  groupNames,
  modelActivity,
  modelResponse,
  modelVersionsPage,
  versionResponses,
  type AliasMoveView,
  type DeploymentView,
  type ModelView,
  type VersionView,
} from './models';

export const VERSIONS_PAGE_SIZE = 50;
const ACTIVITY_SHOWN = 20;

export interface ModelPage {
  row: Model;
  model: ModelView;
  groupName: string;
  /** This page of versions, oldest first (the table shows them newest first). */
  versions: VersionView[];
  window: PageWindow;
  production: VersionView | undefined;
  latest: VersionView | undefined;
  /** Newest first. */
  history: AliasMoveView[];
  deployments: DeploymentView[];
  /** Which of the datasets the card names are in the catalog. */
  knownDatasets: Set<string>;
}

export async function modelPage(
  ctx: ServiceContext,
  slug: string,
  page: string | null,
): Promise<ModelPage | undefined> {
  const row = await findModel(ctx, slug);
  if (!row) return undefined;
  const model = await modelResponse(ctx, row);
  const window = pageWindow(page, model.versionCount, VERSIONS_PAGE_SIZE);
  if (!window) return undefined;
  const [listed, activity, names, production, latest, cardDatasets] = await Promise.all([
    modelVersionsPage(ctx, row, { limit: window.pageSize, offset: window.offset }),
    modelActivity(ctx, row, ACTIVITY_SHOWN),
    groupNames(ctx),
    model.productionVersion === null ? undefined : findVersion(ctx, row, model.productionVersion),
    model.latestVersion === null ? undefined : findVersion(ctx, row, model.latestVersion),
    Promise.all(
      model.datasets.map(async (d) => ((await getDatasetBySlug(ctx.db, d))?.visibility === 'public' ? d : undefined)),
    ),
  ]);
  return {
    row,
    model,
    groupName: names.get(model.ownerGroup) ?? model.ownerGroup.toUpperCase(),
    versions: listed.versions.reverse(),
    window,
    production,
    latest,
    ...activity,
    knownDatasets: new Set(cardDatasets.filter((d): d is string => d !== undefined)),
  };
}

export interface VersionPage {
  row: Model;
  model: ModelView;
  version: VersionView;
  previous: number | undefined;
  next: number | undefined;
  /** The version with its same-model parent and children, for the lineage graph. */
  family: VersionView[];
  /** Bytes of the dataset versions it was trained on (for the retraining cost link). */
  trainingBytes: number;
}

export async function versionPage(ctx: ServiceContext, slug: string, number: number): Promise<VersionPage | undefined> {
  const row = await findModel(ctx, slug);
  const version = row && (await findVersion(ctx, row, number));
  if (!row || !version) return undefined;
  const relatives = [version.parent, ...version.children].filter((r) => r?.model === slug).map((r) => r!.version);
  const [model, adjacent, familyRows, training] = await Promise.all([
    modelResponse(ctx, row),
    adjacentVersions(ctx.db, row.id, number),
    Promise.all(relatives.map((n) => getModelVersion(ctx.db, row.id, n))),
    resolveDatasetVersions(
      ctx.db,
      version.datasets.filter((d) => d.role === 'training').map((d) => ({ dataset: d.dataset, version: d.version })),
    ),
  ]);
  const family = await versionResponses(
    ctx,
    row,
    familyRows.filter((v) => v !== undefined),
  );
  return {
    row,
    model,
    version,
    previous: adjacent.previous ?? undefined,
    next: adjacent.next ?? undefined,
    family: [...family, version].sort((a, b) => a.version - b.version),
    trainingBytes: [...training.values()].reduce((sum, d) => sum + d.bytes, 0),
  };
}

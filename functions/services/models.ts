/**
 * Models, versions, aliases and deployments as the API and the pages show them: Context-free
 * functions of `{ db, config }`, returning the API's response shapes.
 */
import type { z } from '@hono/zod-openapi';
import { catalogFacetCounts } from '../../db/queries/catalog-facets';
import { listGroups } from '../../db/queries/groups';
import { listAliases, listAliasHistory } from '../../db/queries/model-aliases';
import { listDeployments } from '../../db/queries/model-deployments';
import {
  countModelVersions,
  getModelVersion,
  listModelVersions,
  loadVersionDetails,
} from '../../db/queries/model-versions';
import {
  countModels,
  getModelBySlug,
  getModelListRow,
  listModels,
  type ModelFilters,
  type ModelSort,
} from '../../db/queries/models';
import { canView, PUBLIC_VIEWER, type Viewer } from '../../db/queries/viewer';
import type { Model, ModelVersion } from '../../db/schema';
import { facetGroups, MODEL_FACETS, type ModelFacet } from '../../src/lib/catalog/facets';
import type { SortOrder } from '../../db/queries/keyset';
import type { ServiceContext } from '../hub';
import {
  toDeploymentResponse,
  toHistoryEntry,
  toModelResponse,
  toModelSummary,
  toVersionResponse,
} from '../contract/models/responses';
import type {
  AliasHistoryEntrySchema,
  DeploymentSchema,
  ModelSchema,
  ModelSummarySchema,
  ModelVersionSchema,
} from '../contract/models/schema';

export type ModelSummary = z.infer<typeof ModelSummarySchema>;
export type ModelView = z.infer<typeof ModelSchema>;
export type VersionView = z.infer<typeof ModelVersionSchema>;
export type AliasMoveView = z.infer<typeof AliasHistoryEntrySchema>;
export type DeploymentView = z.infer<typeof DeploymentSchema>;

/** A model the viewer may see (internal ones only for their group), or undefined. */
export async function findModel(
  ctx: ServiceContext,
  slug: string,
  viewer: Viewer | undefined = PUBLIC_VIEWER,
): Promise<Model | undefined> {
  const model = await getModelBySlug(ctx.db, slug);
  return model && canView(model, viewer) ? model : undefined;
}

export async function modelResponse(ctx: ServiceContext, model: Model): Promise<ModelView> {
  const [row, aliases] = await Promise.all([getModelListRow(ctx.db, model.id), listAliases(ctx.db, [model.id])]);
  return toModelResponse(row!, aliases.get(model.id) ?? [], ctx.config.publicUrl);
}

export async function listModelSummaries(
  ctx: ServiceContext,
  filters: ModelFilters,
  viewer: Viewer | undefined,
  options: {
    sort: ModelSort;
    order: SortOrder;
    limit: number;
    after?: (string | number)[] | undefined;
    offset?: number;
  },
): Promise<{ items: ModelSummary[]; next: (string | number)[] | null; total: number }> {
  const [page, total] = await Promise.all([
    listModels(ctx.db, filters, viewer, options),
    countModels(ctx.db, filters, viewer),
  ]);
  return { items: page.items.map((m) => toModelSummary(m, ctx.config.publicUrl)), next: page.next, total };
}

/** Full responses for versions of one model, in a fixed number of queries. */
export async function versionResponses(
  ctx: ServiceContext,
  model: Model,
  versions: ModelVersion[],
  viewer: Viewer | undefined = PUBLIC_VIEWER,
): Promise<VersionView[]> {
  const [details, aliases] = await Promise.all([
    loadVersionDetails(ctx.db, versions, viewer),
    listAliases(ctx.db, [model.id]),
  ]);
  const modelAliases = aliases.get(model.id) ?? [];
  return versions.map((v) =>
    toVersionResponse(
      model.slug,
      v,
      details.get(v.id)!,
      modelAliases.filter((a) => a.versionId === v.id).map((a) => a.name),
      ctx.config.publicUrl,
    ),
  );
}

export async function findVersion(
  ctx: ServiceContext,
  model: Model,
  number: number,
  viewer: Viewer | undefined = PUBLIC_VIEWER,
): Promise<VersionView | undefined> {
  const version = await getModelVersion(ctx.db, model.id, number);
  return version && (await versionResponses(ctx, model, [version], viewer))[0];
}

/** Group ids → display names, for facet labels and owner columns. */
export async function groupNames(ctx: ServiceContext): Promise<Map<string, string>> {
  return new Map((await listGroups(ctx.db)).map((g) => [g.id, g.name]));
}

/** The /models/ sidebar: every facet value with the number of public models carrying it. */
export async function modelFacets(ctx: ServiceContext) {
  const [rows, names] = await Promise.all([catalogFacetCounts(ctx.db, 'model'), groupNames(ctx)]);
  return { facets: facetGroups(MODEL_FACETS, rows, names, 'model'), groupNames: names };
}

/** A page of the public model list, by name, optionally narrowed to one facet value. */
export async function modelListPage(
  ctx: ServiceContext,
  facet: { name: ModelFacet; value: string } | undefined,
  page: { limit: number; offset: number },
) {
  const filters: ModelFilters = facet ? { [facet.name]: facet.value } : {};
  return listModelSummaries(ctx, filters, PUBLIC_VIEWER, { sort: 'name', order: 'asc', ...page });
}

export async function countPublicModels(
  ctx: ServiceContext,
  facet?: { name: ModelFacet; value: string },
): Promise<number> {
  return countModels(ctx.db, facet ? { [facet.name]: facet.value } : {}, PUBLIC_VIEWER);
}

/** A page of a model's versions, newest first. */
export async function modelVersionsPage(ctx: ServiceContext, model: Model, page: { limit: number; offset: number }) {
  const [rows, total] = await Promise.all([
    listModelVersions(ctx.db, model.id, { order: 'desc', limit: page.limit, offset: page.offset }),
    countModelVersions(ctx.db, model.id),
  ]);
  return { versions: await versionResponses(ctx, model, rows.items), total };
}

/** The newest alias moves and deployments of a model. */
export async function modelActivity(ctx: ServiceContext, model: Model, limit: number) {
  const [history, deployments] = await Promise.all([
    listAliasHistory(ctx.db, [model.id], { limit }),
    listDeployments(ctx.db, [model.id], { limit }),
  ]);
  return {
    history: history.items.map(toHistoryEntry) satisfies AliasMoveView[],
    deployments: deployments.items.map(toDeploymentResponse) satisfies DeploymentView[],
  };
}

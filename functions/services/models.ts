/**
 * Models, versions, aliases and deployments as the API and the pages show them: Context-free
 * functions of `{ db, config }`, returning the API's response shapes. Loading a model for a
 * request (404 unless the viewer may see it), announcing public changes, and registering and
 * changing models live here too.
 */
import { labelsOf, modelTagsOf } from '../../db/queries/mlflow';
import type { z } from '@hono/zod-openapi';
import { isUniqueViolation } from '../../db/errors';
import { catalogFacetCounts } from '../../db/queries/catalog-facets';
import { listGroups } from '../../db/queries/groups';
import { getAlias, listAliases, listAliasHistory } from '../../db/queries/model-aliases';
import { listDeployments } from '../../db/queries/model-deployments';
import {
  countModelVersions,
  getLatestReadyVersion,
  getModelVersion,
  getModelVersionById,
  listModelVersions,
  loadVersionDetails,
} from '../../db/queries/model-versions';
import {
  countModels,
  getModelBySlug,
  getModelListRow,
  insertModel,
  listModels,
  updateModel,
  type ModelFilters,
  type ModelSort,
} from '../../db/queries/models';
import { canView, PUBLIC_VIEWER, type Viewer } from '../../db/queries/viewer';
import type { Model, ModelVersion } from '../../db/schema';
import { facetGroups, MODEL_FACETS, type ModelFacet } from '../../src/lib/catalog/facets';
import { LATEST_ALIAS } from '../../src/lib/catalog-vocabulary';
import { encodeCursor } from '../../src/lib/cursor';
import type { SortOrder } from '../../db/queries/keyset';
import type { AuthContext, WriteContext } from '../env';
import { ApiError, notFound } from '../errors';
import type { ServiceContext } from '../hub';
import { pageLimit, readCursor } from '../pagination';
import { publicChange } from '../public-change';
import { assertCanWrite, resolveOwnerGroup, seesOwnerDetails, viewerOf } from './catalog-access';
import { mergeModelFields } from './model-card-merge';
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
  ModelCreateSchema,
  ModelListQuerySchema,
  ModelListSchema,
  ModelPatchSchema,
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
  const [row, aliases, labels] = await Promise.all([
    getModelListRow(ctx.db, model.id),
    listAliases(ctx.db, [model.id]),
    modelTagsOf(ctx.db, [model.id]),
  ]);
  return toModelResponse(row!, aliases.get(model.id) ?? [], ctx.config.publicUrl, labelsOf(labels.get(model.id)));
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
  // Which token registered a version is for the owner group and admins only.
  const showRegistrar = seesOwnerDetails(viewer, model);
  return versions.map((v) =>
    toVersionResponse(
      model.slug,
      v,
      showRegistrar ? details.get(v.id)! : { ...details.get(v.id)!, registeredBy: null },
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

/** The model, or 404 when it does not exist or the viewer may not see it (internal). */
export async function loadModel(ctx: ServiceContext, viewer: Viewer | undefined, slug: string): Promise<Model> {
  const model = await getModelBySlug(ctx.db, slug);
  if (!model || !canView(model, viewer)) throw notFound(`Model "${slug}"`);
  return model;
}

/** The model, for a change: the caller's group must own it (or the caller is admin). */
export async function loadModelForChange(ctx: ServiceContext, auth: AuthContext, slug: string): Promise<Model> {
  const model = await loadModel(ctx, viewerOf(auth), slug);
  assertCanWrite(auth, model, 'model');
  return model;
}

export async function loadModelVersion(
  ctx: ServiceContext,
  viewer: Viewer | undefined,
  slug: string,
  number: number,
): Promise<{ model: Model; version: ModelVersion }> {
  const model = await loadModel(ctx, viewer, slug);
  const version = await getModelVersion(ctx.db, model.id, number);
  if (!version) throw notFound(`Version ${number} of model "${slug}"`);
  return { model, version };
}

/** Announces a change to a public model, so hosts drop the pages that show it. */
export function announceModel(
  ctx: Pick<WriteContext, 'hooks'>,
  model: Model,
  what: string,
  related?: Parameters<typeof publicChange.model>[2],
) {
  if (model.visibility === 'public') ctx.hooks.onPublicChange?.(publicChange.model(model.slug, what, related));
}

/** `GET /api/models`: the models the viewer may see, filtered and sorted, a page at a time. */
export async function queryModels(
  ctx: ServiceContext,
  viewer: Viewer | undefined,
  query: z.infer<typeof ModelListQuerySchema>,
): Promise<z.infer<typeof ModelListSchema>> {
  const order = query.order ?? (query.sort === 'name' ? 'asc' : 'desc');
  const after = readCursor(query.cursor, 2);
  const { group, task, tag, license, framework, format, precision, q } = query;
  const filters = { group, task, tag, license, framework, format, precision, q };
  const limit = pageLimit(query.limit, ctx.config.pageSize);
  const page = await listModelSummaries(ctx, filters, viewer, { sort: query.sort, order, limit, after });
  return { items: page.items, nextCursor: page.next ? encodeCursor(page.next) : null, total: page.total };
}

/** One model with its card and aliases (404 unless the viewer may see it). */
export async function getModel(ctx: ServiceContext, viewer: Viewer | undefined, slug: string): Promise<ModelView> {
  return modelResponse(ctx, await loadModel(ctx, viewer, slug));
}

/** `slug@alias`: the version an alias points at (`@latest`: the newest ready version). */
export async function resolveModelAlias(
  ctx: ServiceContext,
  viewer: Viewer | undefined,
  slug: string,
  alias: string,
): Promise<VersionView> {
  const model = await loadModel(ctx, viewer, slug);
  const pointer = alias === LATEST_ALIAS ? undefined : await getAlias(ctx.db, model.id, alias);
  const version = pointer
    ? await getModelVersionById(ctx.db, pointer.versionId)
    : alias === LATEST_ALIAS
      ? await getLatestReadyVersion(ctx.db, model.id)
      : undefined;
  if (!version)
    throw notFound(
      alias === LATEST_ALIAS ? `A ready version of model "${slug}"` : `Alias "${alias}" of model "${slug}"`,
    );
  const [response] = await versionResponses(ctx, model, [version], viewer);
  return response!;
}

/**
 * Registers a model (no versions yet), owned by the caller's group (admins may name another).
 * A Hugging Face-style card fills the fields from its front matter; fields sent explicitly win.
 */
export async function createModel(
  ctx: WriteContext,
  auth: AuthContext,
  input: z.infer<typeof ModelCreateSchema>,
): Promise<ModelView> {
  const { slug, ownerGroup, visibility, card, ...explicit } = input;
  const merged = mergeModelFields(explicit, card, {
    tags: [],
    license: null,
    contacts: [],
    datasets: [],
    languages: [],
    library: null,
  });
  const ownerGroupId = await resolveOwnerGroup(ctx.db, auth, ownerGroup, 'model');
  const { datasets, ...fields } = merged.fields;
  const now = new Date();
  const model = await insertModel(ctx.db, {
    slug,
    ...fields,
    cardDatasets: datasets,
    cardMd: merged.card?.body ?? '',
    cardMetadata: merged.card?.metadata ?? {},
    ownerGroupId,
    visibility,
    createdByTokenId: auth.tokenId,
    createdAt: now,
    updatedAt: now,
  });
  if (!model) throw new ApiError(409, 'conflict', `A model with the slug "${slug}" already exists.`, { slug });
  announceModel(ctx, model, 'created');
  return modelResponse(ctx, model);
}

/** Changes the fields sent (a card fills the rest of what it names); the model's group or an admin. */
export async function changeModel(
  ctx: WriteContext,
  auth: AuthContext,
  slug: string,
  input: z.infer<typeof ModelPatchSchema>,
): Promise<ModelView> {
  const { slug: newSlug, visibility, card, ...explicit } = input;
  const existing = await loadModel(ctx, viewerOf(auth), slug);
  assertCanWrite(auth, existing, 'model');
  const merged = mergeModelFields(explicit, card, {
    name: existing.name,
    summary: existing.summary,
    task: existing.task,
    tags: existing.tags,
    license: existing.license,
    contacts: existing.contacts,
    datasets: existing.cardDatasets,
    languages: existing.languages,
    library: existing.library,
  });
  const { datasets, ...fields } = merged.fields;
  let model: Model | undefined;
  try {
    model = await updateModel(ctx.db, existing.id, {
      ...fields,
      cardDatasets: datasets,
      ...(newSlug === undefined ? {} : { slug: newSlug }),
      ...(visibility === undefined ? {} : { visibility }),
      ...(merged.card ? { cardMd: merged.card.body, cardMetadata: merged.card.metadata } : {}),
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ApiError(409, 'conflict', `The slug "${newSlug}" is already taken.`);
    throw error;
  }
  if (!model) throw notFound(`Model "${slug}"`);
  announceModel(ctx, existing.visibility === 'public' ? existing : model, 'changed');
  return modelResponse(ctx, model);
}

/**
 * The /models/ and /datasets/ listings: facet counts for the sidebar, one facet value at most
 * (a facet page), numbered pages by name. Undefined when the URL names no such facet value or page.
 */
import { catalogFacetCounts } from '../../db/queries/catalog-facets';
import { modelCountsOfDatasets } from '../../db/queries/dataset-versions';
import { countDatasets, listDatasets, type DatasetFilters } from '../../db/queries/datasets';
import { artifactFormatsOf, countModels, listModels, type ModelFilters } from '../../db/queries/models';
import { PUBLIC_VIEWER } from '../../db/queries/viewer';
import { DATASET_FACETS, facetGroups, facetValueOf, MODEL_FACETS, type FacetGroup } from '../../src/lib/catalog/facets';
import { pageWindow, type PageWindow } from '../../src/lib/pagination';
import type { ServiceContext } from '../hub';
import { toDatasetResponse } from '../contract/datasets/schema';
import { toModelSummary } from '../contract/models/responses';
import { groupNames, type ModelSummary } from './models';
import type { DatasetView } from './datasets';

export const DIRECTORY_PAGE_SIZE = 50;

export interface Directory<T> {
  facets: FacetGroup[];
  groupNames: Map<string, string>;
  active?: { facet: string; slug: string; label: string };
  window: PageWindow;
  items: T[];
}

export interface FacetRequest {
  facet: string;
  slug: string;
}

async function facetsOf(ctx: ServiceContext, kind: 'model' | 'dataset') {
  const [rows, names] = await Promise.all([catalogFacetCounts(ctx.db, kind), groupNames(ctx)]);
  return {
    facets: facetGroups(kind === 'model' ? MODEL_FACETS : DATASET_FACETS, rows, names, kind),
    groupNames: names,
  };
}

function activeFacet(facets: FacetGroup[], request: FacetRequest | undefined) {
  if (!request) return { filter: {}, active: undefined };
  const value = facetValueOf(facets, request.facet, request.slug);
  if (!value) return undefined;
  return {
    filter: { [request.facet]: value.value },
    active: { facet: request.facet, slug: request.slug, label: value.label },
  };
}

export async function modelDirectory(
  ctx: ServiceContext,
  request: FacetRequest | undefined,
  page: string | null,
): Promise<Directory<ModelSummary & { formats: string[] }> | undefined> {
  const { facets, groupNames } = await facetsOf(ctx, 'model');
  const chosen = activeFacet(facets, request);
  if (!chosen) return undefined;
  const filters = chosen.filter as ModelFilters;
  const window = pageWindow(page, await countModels(ctx.db, filters, PUBLIC_VIEWER), DIRECTORY_PAGE_SIZE);
  if (!window) return undefined;
  const rows = await listModels(ctx.db, filters, PUBLIC_VIEWER, {
    sort: 'name',
    order: 'asc',
    limit: window.pageSize,
    offset: window.offset,
  });
  const formats = await artifactFormatsOf(
    ctx.db,
    rows.items.map((m) => m.id),
  );
  const items = rows.items.map((m) => ({
    ...toModelSummary(m, ctx.config.publicUrl),
    formats: formats.get(m.id) ?? [],
  }));
  return { facets, groupNames, ...(chosen.active ? { active: chosen.active } : {}), window, items };
}

export async function datasetDirectory(
  ctx: ServiceContext,
  request: FacetRequest | undefined,
  page: string | null,
): Promise<Directory<DatasetView & { usedBy: number }> | undefined> {
  const { facets, groupNames } = await facetsOf(ctx, 'dataset');
  const chosen = activeFacet(facets, request);
  if (!chosen) return undefined;
  const filters = chosen.filter as DatasetFilters;
  const window = pageWindow(page, await countDatasets(ctx.db, filters, PUBLIC_VIEWER), DIRECTORY_PAGE_SIZE);
  if (!window) return undefined;
  const rows = await listDatasets(ctx.db, filters, PUBLIC_VIEWER, {
    sort: 'name',
    order: 'asc',
    limit: window.pageSize,
    offset: window.offset,
  });
  const usedBy = await modelCountsOfDatasets(
    ctx.db,
    rows.items.map((d) => d.id),
  );
  const items = rows.items.map((d) => ({
    ...toDatasetResponse(d, d, ctx.config.publicUrl),
    usedBy: usedBy.get(d.id) ?? 0,
  }));
  return { facets, groupNames, ...(chosen.active ? { active: chosen.active } : {}), window, items };
}

/**
 * The /models/ and /datasets/ listings: facet counts for the sidebar, any number of facet values
 * (`?framework=onnx&framework=keras&task=jet-tagging`: values of one facet match any, facets
 * combine), a facet page's value (/models/task/jet-tagging/) counted as one of them, numbered
 * pages by name. Undefined when the URL names no such facet page or page number; query values that
 * name no facet value are ignored and listed in `invalid`.
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
  /** The value of a facet page (/models/task/jet-tagging/). */
  active?: { facet: string; slug: string; label: string };
  /** Every chosen value (facet page and query), by facet: the slugs the sidebar's checkboxes carry. */
  selected: Record<string, string[]>;
  /** Readable list of the chosen values, e.g. "Framework: ONNX or Keras · Task: Jet tagging". */
  selectedLabel: string;
  /** Query parameters that name no facet value (`framework=cobol`): ignored, and said so. */
  invalid: string[];
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

/**
 * The chosen facet values: the facet page's (if any) and every `?<facet>=<slug>` of the query.
 * Undefined when the facet page names no value of the listing (a 404); a query value that names
 * none is left out and reported in `invalid`, so a stale link still lists something.
 */
export function chosenFacets(facets: FacetGroup[], request: FacetRequest | undefined, params: URLSearchParams) {
  const selected: Record<string, string[]> = {};
  const filter: Record<string, string[]> = {};
  const labels: string[] = [];
  const invalid: string[] = [];
  let active: Directory<unknown>['active'];
  if (request) {
    const value = facetValueOf(facets, request.facet, request.slug);
    if (!value) return undefined;
    active = { facet: request.facet, slug: request.slug, label: value.label };
  }
  for (const group of facets) {
    const slugs = new Set(params.getAll(group.name).filter(Boolean));
    if (request?.facet === group.name) slugs.add(request.slug);
    const values = [];
    for (const slug of slugs) {
      const value = facetValueOf(facets, group.name, slug);
      if (value) values.push(value);
      else invalid.push(`${group.name}=${slug}`);
    }
    if (values.length === 0) continue;
    selected[group.name] = values.map((v) => v.slug);
    filter[group.name] = values.map((v) => v.value);
    labels.push(`${group.title}: ${values.map((v) => v.label).join(' or ')}`);
  }
  return { filter, selected, selectedLabel: labels.join(' · '), invalid, active };
}

export async function modelDirectory(
  ctx: ServiceContext,
  request: FacetRequest | undefined,
  params: URLSearchParams,
): Promise<Directory<ModelSummary & { formats: string[] }> | undefined> {
  const { facets, groupNames } = await facetsOf(ctx, 'model');
  const chosen = chosenFacets(facets, request, params);
  if (!chosen) return undefined;
  const filters = chosen.filter as ModelFilters;
  const window = pageWindow(params.get('page'), await countModels(ctx.db, filters, PUBLIC_VIEWER), DIRECTORY_PAGE_SIZE);
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
  const { selected, selectedLabel, invalid } = chosen;
  return {
    facets,
    groupNames,
    ...(chosen.active ? { active: chosen.active } : {}),
    selected,
    selectedLabel,
    invalid,
    window,
    items,
  };
}

export async function datasetDirectory(
  ctx: ServiceContext,
  request: FacetRequest | undefined,
  params: URLSearchParams,
): Promise<Directory<DatasetView & { usedBy: number }> | undefined> {
  const { facets, groupNames } = await facetsOf(ctx, 'dataset');
  const chosen = chosenFacets(facets, request, params);
  if (!chosen) return undefined;
  const filters = chosen.filter as DatasetFilters;
  const window = pageWindow(
    params.get('page'),
    await countDatasets(ctx.db, filters, PUBLIC_VIEWER),
    DIRECTORY_PAGE_SIZE,
  );
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
  const { selected, selectedLabel, invalid } = chosen;
  return {
    facets,
    groupNames,
    ...(chosen.active ? { active: chosen.active } : {}),
    selected,
    selectedLabel,
    invalid,
    window,
    items,
  };
}

/**
 * The /tools/ directory and its facet pages: facet counts for the sidebar, any number of facet
 * values (`?category=library&category=inference-serving&experiment=cms`: values of one facet
 * match any, facets combine), a facet page's value (/tools/category/library/) counted as one of
 * them, numbered pages by name. Filtered in SQL (db/queries/tool-directory.ts), with the same
 * filter as GET /api/tools. Undefined when the URL names no such facet value or page.
 */
import { countTools, type ToolFilters } from '../../db/queries/tools';
import { listToolsByName, publishedToolFacetCounts } from '../../db/queries/tool-directory';
import type { FacetGroup } from '../../src/lib/catalog/facets';
import { pageWindow } from '../../src/lib/pagination';
import { FACET_LABELS, facetSlug, type FacetName } from '../../src/lib/tool-facets';
import { LIFECYCLES, TOOL_CATEGORIES, TOOL_CATEGORY_LABELS, type ToolCategory } from '../../src/lib/tool-vocabulary';
import { toToolResponse } from '../contract/tools/schema';
import type { ServiceContext } from '../hub';
import { chosenFacets, DIRECTORY_PAGE_SIZE, type Directory, type FacetRequest } from './catalog-directory';
import type { ToolData } from './tools';

export const TOOL_DIRECTORY_FACETS = ['category', 'experiment', 'lifecycle'] as const satisfies readonly FacetName[];

const capitalized = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The sidebar's facets: categories and lifecycles in vocabulary order, experiments A–Z. */
export async function toolFacetGroups(ctx: ServiceContext): Promise<FacetGroup[]> {
  const rows = await publishedToolFacetCounts(ctx.db);
  const counted = (facet: FacetName) =>
    new Map(rows.filter((r) => r.facet === facet).map((r) => [r.value, Number(r.count)]));
  const categories = counted('category');
  const experiments = counted('experiment');
  const lifecycles = counted('lifecycle');
  const value = (v: string, label: string, count: number) => ({ value: v, slug: facetSlug(v), label, count });
  const values: Record<FacetName, FacetGroup['values']> = {
    category: TOOL_CATEGORIES.filter((c) => categories.has(c)).map((c) =>
      value(c, TOOL_CATEGORY_LABELS[c as ToolCategory], categories.get(c)!),
    ),
    experiment: [...experiments.keys()].sort((a, b) => a.localeCompare(b)).map((e) => value(e, e, experiments.get(e)!)),
    lifecycle: LIFECYCLES.filter((l) => lifecycles.has(l)).map((l) => value(l, capitalized(l), lifecycles.get(l)!)),
  };
  return TOOL_DIRECTORY_FACETS.map((name) => ({ name, title: FACET_LABELS[name], values: values[name] }));
}

export async function toolDirectory(
  ctx: ServiceContext,
  request: FacetRequest | undefined,
  params: URLSearchParams,
): Promise<Directory<ToolData> | undefined> {
  const facets = await toolFacetGroups(ctx);
  const chosen = chosenFacets(facets, request, params);
  if (!chosen) return undefined;
  const filters = { status: 'published', ...chosen.filter } as ToolFilters;
  const window = pageWindow(params.get('page'), await countTools(ctx.db, filters), DIRECTORY_PAGE_SIZE);
  if (!window) return undefined;
  const rows = await listToolsByName(ctx.db, filters, { limit: window.pageSize, offset: window.offset });
  return {
    facets,
    groupNames: new Map(),
    ...(chosen.active ? { active: chosen.active } : {}),
    selected: chosen.selected,
    selectedLabel: chosen.selectedLabel,
    invalid: chosen.invalid,
    window,
    items: rows.map((t) => toToolResponse(t, ctx.config.publicUrl)),
  };
}

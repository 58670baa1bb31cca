import {
  LIFECYCLES,
  TOOL_CATEGORIES,
  TOOL_CATEGORY_LABELS,
  type Lifecycle,
  type ToolCategory,
} from './tool-vocabulary';

export interface FacetTool {
  categories: readonly string[];
  experiments: readonly string[];
  lifecycle: string;
}

export type FacetName = 'category' | 'experiment' | 'lifecycle';

export interface FacetValue {
  value: string;
  label: string;
  count: number;
}

export const FACET_LABELS: Record<FacetName, string> = {
  category: 'Category',
  experiment: 'Experiment',
  lifecycle: 'Lifecycle',
};

const lifecycleLabel = (l: string) => l.charAt(0).toUpperCase() + l.slice(1);

/** Facet values with counts; categories and lifecycles in vocabulary order, experiments A–Z. */
export function toolFacets(tools: readonly FacetTool[]): Record<FacetName, FacetValue[]> {
  const count = (pick: (t: FacetTool) => readonly string[]) => {
    const counts = new Map<string, number>();
    for (const tool of tools) for (const v of new Set(pick(tool))) counts.set(v, (counts.get(v) ?? 0) + 1);
    return counts;
  };
  const categories = count((t) => t.categories);
  const experiments = count((t) => t.experiments);
  const lifecycles = count((t) => [t.lifecycle]);
  return {
    category: TOOL_CATEGORIES.filter((c) => categories.has(c)).map((c) => ({
      value: c,
      label: TOOL_CATEGORY_LABELS[c as ToolCategory],
      count: categories.get(c)!,
    })),
    experiment: [...experiments.keys()]
      .sort((a, b) => a.localeCompare(b))
      .map((e) => ({ value: e, label: e, count: experiments.get(e)! })),
    lifecycle: LIFECYCLES.filter((l) => lifecycles.has(l)).map((l) => ({
      value: l,
      label: lifecycleLabel(l as Lifecycle),
      count: lifecycles.get(l)!,
    })),
  };
}

export function facetSlug(value: string): string {
  return value
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export function matchesFacet(tool: FacetTool, facet: FacetName, value: string): boolean {
  const slug = facetSlug(value);
  if (facet === 'category') return tool.categories.some((c) => facetSlug(c) === slug);
  if (facet === 'experiment') return tool.experiments.some((e) => facetSlug(e) === slug);
  return facetSlug(tool.lifecycle) === slug;
}

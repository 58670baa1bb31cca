import { ARTIFACT_FORMATS, DATASET_FORMATS, MODEL_TASKS } from '../catalog-vocabulary';
import { facetValueLabel, SEARCH_FACET_TITLES, type SearchFacet } from '../search-facets';
import { facetSlug } from '../tool-facets';

/** What the /models/ and /datasets/ listings filter by (a subset of the search facets). */
export const MODEL_FACETS = [
  'task',
  'group',
  'framework',
  'format',
  'precision',
  'license',
] as const satisfies readonly SearchFacet[];
export const DATASET_FACETS = ['format', 'group', 'license'] as const satisfies readonly SearchFacet[];
export type ModelFacet = (typeof MODEL_FACETS)[number];
export type DatasetFacet = (typeof DATASET_FACETS)[number];

export interface FacetValue {
  value: string;
  slug: string;
  label: string;
  count: number;
}

export interface FacetGroup {
  name: string;
  title: string;
  values: FacetValue[];
}

/**
 * Counted facet values grouped by facet, in the listing's facet order; values in vocabulary
 * order where there is one (tasks, formats), otherwise alphabetically by label.
 */
export function facetGroups(
  names: readonly SearchFacet[],
  rows: readonly { facet: string; value: string; count: number }[],
  groupNames: ReadonlyMap<string, string>,
  kind: 'model' | 'dataset',
): FacetGroup[] {
  const order: Partial<Record<SearchFacet, readonly string[]>> = {
    task: MODEL_TASKS,
    format: kind === 'model' ? ARTIFACT_FORMATS : DATASET_FORMATS,
  };
  return names.map((name) => {
    const rank = (v: string) => {
      const i = order[name]?.indexOf(v) ?? -1;
      return i < 0 ? Number.MAX_SAFE_INTEGER : i;
    };
    const values = rows
      .filter((r) => r.facet === name)
      .map((r) => ({
        value: r.value,
        slug: facetSlug(r.value),
        label: facetValueLabel(name, r.value, groupNames),
        count: Number(r.count),
      }))
      .sort((a, b) => rank(a.value) - rank(b.value) || a.label.localeCompare(b.label));
    return { name, title: SEARCH_FACET_TITLES[name], values };
  });
}

/** The facet value a facet page's URL slug names, or undefined. */
export function facetValueOf(groups: readonly FacetGroup[], facet: string, slug: string): FacetValue | undefined {
  return groups.find((g) => g.name === facet)?.values.find((v) => v.slug === slug);
}

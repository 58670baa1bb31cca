import { facetSlug } from '../tool-facets';

/**
 * Facets of a catalog listing (models, datasets), computed at build time: each facet reads
 * zero or more values from an item; values come with counts, in a fixed or alphabetical order.
 */

export interface FacetDefinition<T> {
  title: string;
  values: (item: T) => readonly string[];
  label?: (value: string) => string;
  /** Preferred order of values; others follow alphabetically. */
  order?: readonly string[];
}

export interface FacetValue {
  value: string;
  slug: string;
  label: string;
  count: number;
}

export function facetCounts<T, F extends string>(items: readonly T[], definitions: Record<F, FacetDefinition<T>>): Record<F, FacetValue[]> {
  const result = {} as Record<F, FacetValue[]>;
  for (const [name, def] of Object.entries(definitions) as [F, FacetDefinition<T>][]) {
    const counts = new Map<string, number>();
    for (const item of items) for (const v of new Set(def.values(item))) counts.set(v, (counts.get(v) ?? 0) + 1);
    const rank = (v: string) => {
      const i = def.order?.indexOf(v) ?? -1;
      return i < 0 ? Number.MAX_SAFE_INTEGER : i;
    };
    result[name] = [...counts.entries()]
      .map(([value, count]) => ({ value, slug: facetSlug(value), label: def.label?.(value) ?? value, count }))
      .sort((a, b) => rank(a.value) - rank(b.value) || a.label.localeCompare(b.label));
  }
  return result;
}

export function matchesFacet<T>(item: T, definition: FacetDefinition<T>, slug: string): boolean {
  return definition.values(item).some((v) => facetSlug(v) === slug);
}

/** The data-* attribute value a row carries for the client-side filter: facet slugs, space-separated. */
export function facetAttribute<T>(item: T, definition: FacetDefinition<T>): string {
  return [...new Set(definition.values(item).map(facetSlug))].join(' ');
}

/**
 * Filtering of the tools directory. The server renders a filtered directory from the URL
 * (facet pages, `/tools/?category=…&q=…`); the script filters the same cards in place. Both
 * go through `matchesToolFilter`, so they agree.
 */
import { facetSlug, type FacetName, type FacetTool } from '../lib/tool-facets';

export const TOOL_FILTER_FACETS = ['category', 'experiment', 'lifecycle'] as const satisfies readonly FacetName[];

export interface ToolFilter {
  q: string;
  /** Facet value slugs ('' when not chosen). */
  facets: Record<FacetName, string>;
}

/** What a tool is filtered on: what its card carries in `data-*` attributes. */
export interface ToolFilterFields {
  categories: string[];
  /** Experiment slugs. */
  experiments: string[];
  lifecycle: string;
  /** Lower-cased words the text filter looks in. */
  text: string;
}

export interface FilterableTool extends FacetTool {
  name: string;
  summary: string;
  tags: readonly string[];
}

export const emptyToolFilter = (): ToolFilter => ({ q: '', facets: { category: '', experiment: '', lifecycle: '' } });

export function toolFilterFields(tool: FilterableTool): ToolFilterFields {
  return {
    categories: [...tool.categories],
    experiments: tool.experiments.map(facetSlug),
    lifecycle: tool.lifecycle,
    text: [tool.name, tool.summary, ...tool.tags, ...tool.experiments, ...tool.categories].join(' ').toLowerCase(),
  };
}

/** The fields of a rendered card (see ToolCard.astro). */
export function fieldsOfCard(data: DOMStringMap): ToolFilterFields {
  const list = (value: string | undefined) => (value ?? '').split(' ').filter(Boolean);
  return {
    categories: list(data.category),
    experiments: list(data.experiment),
    lifecycle: data.lifecycle ?? '',
    text: data.text ?? '',
  };
}

export function matchesToolFilter(fields: ToolFilterFields, filter: ToolFilter): boolean {
  const { category, experiment, lifecycle } = filter.facets;
  const words = filter.q.toLowerCase().split(/\s+/).filter(Boolean);
  return (
    (!category || fields.categories.includes(category)) &&
    (!experiment || fields.experiments.includes(experiment)) &&
    (!lifecycle || fields.lifecycle === lifecycle) &&
    words.every((w) => fields.text.includes(w))
  );
}

export function readToolFilter(params: URLSearchParams): ToolFilter {
  const filter = emptyToolFilter();
  filter.q = params.get('q')?.trim().slice(0, 200) ?? '';
  for (const facet of TOOL_FILTER_FACETS) filter.facets[facet] = facetSlug(params.get(facet) ?? '');
  return filter;
}

/** The URL that reproduces the filter (always on /tools/, so it can be shared). */
export function writeToolFilter(filter: ToolFilter): string {
  const params = new URLSearchParams();
  for (const facet of TOOL_FILTER_FACETS) if (filter.facets[facet]) params.set(facet, filter.facets[facet]);
  if (filter.q) params.set('q', filter.q);
  const query = params.toString();
  return `/tools/${query ? `?${query}` : ''}`;
}

/** "Showing 3 of 20 tools · category: batch-hpc · “gpu”", as the server and the script both say it. */
export function toolCountText(shown: number, total: number, filter: ToolFilter): string {
  const parts = TOOL_FILTER_FACETS.filter((f) => filter.facets[f]).map((f) => `${f}: ${filter.facets[f]}`);
  if (filter.q) parts.push(`“${filter.q}”`);
  return `Showing ${shown} of ${total} tools${parts.length ? ` · ${parts.join(' · ')}` : ''}`;
}

export const hasToolFilter = (filter: ToolFilter) => !!filter.q || TOOL_FILTER_FACETS.some((f) => filter.facets[f]);

/** Shows the matching cards and hides the rest; returns how many are shown. */
export function applyToolFilter(cards: HTMLElement[], filter: ToolFilter): number {
  let shown = 0;
  for (const card of cards) {
    const match = matchesToolFilter(fieldsOfCard(card.dataset), filter);
    card.hidden = !match;
    if (match) shown++;
  }
  return shown;
}

/** Client-side filtering of the tools directory (progressive enhancement of the facet links). */

export interface ToolFilter {
  q: string;
  facets: { category: string; experiment: string; lifecycle: string };
}

export function readToolFilter(params: URLSearchParams): ToolFilter {
  return {
    q: params.get('q')?.trim() ?? '',
    facets: {
      category: params.get('category') ?? '',
      experiment: (params.get('experiment') ?? '').toLowerCase(),
      lifecycle: params.get('lifecycle') ?? '',
    },
  };
}

/** The URL that reproduces the filter (always on /tools/, so it can be shared). */
export function writeToolFilter(filter: ToolFilter): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter.facets)) if (value) params.set(key, value);
  if (filter.q) params.set('q', filter.q);
  const query = params.toString();
  return `/tools/${query ? `?${query}` : ''}`;
}

/** Shows the matching cards and hides the rest; returns how many are shown. */
export function applyToolFilter(cards: HTMLElement[], filter: ToolFilter): number {
  const words = filter.q.toLowerCase().split(/\s+/).filter(Boolean);
  let shown = 0;
  for (const card of cards) {
    const d = card.dataset;
    const match =
      (!filter.facets.category || (d.category ?? '').split(' ').includes(filter.facets.category)) &&
      (!filter.facets.experiment || (d.experiment ?? '').split(' ').includes(filter.facets.experiment)) &&
      (!filter.facets.lifecycle || d.lifecycle === filter.facets.lifecycle) &&
      words.every((w) => (d.text ?? '').includes(w));
    card.hidden = !match;
    if (match) shown++;
  }
  return shown;
}

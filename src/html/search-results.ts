import { SEARCH_FACET_TITLES, SEARCH_FACETS, SEARCH_KIND_LABELS } from '../lib/search-facets';
import { escapeHtml } from './escape';
import { type SearchView, searchUrl, hasFilters } from '../lib/search-links';

const KIND_LABELS: Record<string, string> = { tool: 'Tool', model: 'Model', dataset: 'Dataset' };
const FILTER_KEYS = ['kind', ...SEARCH_FACETS] as const;

/** Snippets mark matches with \u0002…\u0003; escape the text, then mark them up. */
export function snippetToHtml(snippet: string): string {
  return escapeHtml(snippet)
    .replace(/\u0002/g, '<mark>')
    .replace(/\u0003/g, '</mark>');
}

function totalText(view: SearchView): string {
  const n = view.total.toLocaleString('en');
  return view.totalExact ? `${n} result${view.total === 1 ? '' : 's'}` : `More than ${n} results`;
}

export function renderSearchResults(view: SearchView): string {
  const { query, filters, hits } = view;
  if (!query && !hasFilters(filters)) {
    return (
      '<p class="muted">Type a word or two: model and dataset names, tasks, tags, experiments, formats… ' +
      'Or browse the <a href="/models/">models</a>, <a href="/datasets/">datasets</a> and <a href="/tools/">tools</a>.</p>'
    );
  }
  const what = query ? `“${escapeHtml(query)}”` : 'these filters';
  if (hits.length === 0) {
    return (
      `<div class="empty-state"><strong>Nothing matches ${what}.</strong>` +
      (hasFilters(filters) ? `<a href="${escapeHtml(searchUrl(query, {}))}">Search without filters</a>, try` : 'Try') +
      ' fewer or shorter words, or browse the <a href="/models/">models</a>, <a href="/datasets/">datasets</a> and <a href="/tools/">tools</a>.</div>'
    );
  }
  const items = hits
    .map(
      (hit) =>
        `<li class="card"><div class="result-meta"><span class="badge accent">${escapeHtml(KIND_LABELS[hit.kind] ?? hit.kind)}</span>` +
        (hit.badges ?? []).map((b) => `<span class="badge">${escapeHtml(b)}</span>`).join('') +
        '</div>' +
        `<h3><a href="${escapeHtml(new URL(hit.url, 'http://x').pathname)}">${escapeHtml(hit.name)}</a></h3>` +
        `<p class="muted" style="margin:0">${escapeHtml(hit.summary)}</p>` +
        (hit.snippetHtml ? `<p class="small" style="margin:0.4rem 0 0">${hit.snippetHtml}</p>` : '') +
        '</li>',
    )
    .join('');
  const more = view.nextCursor
    ? `<p><a class="button secondary" data-search-next href="${escapeHtml(searchUrl(query, filters, view.nextCursor))}">Next results</a></p>`
    : '';
  return `<p class="muted small" data-search-count>${totalText(view)} for ${what}</p><ul class="result-list">${items}</ul>${more}`;
}

/**
 * The facet sidebar: one list per facet, each value a link that toggles the filter (so it
 * works without JavaScript; the island intercepts the clicks).
 */
export function renderSearchFacets(view: SearchView): string {
  const { query, filters } = view;
  if (!query && !hasFilters(filters)) return '';
  const sections = FILTER_KEYS.map((key) => {
    const values = view.facets[key] ?? [];
    const active = filters[key];
    if (values.length === 0 && !active) return '';
    const shown =
      active && !values.some((v) => v.value === active)
        ? [{ value: active, label: active, count: 0 }, ...values]
        : values;
    const title = key === 'kind' ? 'Kind' : SEARCH_FACET_TITLES[key];
    const links = shown
      .map((v) => {
        const on = v.value === active;
        const href = searchUrl(query, { ...filters, [key]: on ? undefined : v.value });
        const count = `${v.count.toLocaleString('en')}${view.facetsExact ? '' : '+'}`;
        return (
          `<li><a href="${escapeHtml(href)}" data-facet="${key}" data-value="${escapeHtml(v.value)}"${on ? ' aria-current="page"' : ''}>` +
          `<span>${escapeHtml(key === 'kind' ? (SEARCH_KIND_LABELS[v.value as keyof typeof SEARCH_KIND_LABELS] ?? v.label) : v.label)}</span>` +
          `<span class="count">${on && v.count === 0 ? '' : count}</span></a></li>`
        );
      })
      .join('');
    return `<h2 id="facet-${key}">${title}</h2><ul class="facet-list" aria-labelledby="facet-${key}">${links}</ul>`;
  }).join('');
  const note = view.facetsExact
    ? ''
    : '<p class="muted small">Counts cover the newest matches; “+” means at least.</p>';
  const clear = hasFilters(filters)
    ? `<p class="small"><a href="${escapeHtml(searchUrl(query, {}))}" data-search-clear>Clear filters</a></p>`
    : '';
  return `${clear}${sections}${note}`;
}

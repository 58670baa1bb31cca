import { SEARCH_FACET_TITLES, SEARCH_FACETS, SEARCH_KIND_LABELS } from '../lib/search-facets';
import { escapeHtml } from './escape';
import { type RenderableHit, type SearchGroup, type SearchView, searchUrl, hasFilters } from '../lib/search-links';

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
  if (view.groups ? view.groups.every((g) => g.total === 0) : hits.length === 0) {
    return (
      `<div class="empty-state"><strong>Nothing matches ${what}.</strong>` +
      (hasFilters(filters) ? `<a href="${escapeHtml(searchUrl(query, {}))}">Search without filters</a>, try` : 'Try') +
      ' fewer or shorter words, or browse the <a href="/models/">models</a>, <a href="/datasets/">datasets</a> and <a href="/tools/">tools</a>.</div>'
    );
  }
  if (view.groups) return renderGroups(view, view.groups, what);
  const more = view.nextCursor
    ? `<p><a class="button secondary" data-search-next href="${escapeHtml(searchUrl(query, filters, view.nextCursor))}">Next results</a></p>`
    : '';
  const alone = filters.kind
    ? ` · <a href="${escapeHtml(searchUrl(query, { ...filters, kind: undefined }))}" data-search-all-kinds>all kinds</a>`
    : '';
  return `<p class="muted small" data-search-count>${totalText(view)} for ${what}${alone}</p><ul class="result-list">${renderHits(hits)}</ul>${more}`;
}

function renderHits(hits: readonly RenderableHit[]): string {
  return hits
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
}

/** Hits grouped by kind, in a fixed order: a heading with the count, the first hits, "Show all N …". */
function renderGroups(view: SearchView, groups: readonly SearchGroup[], what: string): string {
  const { query, filters } = view;
  const sections = groups
    .filter((g) => g.total > 0)
    .map((g) => {
      const label = SEARCH_KIND_LABELS[g.kind];
      const count = `${g.totalExact ? '' : 'more than '}${g.total.toLocaleString('en')}`;
      const all =
        g.total > g.hits.length
          ? `<p class="small"><a href="${escapeHtml(searchUrl(query, { ...filters, kind: g.kind }))}" data-search-show-all="${g.kind}">Show all ${count} ${label.toLowerCase()}</a></p>`
          : '';
      return (
        `<section aria-labelledby="results-${g.kind}" data-search-group="${g.kind}">` +
        `<h2 id="results-${g.kind}">${label} <span class="muted small" data-search-group-count>${count}</span></h2>` +
        `<ul class="result-list">${renderHits(g.hits)}</ul>${all}</section>`
      );
    })
    .join('');
  return `<p class="muted small" data-search-count>${totalText(view)} for ${what}</p>${sections}`;
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

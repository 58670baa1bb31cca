/** Rendering of search hits, shared by the server-rendered search page and its live island. */

export interface RenderableHit {
  kind: string;
  name: string;
  summary: string;
  url: string;
  snippetHtml: string;
}

const KIND_LABELS: Record<string, string> = { tool: 'Tool', model: 'Model', dataset: 'Dataset' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** FTS snippets mark matches with \u0002…\u0003; escape the text, then mark them up. */
export function snippetToHtml(snippet: string): string {
  return escapeHtml(snippet).replace(/\u0002/g, '<mark>').replace(/\u0003/g, '</mark>');
}

export function snippetToText(snippet: string): string {
  return snippet.replace(/[\u0002\u0003]/g, '');
}

export function pagePathOf(kind: string, slug: string): string {
  return `/${kind}s/${slug}/`;
}

export function renderSearchResults(query: string, hits: RenderableHit[], total: number): string {
  if (!query) return '<p class="muted">Type a word or two: tool names, tasks, tags, experiments…</p>';
  if (hits.length === 0) {
    return (
      `<div class="empty-state"><strong>Nothing matches “${escapeHtml(query)}”.</strong>` +
      'Try fewer or shorter words, or browse the <a href="/tools/">tools directory</a>.</div>'
    );
  }
  const items = hits
    .map(
      (hit) =>
        `<li class="card"><div class="result-meta"><span class="badge accent">${escapeHtml(KIND_LABELS[hit.kind] ?? hit.kind)}</span></div>` +
        `<h3><a href="${escapeHtml(new URL(hit.url, 'http://x').pathname)}">${escapeHtml(hit.name)}</a></h3>` +
        `<p class="muted" style="margin:0">${escapeHtml(hit.summary)}</p>` +
        (hit.snippetHtml ? `<p class="small" style="margin:0.4rem 0 0">${hit.snippetHtml}</p>` : '') +
        '</li>',
    )
    .join('');
  const more = total > hits.length ? ` (showing the first ${hits.length})` : '';
  return `<p class="muted small" data-search-count>${total} result${total === 1 ? '' : 's'} for “${escapeHtml(query)}”${more}</p><ul class="result-list">${items}</ul>`;
}

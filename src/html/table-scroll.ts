import { escapeHtml } from './escape';

/**
 * A table in the site's scroll region (the string twin of src/components/TableScroll.astro):
 * named for screen readers, reachable with the keyboard, key column sticky, edges shadowed
 * while it scrolls (src/styles/layout.css). `attributes` are written as given (escape values).
 */
export function tableScroll(label: string, tableHtml: string, className = '', attributes = ''): string {
  const classes = ['table-wrap', className].filter(Boolean).join(' ');
  return `<div class="${escapeHtml(classes)}" role="region" aria-label="${escapeHtml(`${label} table`)}" tabindex="0"${attributes ? ` ${attributes}` : ''}>${tableHtml}</div>`;
}

/** The attributes that make a `.table-wrap` a named, focusable scroll region (for markup written inline). */
export function scrollRegion(label: string): string {
  return `role="region" aria-label="${escapeHtml(`${label} table`)}" tabindex="0"`;
}

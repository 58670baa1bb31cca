/**
 * Numbered pages for long lists (`?page=N`, 1-based), so every page has a stable URL that works
 * without JavaScript and a crawler can reach every record.
 */
export interface PageWindow {
  /** The page shown, 1-based. */
  page: number;
  pageCount: number;
  pageSize: number;
  total: number;
  offset: number;
}

/**
 * The requested page of `total` items, or null when the request names no such page (not a
 * positive integer, or past the last page; page 1 of an empty list exists).
 */
export function pageWindow(requested: string | null, total: number, pageSize: number): PageWindow | null {
  const page = requested === null || requested === '' ? 1 : /^[1-9]\d{0,6}$/.test(requested) ? Number(requested) : NaN;
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  if (!Number.isInteger(page) || page > pageCount) return null;
  return { page, pageCount, pageSize, total, offset: (page - 1) * pageSize };
}

/** The URL of page `page` of the list at `url` (page 1 drops the parameter). */
export function pageHref(url: URL, page: number, param = 'page'): string {
  const next = new URL(url);
  if (page <= 1) next.searchParams.delete(param);
  else next.searchParams.set(param, String(page));
  return next.pathname + next.search;
}

/** Page numbers to link: the first, the last, and a few around the current one; null marks a gap. */
export function pageLinks(window: Pick<PageWindow, 'page' | 'pageCount'>, around = 2): (number | null)[] {
  const { page, pageCount } = window;
  const wanted = new Set([1, pageCount]);
  for (let p = page - around; p <= page + around; p++) if (p >= 1 && p <= pageCount) wanted.add(p);
  const sorted = [...wanted].sort((a, b) => a - b);
  const links: (number | null)[] = [];
  for (const [i, p] of sorted.entries()) {
    if (i > 0 && p - sorted[i - 1]! > 1) links.push(null);
    links.push(p);
  }
  return links;
}

/**
 * The sitemap protocol (https://www.sitemaps.org/protocol.html): `/sitemap.xml` is an index of
 * paged sitemaps, one series per kind of page, each file at most SITEMAP_PAGE_SIZE URLs (the
 * protocol allows 50,000), so no request ever reads a whole table.
 */
import { cacheTags } from './cache-tags';

export const SITEMAP_PAGE_SIZE = 10_000;

/** Paged series of record pages; `pages` (the fixed pages of the site) is one file. */
export const SITEMAP_SERIES = ['tools', 'models', 'model-versions', 'datasets', 'hardware'] as const;
export type SitemapSeries = (typeof SITEMAP_SERIES)[number];

export type SitemapFile = { series: 'pages' } | { series: SitemapSeries; page: number };

export interface SitemapEntry {
  /** Absolute URL. */
  loc: string;
  lastmod?: Date;
}

/** The file name (under /sitemaps/) of a sitemap file. */
export function sitemapFileName(file: SitemapFile): string {
  return file.series === 'pages' ? 'pages.xml' : `${file.series}-${file.page}.xml`;
}

/** Reads a file name's stem (`tools-2`, `pages`); null for anything else, such as `tools-0` or `tools-02`. */
export function parseSitemapName(name: string): SitemapFile | null {
  if (name === 'pages') return { series: 'pages' };
  const match = /^([a-z-]+)-([1-9]\d{0,6})$/.exec(name);
  const series = match?.[1] as SitemapSeries | undefined;
  if (!series || !SITEMAP_SERIES.includes(series)) return null;
  return { series, page: Number(match![2]) };
}

/** How many files a series of `count` URLs takes (none when empty: a sitemap must list a URL). */
export const sitemapPageCount = (count: number, pageSize = SITEMAP_PAGE_SIZE) =>
  Math.ceil(Math.max(0, count) / pageSize);

/** The cache tags of a sitemap file: the kinds of record it lists. */
export function sitemapFileTags(file: SitemapFile): string[] {
  switch (file.series) {
    case 'pages':
      return [];
    case 'tools':
      return [cacheTags.tools];
    case 'models':
    case 'model-versions':
      return [cacheTags.models];
    case 'datasets':
      return [cacheTags.datasets];
    case 'hardware':
      return [cacheTags.hardware];
  }
}

export function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[ch]!,
  );
}

/** A W3C Datetime in UTC to the second, as the protocol's `lastmod` takes it. */
export const w3cDatetime = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';
const NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';

export function renderUrlset(entries: readonly SitemapEntry[]): string {
  const urls = entries.map(
    (e) =>
      `<url><loc>${escapeXml(e.loc)}</loc>${e.lastmod ? `<lastmod>${w3cDatetime(e.lastmod)}</lastmod>` : ''}</url>\n`,
  );
  return `${XML_DECLARATION}<urlset xmlns="${NS}">\n${urls.join('')}</urlset>\n`;
}

export function renderSitemapIndex(locs: readonly string[]): string {
  const sitemaps = locs.map((loc) => `<sitemap><loc>${escapeXml(loc)}</loc></sitemap>\n`);
  return `${XML_DECLARATION}<sitemapindex xmlns="${NS}">\n${sitemaps.join('')}</sitemapindex>\n`;
}

/** Everything may be crawled but the API; the sitemap is named by its absolute URL. */
export function robotsTxt(publicUrl: string): string {
  return `User-agent: *\nAllow: /\nDisallow: /api/\n\nSitemap: ${new URL('/sitemap.xml', publicUrl).toString()}\n`;
}

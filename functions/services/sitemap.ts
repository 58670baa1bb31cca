import {
  sitemapCounts,
  sitemapDatasets,
  sitemapModels,
  sitemapModelVersions,
  sitemapTools,
  type SitemapSlice,
} from '../../db/queries/sitemap';
import { sitemapPools } from '../../db/queries/hardware';
import { DEMOS } from '../../src/lib/demos/demo-list';
import {
  SITEMAP_PAGE_SIZE,
  SITEMAP_SERIES,
  sitemapFileName,
  sitemapPageCount,
  type SitemapEntry,
  type SitemapFile,
  type SitemapSeries,
} from '../../src/lib/sitemap';
import type { ServiceContext } from '../hub';

/** The site's pages that hold no record, in the order a reader meets them. */
export const STATIC_PAGES: readonly string[] = [
  '/',
  '/tools/',
  '/tools/suggest/',
  '/hardware/',
  '/models/',
  '/datasets/',
  '/benchmarks/',
  '/costs/',
  '/demos/',
  ...DEMOS.map((demo) => `/demos/${demo.slug}/`),
  '/inspect/',
  '/docs/api/',
  '/docs/events/',
];

const absolute = (ctx: ServiceContext, path: string) => new URL(path, ctx.config.publicUrl).toString();

/** The absolute URLs of every sitemap file: the fixed pages, then each series' pages (empty series left out). */
export async function sitemapIndex(ctx: ServiceContext, pageSize = SITEMAP_PAGE_SIZE): Promise<string[]> {
  const counts = await sitemapCounts(ctx.db);
  const countOf: Record<SitemapSeries, number> = {
    tools: counts.tools,
    models: counts.models,
    'model-versions': counts.modelVersions,
    datasets: counts.datasets,
    hardware: counts.hardware,
  };
  const files: SitemapFile[] = [{ series: 'pages' }];
  for (const series of SITEMAP_SERIES) {
    for (let page = 1; page <= sitemapPageCount(countOf[series], pageSize); page++) files.push({ series, page });
  }
  return files.map((file) => absolute(ctx, `/sitemaps/${sitemapFileName(file)}`));
}

/** The URLs of one sitemap file, or null when it does not exist (a page past the end of its series). */
export async function sitemapEntries(
  ctx: ServiceContext,
  file: SitemapFile,
  pageSize = SITEMAP_PAGE_SIZE,
): Promise<SitemapEntry[] | null> {
  if (file.series === 'pages') return STATIC_PAGES.map((path) => ({ loc: absolute(ctx, path) }));
  const slice: SitemapSlice = { limit: pageSize, offset: (file.page - 1) * pageSize };
  const { db } = ctx;
  let entries: SitemapEntry[];
  switch (file.series) {
    case 'tools':
      entries = (await sitemapTools(db, slice)).map((r) => ({
        loc: absolute(ctx, `/tools/${r.slug}/`),
        lastmod: r.updatedAt,
      }));
      break;
    case 'models':
      entries = (await sitemapModels(db, slice)).map((r) => ({
        loc: absolute(ctx, `/models/${r.slug}/`),
        lastmod: r.updatedAt,
      }));
      break;
    case 'model-versions':
      entries = (await sitemapModelVersions(db, slice)).map((r) => ({
        loc: absolute(ctx, `/models/${r.slug}/v/${r.version}/`),
        lastmod: r.updatedAt,
      }));
      break;
    case 'datasets':
      entries = (await sitemapDatasets(db, slice)).map((r) => ({
        loc: absolute(ctx, `/datasets/${r.slug}/`),
        lastmod: r.updatedAt,
      }));
      break;
    case 'hardware':
      entries = (await sitemapPools(db, slice)).map((r) => ({
        loc: absolute(ctx, `/hardware/${r.slug}/`),
        lastmod: r.updatedAt,
      }));
      break;
  }
  return entries.length > 0 ? entries : null;
}

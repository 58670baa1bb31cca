import type { APIRoute } from 'astro';
import { sitemapIndex } from '../../functions/services/sitemap';
import { cacheTags } from '../lib/cache-tags';
import { renderSitemapIndex } from '../lib/sitemap';

/** The sitemap index: one paged sitemap per kind of page (see src/lib/sitemap.ts). */
export const GET: APIRoute = async ({ locals }) => {
  for (const tag of [cacheTags.tools, cacheTags.models, cacheTags.datasets]) locals.cacheTags.add(tag);
  const body = renderSitemapIndex(await sitemapIndex(locals.hub));
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};

import type { APIRoute } from 'astro';
import { sitemapEntries } from '../../../functions/services/sitemap';
import { parseSitemapName, renderUrlset, sitemapFileTags } from '../../lib/sitemap';

const notFound = () =>
  new Response('No such sitemap file: /sitemap.xml lists them.\n', {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });

/** One file of the sitemap (`pages.xml`, `tools-1.xml`, `model-versions-3.xml`, …), listed by /sitemap.xml. */
export const GET: APIRoute = async ({ params, locals }) => {
  const file = parseSitemapName(params.name ?? '');
  if (!file) return notFound();
  for (const tag of sitemapFileTags(file)) locals.cacheTags.add(tag);
  const entries = await sitemapEntries(locals.hub, file);
  if (!entries) return notFound();
  return new Response(renderUrlset(entries), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};

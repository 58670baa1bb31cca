/** The search page on the edge host: the static shell, filled with results for `?q=`. */
import { drizzle } from 'drizzle-orm/d1';
import { schema, type Db } from '../../db/client';
import type { AssetsBinding, D1Database, PagesContext } from '../edge-context';
import { renderSearchPage } from '../search-page';

interface Env {
  DB: D1Database;
  ASSETS: AssetsBinding;
}

export const onRequestGet = async ({ request, env, next }: PagesContext<Env>) => {
  const url = new URL(request.url);
  if (!url.searchParams.get('q')) return next();
  const shell = await (await env.ASSETS.fetch(new URL('/search/', url))).text();
  const html = await renderSearchPage(drizzle(env.DB, { schema }) as unknown as Db, shell, url);
  return new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' } });
};

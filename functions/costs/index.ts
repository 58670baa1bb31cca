/** The cost page on the edge host: the static shell, filled with the estimate for the URL. */
import { drizzle } from 'drizzle-orm/d1';
import { schema, type Db } from '../../db/client';
import { resolveConfig } from '../config';
import { renderCostPage } from '../cost-page';
import type { AssetsBinding, D1Database, PagesContext } from '../edge-context';

interface Env {
  DB: D1Database;
  ASSETS: AssetsBinding;
  PUBLIC_URL?: string;
}

export const onRequestGet = async ({ request, env }: PagesContext<Env>) => {
  const url = new URL(request.url);
  const shell = await (await env.ASSETS.fetch(new URL('/costs/', url))).text();
  const config = resolveConfig(env.PUBLIC_URL ? { publicUrl: env.PUBLIC_URL } : {});
  const html = await renderCostPage(drizzle(env.DB, { schema }) as unknown as Db, config, shell, url);
  return new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' } });
};

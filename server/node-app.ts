import { getConnInfo } from '@hono/node-server/conninfo';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono, type Context } from 'hono';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from '../db/client';
import { createApp } from '../functions/app';
import { renderSearchPage } from '../functions/search-page';
import type { AppConfigInput } from '../functions/config';
import type { SitePublisher } from './publisher';

export interface NodeAppOptions {
  db: Db;
  publisher: SitePublisher;
  appConfig: AppConfigInput;
  trustProxy: boolean;
}

/** The client address: the socket peer, or the first X-Forwarded-For hop behind a trusted proxy. */
export function clientAddressOf(c: Context, trustProxy: boolean): string | undefined {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address;
  } catch {
    return undefined;
  }
}

/**
 * The single-node host: the API under /api and the published static site for everything
 * else, on one port. Cross-origin isolation headers let the demos use threaded WASM.
 */
export function createNodeApp({ db, publisher, appConfig, trustProxy }: NodeAppOptions) {
  const api = createApp({
    db,
    config: appConfig,
    hooks: {
      clientAddress: (c) => clientAddressOf(c, trustProxy),
      onPublicChange: (reason) => publisher.request(reason),
    },
  });

  const app = new Hono();
  app.use('*', async (c, next) => {
    await next();
    c.header('Cross-Origin-Opener-Policy', 'same-origin');
    c.header('Cross-Origin-Embedder-Policy', 'require-corp');
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'strict-origin-when-cross-origin');
  });
  app.get('/api/site/status', (c) => c.json(publisher.status()));
  app.route('/', api);

  const searchPage = async (c: Context, next: () => Promise<void>) => {
    const root = publisher.current();
    if (!root || !c.req.query('q')) return next();
    const shell = readFileSync(join(root, 'search', 'index.html'), 'utf8');
    c.header('Cache-Control', 'no-store');
    return c.html(await renderSearchPage(db, shell, new URL(c.req.url)));
  };
  app.get('/search', searchPage);
  app.get('/search/', searchPage);

  app.get('*', async (c, next) => {
    const root = publisher.current();
    if (!root) {
      return c.html(
        '<!doctype html><meta charset="utf-8"><meta http-equiv="refresh" content="3"><title>Publishing…</title>' +
          '<p style="font-family:system-ui;margin:3rem">The hub is publishing its site for the first time; this page reloads by itself.</p>',
        503,
        { 'Retry-After': '3' },
      );
    }
    const immutable = c.req.path.startsWith('/_astro/');
    c.header('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    return serveStatic({ root })(c, next);
  });

  app.notFound((c) => {
    const root = publisher.current();
    const page = root && join(root, '404.html');
    if (page && existsSync(page)) return c.html(readFileSync(page, 'utf8'), 404);
    return c.text('Not found', 404);
  });
  return app;
}

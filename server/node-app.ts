import { getConnInfo } from '@hono/node-server/conninfo';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono, type Context } from 'hono';
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Db } from '../db/client';
import { createApp } from '../functions/app';
import { renderCostPage } from '../functions/cost-page';
import { renderSearchPage } from '../functions/search-page';
import { resolveConfig, type AppConfigInput } from '../functions/config';
import type { AppHooks } from '../functions/env';
import type { SitePublisher } from './publisher';
import type { SelfProfileStatus } from './self-profile';

export interface NodeAppOptions {
  db: Db;
  publisher: SitePublisher;
  appConfig: AppConfigInput;
  trustProxy: boolean;
  /** The first-start self-profile of the demo models, whose progress the benchmark pages show. */
  selfProfile?: { status(): SelfProfileStatus };
  /** More host hooks (webhooks: DNS resolution for outbound targets, waking the delivery worker, the writer thread). */
  hooks?: Pick<AppHooks, 'resolveHost' | 'onOutboundQueued' | 'executeWrites' | 'hmacSha256'>;
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
export function createNodeApp({ db, publisher, appConfig, trustProxy, hooks, selfProfile }: NodeAppOptions) {
  const api = createApp({
    db,
    config: appConfig,
    hooks: {
      clientAddress: (c) => clientAddressOf(c, trustProxy),
      onPublicChange: (reason) => publisher.request(reason),
      sitePage: async (path) => {
        const root = publisher.current();
        const file = root && join(root, path, 'index.html');
        return file && existsSync(file) ? readFile(file, 'utf8') : null;
      },
      ...hooks,
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
  app.get('/api/benchmarks/self-profile', (c) => {
    c.header('Cache-Control', 'no-store');
    return selfProfile
      ? c.json(selfProfile.status())
      : c.json({ error: { code: 'not_found', message: 'This host does not profile itself.' } }, 404);
  });
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

  // The cost page is always filled server-side: without JavaScript the form and estimate come from here.
  const resolvedConfig = resolveConfig(appConfig);
  const costPage = async (c: Context, next: () => Promise<void>) => {
    const root = publisher.current();
    const file = root && join(root, 'costs', 'index.html');
    if (!file || !existsSync(file)) return next();
    c.header('Cache-Control', 'no-store');
    return c.html(await renderCostPage(db, resolvedConfig, readFileSync(file, 'utf8'), new URL(c.req.url)));
  };
  app.get('/costs', costPage);
  app.get('/costs/', costPage);

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

import { getConnInfo } from '@hono/node-server/conninfo';
import { RESPONSE_ALREADY_SENT } from '@hono/node-server/utils/response';
import type { HttpBindings } from '@hono/node-server';
import { Hono, type Context } from 'hono';
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { Db } from '../db/client';
import { createApp } from '../functions/app';
import { resolveConfig, type AppConfigInput } from '../functions/config';
import { INTERNAL_ERROR_MESSAGE, internalErrorBody, logInternalError } from '../functions/errors';
import type { AppHooks } from '../functions/env';
import type { Hub } from '../functions/hub';
import type { RenderCache } from './page-cache';
import type { SelfProfileStatus } from './self-profile';
import { clientAddress, type ProxyTrust } from './client-address';
import { compressNodeResponse } from './compression';
import { staticFiles } from './static-files';
import { securityHeaders } from '../src/lib/security-headers';

/** Astro's Node adapter in middleware mode: renders a page into the response, with our locals. */
export type PageHandler = (
  req: IncomingMessage,
  res: ServerResponse,
  next: (error?: unknown) => void,
  locals: { hub: Hub },
) => Promise<void>;

export interface NodeAppOptions {
  db: Db;
  appConfig: AppConfigInput;
  /** Proxies trusted to report the client address (TRUST_PROXY); none by default. */
  trustProxy?: ProxyTrust | undefined;
  /** The built site (dist/node): its static files and its page handler. */
  site: { clientDir: string; handler: PageHandler };
  renderCache: RenderCache;
  /** The first-start self-profile of the demo models, whose progress the benchmark pages show. */
  selfProfile?: { status(): SelfProfileStatus };
  /** More host hooks (webhooks: DNS resolution for outbound targets, waking the delivery worker, the writer thread; the ONNX inspection pool). */
  hooks?: Pick<AppHooks, 'resolveHost' | 'onOutboundQueued' | 'executeWrites' | 'hmacSha256' | 'inspectOnnx'>;
}

/** The client address: the socket peer, or the first untrusted X-Forwarded-For hop from the right. */
export function clientAddressOf(c: Context, trust: ProxyTrust | undefined): string | undefined {
  let peer: string | undefined;
  try {
    peer = getConnInfo(c).remote.address;
  } catch {
    peer = undefined;
  }
  return clientAddress(peer, c.req.header('x-forwarded-for'), trust);
}

/**
 * The single-node host on one port: the API under /api, the built site's files (hashed assets
 * cached for a year), and every page through Astro's Node adapter. Writes drop exactly the
 * cached pages that show what they changed.
 */
export function createNodeApp({ db, appConfig, trustProxy, site, renderCache, hooks, selfProfile }: NodeAppOptions) {
  const config = resolveConfig(appConfig);
  const api = createApp({
    db,
    config,
    hooks: {
      clientAddress: (c) => clientAddressOf(c, trustProxy),
      onPublicChange: (change) => renderCache.invalidate(change.tags),
      sitePage: async (path) => readFile(join(site.clientDir, path, 'index.html'), 'utf8').catch(() => null),
      ...hooks,
    },
  });
  const hub: Hub = { db, config, api, pages: renderCache };

  const app = new Hono<{ Bindings: HttpBindings }>();
  // Failures outside the API (static files, the page handler): an id to quote, the stack in the log only.
  app.onError((err, c) => {
    const errorId = logInternalError('host', c.req.method, c.req.path, err);
    return c.req.path.startsWith('/api/')
      ? c.json(internalErrorBody(errorId), 500)
      : c.text(`${INTERNAL_ERROR_MESSAGE} (error id ${errorId})`, 500);
  });
  app.use('*', async (c, next) => {
    for (const [name, value] of securityHeaders(c.req.path)) c.env.outgoing.setHeader(name, value);
    // Pages and API answers are compressed as they are written (server/compression.ts).
    compressNodeResponse(c.env.incoming, c.env.outgoing);
    await next();
  });
  app.get('/api/benchmarks/self-profile', (c) => {
    c.header('Cache-Control', 'no-store');
    return selfProfile
      ? c.json(selfProfile.status())
      : c.json({ error: { code: 'not_found', message: 'This host does not profile itself.' } }, 404);
  });
  // This host's render cache: its byte limit and what it holds now (the publishing benchmark reads it).
  app.get('/api/render-cache', (c) => {
    c.header('Cache-Control', 'no-store');
    return c.json({ ...renderCache.stats(), rssBytes: process.memoryUsage().rss });
  });
  app.route('/', api);

  // The built site's files, precompressed at build time; hashed assets cached for a year.
  app.use('*', staticFiles(site.clientDir));

  // Astro answers every route it knows; for any other path it calls `next`: the site's 404 page.
  const notFoundPage = readFile(join(site.clientDir, '404.html'), 'utf8').catch(() => 'Not found');
  app.all('*', async (c) => {
    const { incoming, outgoing } = c.env;
    await site.handler(
      incoming,
      outgoing,
      () =>
        void notFoundPage.then((html) =>
          outgoing.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' }).end(html),
        ),
      { hub },
    );
    return RESPONSE_ALREADY_SENT;
  });
  return app;
}

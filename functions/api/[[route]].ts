/**
 * The edge host: the same Hono app as a Cloudflare Pages Function, on a D1 database
 * (binding `DB`, see wrangler.toml). Static pages come from `dist/`; after a write that
 * changes a public page, a Pages deploy hook (if configured) rebuilds the site.
 */
import { drizzle } from 'drizzle-orm/d1';
import { schema, type Db } from '../../db/client';
import { createApp } from '../app';
import { resolveConfig } from '../config';
import { allowRawStatementsInD1Batches } from '../d1-batch-compat';
import type { AssetsBinding, D1Database, PagesContext } from '../edge-context';
import { runOutboundCycle } from '../outbound/cycle';
import { serverKeyProvider } from '../webhooks/services';

export interface EdgeEnv {
  DB: D1Database;
  /** The static site (Pages' own binding). */
  ASSETS?: AssetsBinding;
  PUBLIC_URL?: string;
  /** Cloudflare Pages deploy hook URL: POSTed after public changes to republish the site. */
  DEPLOY_HOOK_URL?: string;
  /** Server key material (≥ 32 chars) encrypting webhook secrets: `wrangler pages secret put HUB_SECRET_KEY`. */
  HUB_SECRET_KEY?: string;
  /** "1" lets outbound webhooks reach private addresses (local development only). */
  WEBHOOK_ALLOW_PRIVATE_TARGETS?: string;
}

/**
 * How often a request may also carry an outbound pass. Pages Functions have no background
 * worker or cron of their own, so due retries and max-age policies ride along (after the
 * response, in `waitUntil`) on ordinary traffic, at most this often per isolate; a scheduler
 * calling POST /api/webhooks/outbound/run covers quiet periods (see README).
 */
const PUMP_INTERVAL_MS = 30_000;

interface Entry {
  db: D1Database;
  app: ReturnType<typeof createApp>;
  pump: () => Promise<unknown>;
  lastPump: number;
}

let cached: Entry | undefined;

export function appFor(env: EdgeEnv) {
  return entryFor(env).app;
}

function entryFor(env: EdgeEnv): Entry {
  if (cached?.db === env.DB) return cached;
  // drizzle's D1 driver has the same query builder and batch() as the libSQL one.
  const db = drizzle(env.DB, { schema }) as unknown as Db;
  allowRawStatementsInD1Batches(db);
  const config = resolveConfig({
    ...(env.PUBLIC_URL ? { publicUrl: env.PUBLIC_URL } : {}),
    webhooks: {
      ...(env.HUB_SECRET_KEY ? { secretKey: env.HUB_SECRET_KEY } : {}),
      allowPrivateTargets: env.WEBHOOK_ALLOW_PRIVATE_TARGETS === '1',
    },
  });
  const app = createApp({
    db,
    config,
    hooks: {
      clientAddress: (c) => c.req.header('cf-connecting-ip') ?? undefined,
      sitePage: async (path, c) => {
        const res = await env.ASSETS?.fetch(new URL(path, c.req.url));
        return res?.ok ? res.text() : null;
      },
      onPublicChange: (reason, c) => {
        if (!env.DEPLOY_HOOK_URL) return;
        const request = fetch(env.DEPLOY_HOOK_URL, { method: 'POST' }).catch((error: unknown) =>
          console.error(`deploy hook failed after "${reason}":`, error),
        );
        try {
          c?.executionCtx.waitUntil(request);
        } catch {
          // No execution context (tests): the request still runs.
        }
      },
    },
  });
  const serverKey = serverKeyProvider(config.webhooks.secretKey);
  const pump = () =>
    runOutboundCycle({ db, config, serverKey, hooks: {}, now: () => new Date() }).catch((error: unknown) =>
      console.error('outbound webhook pass failed:', error),
    );
  cached = { db: env.DB, app, pump, lastPump: 0 };
  return cached;
}

export const onRequest = (context: PagesContext<EdgeEnv>) => {
  const entry = entryFor(context.env);
  const now = Date.now();
  if (context.env.HUB_SECRET_KEY && now - entry.lastPump >= PUMP_INTERVAL_MS) {
    entry.lastPump = now;
    context.waitUntil(entry.pump());
  }
  return entry.app.fetch(context.request, context.env, {
    waitUntil: (promise) => context.waitUntil(promise),
    passThroughOnException: () => undefined,
    props: {},
  });
};

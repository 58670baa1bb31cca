/**
 * The edge host: the Hono API and the on-demand pages run in one Cloudflare worker (built by
 * `@astrojs/cloudflare`) on a D1 database, binding `DB` (see wrangler.toml).
 */
import { drizzle } from 'drizzle-orm/d1';
import { schema, type Db } from '../../db/client';
import { createApp } from '../app';
import { resolveConfig } from '../config';
import { allowRawStatementsInD1Batches } from '../d1-batch-compat';
import type { AssetsBinding, D1Database } from '../edge-context';
import type { Hub } from '../hub';
import { runOutboundCycle } from '../outbound/cycle';
import { serverKeyProvider } from '../webhooks/services';

export interface EdgeEnv {
  DB: D1Database;
  /** The static files of the deployment (Pages' own binding). */
  ASSETS?: AssetsBinding;
  PUBLIC_URL?: string;
  /** Server key material (≥ 32 chars) encrypting webhook secrets: `wrangler pages secret put HUB_SECRET_KEY`. */
  HUB_SECRET_KEY?: string;
  /** "1" lets outbound webhooks reach private addresses (local development only). */
  WEBHOOK_ALLOW_PRIVATE_TARGETS?: string;
}

/**
 * How often a request may also carry an outbound pass: due retries and max-age policies ride
 * along (after the response, in `waitUntil`) on ordinary traffic, at most this often per
 * isolate; workers/outbound-cron covers quiet periods.
 */
const PUMP_INTERVAL_MS = 30_000;

interface Entry {
  binding: D1Database;
  hub: Hub;
  pump: () => Promise<unknown>;
  lastPump: number;
}

let cached: Entry | undefined;

function entryFor(env: EdgeEnv): Entry {
  if (cached?.binding === env.DB) return cached;
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
  const api = createApp({
    db,
    config,
    hooks: {
      clientAddress: (c) => c.req.header('cf-connecting-ip') ?? undefined,
      sitePage: async (path, c) => {
        const res = await env.ASSETS?.fetch(new URL(path, c.req.url));
        return res?.ok ? res.text() : null;
      },
      // Pages are rendered per request and cached for seconds (Cache-Control): nothing to invalidate.
    },
  });
  const serverKey = serverKeyProvider(config.webhooks.secretKey);
  const pump = () =>
    runOutboundCycle({ db, config, serverKey, hooks: {}, now: () => new Date() }).catch((error: unknown) =>
      console.error('outbound webhook pass failed:', error),
    );
  cached = { binding: env.DB, hub: { db, config, api }, pump, lastPump: 0 };
  return cached;
}

/** The deployment's hub for this request; may schedule an outbound pass after the response. */
export function edgeHub(env: EdgeEnv, waitUntil?: (promise: Promise<unknown>) => void): Hub {
  const entry = entryFor(env);
  const now = Date.now();
  if (waitUntil && env.HUB_SECRET_KEY && now - entry.lastPump >= PUMP_INTERVAL_MS) {
    entry.lastPump = now;
    waitUntil(entry.pump());
  }
  return entry.hub;
}

/**
 * The edge host: the same Hono app as a Cloudflare Pages Function, on a D1 database
 * (binding `DB`, see wrangler.toml). Static pages come from `dist/`; after a write that
 * changes a public page, a Pages deploy hook (if configured) rebuilds the site.
 */
import { drizzle } from 'drizzle-orm/d1';
import { schema, type Db } from '../../db/client';
import { createApp } from '../app';
import type { D1Database, PagesContext } from '../edge-context';

export interface EdgeEnv {
  DB: D1Database;
  PUBLIC_URL?: string;
  /** Cloudflare Pages deploy hook URL: POSTed after public changes to republish the site. */
  DEPLOY_HOOK_URL?: string;
}

let cached: { db: D1Database; app: ReturnType<typeof createApp> } | undefined;

export function appFor(env: EdgeEnv) {
  if (cached?.db === env.DB) return cached.app;
  // drizzle's D1 driver has the same query builder and batch() as the libSQL one.
  const db = drizzle(env.DB, { schema }) as unknown as Db;
  const app = createApp({
    db,
    config: env.PUBLIC_URL ? { publicUrl: env.PUBLIC_URL } : {},
    hooks: {
      clientAddress: (c) => c.req.header('cf-connecting-ip') ?? undefined,
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
  cached = { db: env.DB, app };
  return app;
}

export const onRequest = (context: PagesContext<EdgeEnv>) =>
  appFor(context.env).fetch(context.request, context.env, {
    waitUntil: (promise) => context.waitUntil(promise),
    passThroughOnException: () => undefined,
    props: {},
  });

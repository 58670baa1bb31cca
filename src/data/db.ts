/**
 * Build-time database access for pages. The site build is a host entry of its own (run by
 * the publisher or `npm run build`), so this is where it reads its database URL.
 */
import { createClient } from '@libsql/client';
import { drizzle } from 'drizzle-orm/libsql';
import { schema, type Db } from '../../db/client';

export const db: Db = drizzle(
  createClient({
    url: process.env.DATABASE_URL ?? 'file:data/hub.db',
    ...(process.env.DATABASE_AUTH_TOKEN ? { authToken: process.env.DATABASE_AUTH_TOKEN } : {}),
  }),
  { schema },
);

/** When this build of the site was published. */
export const publishedAt = new Date(process.env.HUB_PUBLISHED_AT ?? Date.now());

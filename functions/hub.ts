import type { Db } from '../db/client';
import type { Hono } from 'hono';
import type { AppConfig } from './config';

/** What services need: the database and the resolved configuration. */
export interface ServiceContext {
  db: Db;
  config: AppConfig;
}

/** A rendered data page as the Node host's render cache keeps it. */
export interface CachedPage {
  body: string;
  etag: string;
  contentType: string;
  /** What the page shows (see src/lib/cache-tags.ts); a write to any of them drops the page. */
  tags: string[];
}

/**
 * The Node host's bounded render cache. `generation()` changes on every invalidation, so a page
 * rendered while a write landed is not stored (it may show the data from before the write).
 */
export interface PageCache {
  get(key: string): CachedPage | undefined;
  set(key: string, page: CachedPage, renderedAtGeneration: number): void;
  generation(): number;
  invalidate(tags: readonly string[]): number;
}

/**
 * One deployment's shared state, handed to pages (as `Astro.locals.hub`) and to the API: the
 * same database, configuration and app on both hosts. Only the Node host has a render cache;
 * the edge relies on `Cache-Control` (see src/middleware.ts).
 */
export interface Hub extends ServiceContext {
  /** The Hono app (createApp), for hosts whose pages and API share one entry (the edge worker). */
  api: Pick<Hono, 'fetch'>;
  pages?: PageCache;
}

import type { D1Database } from '@cloudflare/workers-types';

/**
 * The parts of a Cloudflare Pages Function context we use, typed with the Web-standard
 * Request/Response of this project (workers-types' own globals clash with the DOM lib).
 */
export interface PagesContext<Env> {
  request: Request;
  env: Env;
  next: () => Promise<Response>;
  waitUntil: (promise: Promise<unknown>) => void;
}

export interface AssetsBinding {
  fetch: (input: URL | string) => Promise<Response>;
}

export type { D1Database };

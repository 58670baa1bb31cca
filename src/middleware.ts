import type { APIContext, MiddlewareNext } from 'astro';
import { defineMiddleware } from 'astro:middleware';
import { edgeHub } from '../functions/hosts/edge';
import type { CachedPage } from '../functions/hub';
import { securityHeaders } from './lib/security-headers';

/** Browsers and CDNs may keep an edge page this long; the Node host revalidates every time. */
const EDGE_MAX_AGE_SECONDS = 5;

async function etagOf(body: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-1', new TextEncoder().encode(body));
  return `"${btoa(String.fromCharCode(...new Uint8Array(digest))).replace(/=+$/, '')}"`;
}

function matches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.trim() === '*' || ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

function respond(request: Request, page: CachedPage, cacheControl: string, cache: 'hit' | 'miss' | 'none'): Response {
  const headers = new Headers({
    ETag: page.etag,
    'Cache-Control': cacheControl,
    'Content-Type': page.contentType,
    'X-Render-Cache': cache,
  });
  if (matches(request.headers.get('if-none-match'), page.etag)) return new Response(null, { status: 304, headers });
  return new Response(request.method === 'HEAD' ? null : page.body, { status: 200, headers });
}

/**
 * Every data page is rendered on demand from the database and sent with an ETag derived from
 * what it shows, so a browser or CDN revalidates with a 304. The Node host also keeps rendered
 * pages in a bounded cache that writes invalidate by tag (server/page-cache.ts); the edge host
 * lets caches keep a page for at most five seconds. Everything rendered here carries the security
 * headers (src/lib/security-headers.ts; prerendered files get them from public/_headers at the edge
 * and from server/node-app.ts on Node).
 */
export const onRequest = defineMiddleware(async (context, next) => {
  if (context.isPrerendered) return next();
  const response = await render(context, next);
  const headers = securityHeaders(context.url.pathname);
  try {
    for (const [name, value] of headers) response.headers.set(name, value);
    return response;
  } catch {
    // Immutable headers (a redirect): copy the response.
    const copy = new Response(response.body, response);
    for (const [name, value] of headers) copy.headers.set(name, value);
    return copy;
  }
});

async function render(context: APIContext, next: MiddlewareNext): Promise<Response> {
  const { locals, request } = context;
  if (!locals.hub) {
    const runtime = locals.runtime;
    // (`astro dev` hands one in through src/integrations/dev-hub.ts.)
    if (runtime) locals.hub = edgeHub(runtime.env, (promise) => runtime.ctx.waitUntil(promise));
    else throw new Error('No hub in Astro.locals: serve the site through server/ (npm start) or the edge build.');
  }
  locals.cacheTags = new Set();
  const url = new URL(request.url);
  if ((request.method !== 'GET' && request.method !== 'HEAD') || url.pathname.startsWith('/api/')) return next();

  const cache = locals.hub.pages;
  const cacheControl = cache ? 'no-cache' : `public, max-age=${EDGE_MAX_AGE_SECONDS}, must-revalidate`;
  const key = url.pathname + url.search;
  const hit = cache?.get(key);
  if (hit) return respond(request, hit, cacheControl, 'hit');

  const generation = cache?.generation() ?? 0;
  const response = await next();
  const contentType = response.headers.get('content-type') ?? '';
  const storable =
    response.status === 200 &&
    /^(text\/|application\/xml)/.test(contentType) &&
    !/no-store/.test(response.headers.get('cache-control') ?? '');
  if (!storable) return response;
  const body = await response.text();
  const page: CachedPage = { body, etag: await etagOf(body), contentType, tags: [...locals.cacheTags] };
  cache?.set(key, page, generation);
  return respond(request, page, cacheControl, cache ? 'miss' : 'none');
}

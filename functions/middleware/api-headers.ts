import type { OpenAPIHono } from '@hono/zod-openapi';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../env';

type Registry = OpenAPIHono<AppEnv>['openAPIRegistry'];

/** `/api/tools/{slug}` → a pattern for the concrete paths it documents (a trailing slash allowed). */
function pathPattern(path: string): RegExp {
  const source = path
    .split(/(\{[^}]+\})/)
    .map((part) => (/^\{[^}]+\}$/.test(part) ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}/?$`);
}

/** The GET operations documented with `security: []` (publicSecurity): anyone may read them. */
function publicReads(registry: Registry): RegExp[] {
  // The document itself is served outside the registry (functions/app.ts).
  const patterns: RegExp[] = [pathPattern('/api/openapi.json')];
  for (const definition of registry.definitions) {
    if (definition.type !== 'route') continue;
    const { method, path, security } = definition.route;
    if (method === 'get' && Array.isArray(security) && security.length === 0) patterns.push(pathPattern(path));
  }
  return patterns;
}

/**
 * Caching and sharing rules for every API answer:
 * - `Vary: Authorization` everywhere: a token changes what a read shows (a group sees its internal records).
 * - `Cache-Control: no-store` on every write (token and webhook-secret creation and rotation answer
 *   with secrets) and on every call made with credentials, whatever the route set.
 * - `Access-Control-Allow-Origin: *` on public reads, so other lab pages can embed catalog data;
 *   never credentials, and nothing for writes (their preflight gets no allow headers either).
 */
export function apiHeaders(registry: () => Registry) {
  let reads: RegExp[] | undefined;
  return createMiddleware<AppEnv>(async (c, next) => {
    await next();
    const method = c.req.method;
    const isRead = method === 'GET' || method === 'HEAD';
    let headers = c.res.headers;
    try {
      headers.append('Vary', 'Authorization');
    } catch {
      // Immutable headers (a response passed through from fetch): answer with a copy. Context's `res`
      // setter merges the old headers back in, so it is cleared first.
      const copy = new Response(c.res.body, c.res);
      c.res = undefined;
      c.res = copy;
      headers = copy.headers;
      headers.append('Vary', 'Authorization');
    }
    if (!isRead || c.req.header('authorization') !== undefined) headers.set('Cache-Control', 'no-store');
    reads ??= publicReads(registry());
    const path = c.req.path;
    if (isRead && reads.some((pattern) => pattern.test(path))) headers.set('Access-Control-Allow-Origin', '*');
    else headers.delete('Access-Control-Allow-Origin');
  });
}

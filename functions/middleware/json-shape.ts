import { createMiddleware } from 'hono/factory';
import { checkJsonShape, JSON_LIMITS } from '../../src/lib/json-shape';
import { ApiError } from '../errors';
import type { AppEnv } from '../env';

/** The media types Hono's validator parses as JSON (hono/validator `jsonRegex`). */
const JSON_MEDIA_TYPE = /^application\/([\w.-]+\+)?json$/i;

export function tooDeep(message: string): ApiError {
  return new ApiError(
    400,
    'too_deep',
    `${message} Limits: depth ${JSON_LIMITS.maxDepth}, ${JSON_LIMITS.maxKeys} keys.`,
    {
      maxDepth: JSON_LIMITS.maxDepth,
      maxKeys: JSON_LIMITS.maxKeys,
    },
  );
}

/**
 * Refuses JSON bodies nested deeper or with more keys than JSON_LIMITS (400 `too_deep`) before
 * any route parses them. The body is read as bytes, which Hono caches: the validator's later
 * `c.req.json()` decodes the same bytes, and a route that reads bytes gets them unchanged.
 * Webhook deliveries are checked after their signature (functions/webhooks/prepare.ts).
 */
export const limitJsonShape = createMiddleware<AppEnv>(async (c, next) => {
  if (c.req.method === 'GET' || c.req.method === 'HEAD' || !c.req.raw.body) return next();
  const mediaType = (c.req.header('content-type') ?? '').split(';')[0]!.trim();
  if (!JSON_MEDIA_TYPE.test(mediaType)) return next();
  const excess = checkJsonShape(new Uint8Array(await c.req.arrayBuffer()));
  if (excess) throw tooDeep(excess.message);
  return next();
});

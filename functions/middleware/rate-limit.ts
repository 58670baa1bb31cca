import { createMiddleware } from 'hono/factory';
import { countHit, windowResetSeconds } from '../../db/queries/rate-limits';
import { ApiError } from '../errors';
import type { AppEnv } from '../env';

/**
 * Per-client fixed-window limit, counted in the database so it holds on every host.
 * The client is identified by the host-provided address (never by a header we can't trust).
 */
export function rateLimit(
  bucket: string,
  pick: (config: AppEnv['Variables']['config']) => { limit: number; windowSeconds: number },
) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const { limit, windowSeconds } = pick(c.get('config'));
    const client = c.get('hooks').clientAddress?.(c) ?? 'unknown';
    const count = await countHit(c.get('db'), `${bucket}:${client}`, windowSeconds);
    const reset = windowResetSeconds(windowSeconds);
    c.header('RateLimit-Limit', String(limit));
    c.header('RateLimit-Remaining', String(Math.max(0, limit - count)));
    c.header('RateLimit-Reset', String(reset));
    if (count > limit) {
      throw new ApiError(
        429,
        'rate_limited',
        `Too many requests: at most ${limit} per ${windowSeconds} s from one client. Try again in ${reset} s.`,
        { limit, windowSeconds, retryAfterSeconds: reset },
        { 'Retry-After': String(reset) },
      );
    }
    await next();
  });
}

import { createMiddleware } from 'hono/factory';
import { ApiError } from '../errors';
import type { AppEnv } from '../env';
import { limitBody } from '../middleware/body-limit';

/**
 * The delivery body limit (413). With a Content-Length it is a header check, so the body can
 * later be read straight from the connection; touching the request's body stream, as a
 * generic limit does, costs more per delivery than verifying it. Chunked bodies are counted
 * as they stream, by the generic limit.
 */
export function limitHookBody(maxBytes: number) {
  const streamed = limitBody(maxBytes);
  return createMiddleware<AppEnv>(async (c, next) => {
    const length = c.req.header('content-length');
    if (length === undefined || c.req.header('transfer-encoding') !== undefined) return streamed(c, next);
    if (!/^\d+$/.test(length) || Number(length) > maxBytes) {
      throw new ApiError(
        413,
        'payload_too_large',
        `The body is larger than the ${maxBytes} bytes this endpoint accepts.`,
        { limitBytes: maxBytes },
      );
    }
    await next();
  });
}

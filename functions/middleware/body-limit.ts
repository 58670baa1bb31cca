import { bodyLimit } from 'hono/body-limit';
import { createMiddleware } from 'hono/factory';
import { ApiError } from '../errors';
import type { AppEnv } from '../env';

/**
 * Refuses bodies over `maxBytes` with 413 before anything reads them. Routes that take
 * larger uploads (ONNX files, webhook deliveries) are listed with their own limit.
 */
export function limitBody(defaultBytes: number, overrides: { prefix: string; bytes: number }[] = []) {
  return createMiddleware<AppEnv>(async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    const maxSize = overrides.find((o) => c.req.path.startsWith(o.prefix))?.bytes ?? defaultBytes;
    return bodyLimit({
      maxSize,
      onError: () => {
        throw new ApiError(
          413,
          'payload_too_large',
          `The body is larger than the ${maxSize} bytes this endpoint accepts.`,
          {
            limitBytes: maxSize,
          },
        );
      },
    })(c, next);
  });
}

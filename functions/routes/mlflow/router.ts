import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../env';
import { handleMlflowError, mlflowValidationError } from './errors';

/** A router of the MLflow door: zod failures and every error leave in MLflow's error body. */
export function createMlflowRouter() {
  const router = new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) throw mlflowValidationError(result.error);
    },
  });
  router.onError(handleMlflowError);
  return router;
}

/** Writes take the token as `Authorization: Bearer …` or as the password of HTTP Basic. */
export const mlflowWriteSecurity: Record<string, string[]>[] = [{ Bearer: [] }, { Basic: [] }];
export const TAGS = { models: ['MLflow registered models'], versions: ['MLflow model versions'] };

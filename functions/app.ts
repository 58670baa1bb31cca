import { OpenAPIHono } from '@hono/zod-openapi';
import type { Db } from '../db/client';
import { resolveConfig, type AppConfig, type AppConfigInput } from './config';
import type { AppEnv, AppHooks } from './env';
import { ApiError, handleError } from './errors';
import { authenticate } from './middleware/auth';
import { limitBody } from './middleware/body-limit';
import { metaRoutes } from './routes/meta';
import { searchRoutes } from './routes/search';
import { toolRoutes } from './routes/tools';

export interface CreateAppOptions {
  db: Db;
  config?: AppConfig | AppConfigInput;
  hooks?: AppHooks;
}

export const OPENAPI_INFO = {
  title: 'HEP ML Hub API',
  version: '1.0.0',
  description:
    'Tools, models, datasets, benchmarks and cost estimates for machine learning in particle physics. ' +
    'Reads are public; writes need `Authorization: Bearer <token>` with a scope (`write`, `maintainer`, `admin`). ' +
    'Errors are `{ "error": { "code", "message", "details" } }`.',
};

/**
 * Builds the API. Hosts (Node server, Cloudflare Pages Function, tests) pass a database and
 * configuration; this function never reads the environment or starts a server.
 */
export function createApp({ db, config, hooks = {} }: CreateAppOptions) {
  const resolved = resolveConfig(config as AppConfigInput);
  const app = new OpenAPIHono<AppEnv>();

  app.onError(handleError);
  app.use('/api/*', async (c, next) => {
    c.set('db', db);
    c.set('config', resolved);
    c.set('hooks', hooks);
    await next();
  });
  app.use('/api/*', limitBody(resolved.bodyLimitBytes));
  app.use('/api/*', authenticate);

  app.route('/api', metaRoutes);
  app.route('/api/tools', toolRoutes);
  app.route('/api/search', searchRoutes);

  app.openAPIRegistry.registerComponent('securitySchemes', 'Bearer', {
    type: 'http',
    scheme: 'bearer',
    description: 'An API token (`hub_…`), created with `npm run hub -- token create`.',
  });
  app.doc31('/api/openapi.json', (c) => ({
    openapi: '3.1.0',
    info: OPENAPI_INFO,
    servers: [{ url: new URL(c.req.url).origin }],
  }));

  app.all('/api/*', (c) => {
    throw new ApiError(404, 'not_found', `No API endpoint ${c.req.method} ${c.req.path}. See /api/openapi.json.`);
  });
  return app;
}

export type HubApp = ReturnType<typeof createApp>;

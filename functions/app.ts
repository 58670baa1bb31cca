import { OpenAPIHono } from '@hono/zod-openapi';
import type { Db } from '../db/client';
import { resolveConfig, type AppConfig, type AppConfigInput } from './config';
import type { AppEnv, AppHooks } from './env';
import { ApiError, handleError } from './errors';
import { authenticate } from './middleware/auth';
import { limitBody } from './middleware/body-limit';
import { costRoutes } from './routes/costs';
import { metaRoutes } from './routes/meta';
import { searchRoutes } from './routes/search';
import { toolRoutes } from './routes/tools';
import { onnxRoutes } from './routes/onnx';
import { ONNX_INSPECT_MAX_BYTES, ONNX_INSPECT_PATH } from './contract/onnx/limits';
import { hookRoutes } from './routes/hooks';
import { modelLifecycleRoutes } from './routes/model-lifecycle';
import { webhookRoutes } from './routes/webhooks';
import { datasetRoutes } from './routes/datasets';
import { tokenRoutes } from './routes/tokens';
import { groupRoutes } from './routes/groups';
import { modelRoutes } from './routes/models';
import { benchmarkRoutes } from './routes/benchmarks';
import { versionBenchmarkRoutes } from './routes/benchmarks/version';
import { registerEventSchemas } from './events/openapi';
import { limitHookBody } from './webhooks/hook-body-limit';
import { createWebhookServices } from './webhooks/services';

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
  const webhooks = createWebhookServices(db, resolved.webhooks, hooks);

  app.onError(handleError);
  app.use('/api/*', async (c, next) => {
    c.set('db', db);
    c.set('config', resolved);
    c.set('hooks', hooks);
    c.set('webhooks', webhooks);
    await next();
  });
  const apiBodyLimit = limitBody(resolved.bodyLimitBytes, [
    // Model cards with tables and version registrations with many metrics.
    { prefix: '/api/models', bytes: 256 * 1024 },
    { prefix: ONNX_INSPECT_PATH, bytes: ONNX_INSPECT_MAX_BYTES },
  ]);
  // Deliveries have their own limit, checked without turning the body into a stream (see limitHookBody).
  app.use('/api/*', (c, next) => (c.req.path.startsWith('/api/hooks/') ? next() : apiBodyLimit(c, next)));
  app.use('/api/hooks/*', limitHookBody(resolved.webhooks.bodyLimitBytes));
  app.use('/api/*', authenticate);

  app.route('/api', metaRoutes);
  app.route('/api/tools', toolRoutes);
  app.route('/api/search', searchRoutes);
  app.route('/api/onnx', onnxRoutes);
  app.route('/api/costs', costRoutes);
  app.route('/api/webhooks', webhookRoutes);
  app.route('/api/hooks', hookRoutes);
  app.route('/api/models', modelLifecycleRoutes);
  app.route('/api/groups', groupRoutes);
  app.route('/api/tokens', tokenRoutes);
  app.route('/api/datasets', datasetRoutes);
  app.route('/api/models', modelRoutes);
  app.route('/api/models', versionBenchmarkRoutes);
  app.route('/api/benchmarks', benchmarkRoutes);
  registerEventSchemas(app.openAPIRegistry);

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

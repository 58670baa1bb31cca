import { OpenAPIHono } from '@hono/zod-openapi';
import type { Db } from '../db/client';
import { resolveConfig, type AppConfig, type AppConfigInput } from './config';
import type { AppEnv, AppHooks } from './env';
import { ApiError, handleError } from './errors';
import { apiHeaders } from './middleware/api-headers';
import { authenticate } from './middleware/auth';
import { limitBody } from './middleware/body-limit';
import { limitJsonShape } from './middleware/json-shape';
import { costRoutes } from './routes/costs';
import { metaRoutes } from './routes/meta';
import { searchRoutes } from './routes/search';
import { toolRoutes } from './routes/tools';
import { hardwareRoutes } from './routes/hardware';
import { onnxRoutes } from './routes/onnx';
import { ONNX_INSPECT_MAX_BYTES, ONNX_INSPECT_PATH } from './contract/onnx/limits';
import { hookRoutes } from './routes/hooks';
import { modelLifecycleRoutes } from './routes/model-lifecycle';
import { webhookRoutes } from './routes/webhooks';
import { datasetRoutes } from './routes/datasets';
import { tokenRoutes } from './routes/tokens';
import { groupRoutes } from './routes/groups';
import { modelRoutes } from './routes/models';
import { hpoStudyRoutes } from './routes/hpo-studies';
import { datasetArchiveRoutes, modelArchiveRoutes } from './routes/lifecycle-archive';
import { benchmarkRoutes } from './routes/benchmarks';
import { dataAccessRoutes } from './routes/data-access';
import { versionBenchmarkRoutes } from './routes/benchmarks/version';
import { registerEventSchemas } from './events/openapi';
import { limitHookBody } from './webhooks/hook-body-limit';
import { createWebhookServices } from './webhooks/services';
import { handleMlflowError, MLFLOW_PREFIX, mlflowRoutes } from './routes/mlflow';
import { buildOpenApiDocument, registerDocumentComponents } from './openapi-builder';

export interface CreateAppOptions {
  db: Db;
  config?: AppConfig | AppConfigInput;
  hooks?: AppHooks;
}

/**
 * Builds the API. Hosts (Node server, Cloudflare Pages Function, tests) pass a database and
 * configuration; this function never reads the environment or starts a server.
 */
export function createApp({ db, config, hooks = {} }: CreateAppOptions) {
  const resolved = resolveConfig(config as AppConfigInput);
  const app = new OpenAPIHono<AppEnv>();
  const webhooks = createWebhookServices(db, resolved.webhooks, hooks);

  // The MLflow door answers in MLflow's error body, also for errors raised before its routes (auth, body limits).
  app.onError((err, c) =>
    c.req.path.startsWith(`${MLFLOW_PREFIX}/`) ? handleMlflowError(err, c) : handleError(err, c),
  );
  // Vary, no-store and CORS for every API answer, errors included (functions/middleware/api-headers.ts).
  app.use(
    '/api/*',
    apiHeaders(() => app.openAPIRegistry),
  );
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
  // Deliveries are checked for depth after their signature (functions/webhooks/prepare.ts).
  app.use('/api/*', (c, next) => (c.req.path.startsWith('/api/hooks/') ? next() : limitJsonShape(c, next)));
  app.use('/api/*', authenticate);

  app.route('/api', metaRoutes);
  app.route('/api/tools', toolRoutes);
  app.route('/api/hardware', hardwareRoutes);
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
  app.route('/api/models', hpoStudyRoutes);
  app.route('/api/benchmarks/data-access', dataAccessRoutes);
  app.route('/api/models', modelArchiveRoutes);
  app.route('/api/datasets', datasetArchiveRoutes);
  app.route('/api/benchmarks', benchmarkRoutes);
  app.route(MLFLOW_PREFIX, mlflowRoutes);
  registerEventSchemas(app.openAPIRegistry);

  registerDocumentComponents(app);
  app.get('/api/openapi.json', (c) => c.json(buildOpenApiDocument(app, new URL(c.req.url).origin)));

  app.all('/api/*', (c) => {
    throw new ApiError(404, 'not_found', `No API endpoint ${c.req.method} ${c.req.path}. See /api/openapi.json.`);
  });
  return app;
}

export type HubApp = ReturnType<typeof createApp>;

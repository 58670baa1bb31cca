/**
 * The MLflow door: MLflow's model-registry REST API (`/api/2.0/mlflow/…`) on the hub catalog.
 * Its own router, so validation failures and errors leave in MLflow's `{ error_code, message }`.
 */
import { mlflowError } from '../../services/mlflow/errors';
import { mlflowModelVersionRoutes } from './model-versions';
import { mlflowRegisteredModelRoutes } from './registered-models';
import { createMlflowRouter } from './router';

export { handleMlflowError, MLFLOW_PREFIX } from './errors';

export const mlflowRoutes = createMlflowRouter();
// Copied into the hub document when mounted (OpenAPIHono.route copies registered components).
mlflowRoutes.openAPIRegistry.registerComponent('securitySchemes', 'Basic', {
  type: 'http',
  scheme: 'basic',
  description:
    'HTTP Basic with an API token as the password (any user name): what MLflow clients send from `MLFLOW_TRACKING_USERNAME`/`MLFLOW_TRACKING_PASSWORD`.',
});
mlflowRoutes
  .route('/', mlflowRegisteredModelRoutes)
  .route('/', mlflowModelVersionRoutes)
  .all('/*', (c) => {
    throw mlflowError(
      'ENDPOINT_NOT_FOUND',
      `The hub has no MLflow endpoint ${c.req.method} ${c.req.path}; it speaks the model-registry API only (see /api/openapi.json).`,
    );
  });

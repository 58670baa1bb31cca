import { createRoute } from '@hono/zod-openapi';
import { createRouter, publicSecurity } from '../../router';
import { viewerOf } from '../../services/catalog-access';
import { modelEventsPage } from '../../services/lifecycle-events';
import { json } from '../../contract/json-content';
import { errorResponses as E } from '../../contract/shared-schema';
import {
  EventListQuerySchema,
  LifecycleEventListSchema,
  ModelParamSchema,
} from '../../contract/model-lifecycle/schema';

export const modelEventRoutes = createRouter().openapi(
  createRoute({
    method: 'get',
    path: '/{slug}/events',
    operationId: 'listModelEvents',
    security: publicSecurity,
    tags: ['Lifecycle'],
    summary: "A model's lifecycle timeline",
    description:
      'Every event about the model (CI jobs, versions, evaluations, benchmarks, alias moves, deployments, dataset versions it is linked to, retrain requests), newest first. ' +
      'Changes reported by CI have `origin: "webhook"`; those made through this API (`model.version.registered`, `model.alias.moved`, `model.alias.removed`, `model.deployed`, `model.undeployed`) have `origin: "hub"` and name the token in `data.actor`. ' +
      'The log is append-only. For live updates poll with `after=<latestId>`: newer events, oldest first.',
    request: { params: ModelParamSchema, query: EventListQuerySchema },
    responses: {
      200: { description: 'A page of events.', ...json(LifecycleEventListSchema) },
      ...E.badRequest,
      ...E.notFound,
    },
  }),
  async (c) =>
    c.json(await modelEventsPage(c.var, viewerOf(c.get('auth')), c.req.valid('param').slug, c.req.valid('query')), 200),
);

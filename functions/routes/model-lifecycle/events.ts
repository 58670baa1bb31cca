import { createRoute } from '@hono/zod-openapi';
import { listModelEvents } from '../../../db/queries/events';
import { encodeCursor } from '../../../src/lib/cursor';
import { createRouter } from '../../router';
import { json } from '../../contract/json-content';
import { errorResponses as E } from '../../contract/shared-schema';
import { loadModel } from '../models/load';
import { pageLimit, readCursor } from '../../pagination';
import {
  EventListQuerySchema,
  LifecycleEventListSchema,
  ModelParamSchema,
  toEventResponse,
} from '../../contract/model-lifecycle/schema';

export const modelEventRoutes = createRouter().openapi(
  createRoute({
    method: 'get',
    path: '/{slug}/events',
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
  async (c) => {
    const { slug } = c.req.valid('param');
    const query = c.req.valid('query');
    const model = await loadModel(c, slug);
    let before: number | undefined;
    if (query.cursor !== undefined && query.after === undefined) {
      before = readCursor(query.cursor, 1, ['number'])![0] as number;
    }
    const types = query.type
      ?.split(',')
      .map((t) => t.trim())
      .filter(Boolean);
    const limit = pageLimit(query.limit, c.var.config.pageSize);
    const page = await listModelEvents(c.var.db, model.id, {
      limit,
      ...(types?.length ? { types } : {}),
      ...(query.version !== undefined ? { modelVersion: query.version } : {}),
      ...(query.after !== undefined ? { after: query.after } : {}),
      ...(before !== undefined ? { before } : {}),
    });
    const ids = page.items.map((e) => e.id);
    const last = page.items[page.items.length - 1];
    return c.json(
      {
        items: page.items.map(toEventResponse),
        nextCursor: query.after === undefined && page.hasMore && last ? encodeCursor([last.id]) : null,
        latestId: Math.max(query.after ?? 0, ...ids),
      },
      200,
    );
  },
);

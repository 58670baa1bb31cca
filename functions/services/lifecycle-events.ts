/** A model's lifecycle timeline as the API pages it (the page's first screen is in lifecycle.ts). */
import type { z } from 'zod';
import { listModelEvents } from '../../db/queries/events';
import type { Viewer } from '../../db/queries/viewer';
import { encodeCursor } from '../../src/lib/cursor';
import type { ServiceContext } from '../hub';
import { pageLimit, readCursor } from '../pagination';
import {
  toEventResponse,
  type EventListQuerySchema,
  type LifecycleEventListSchema,
} from '../contract/model-lifecycle/schema';
import { loadModel } from './models';

/**
 * A page of the model's events, newest first; with `after`, the newer events oldest first (live
 * polling) and no cursor.
 */
export async function modelEventsPage(
  ctx: ServiceContext,
  viewer: Viewer | undefined,
  slug: string,
  query: z.infer<typeof EventListQuerySchema>,
): Promise<z.infer<typeof LifecycleEventListSchema>> {
  const model = await loadModel(ctx, viewer, slug);
  let before: number | undefined;
  if (query.cursor !== undefined && query.after === undefined) {
    before = readCursor(query.cursor, 1, ['number'])![0] as number;
  }
  const types = query.type
    ?.split(',')
    .map((t) => t.trim())
    .filter(Boolean);
  const limit = pageLimit(query.limit, ctx.config.pageSize);
  const page = await listModelEvents(ctx.db, model.id, {
    limit,
    ...(types?.length ? { types } : {}),
    ...(query.version !== undefined ? { modelVersion: query.version } : {}),
    ...(query.after !== undefined ? { after: query.after } : {}),
    ...(before !== undefined ? { before } : {}),
  });
  const ids = page.items.map((e) => e.id);
  const last = page.items[page.items.length - 1];
  return {
    items: page.items.map(toEventResponse),
    nextCursor: query.after === undefined && page.hasMore && last ? encodeCursor([last.id]) : null,
    latestId: Math.max(query.after ?? 0, ...ids),
  };
}

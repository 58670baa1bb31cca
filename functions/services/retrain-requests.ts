/** A model's retrain requests: the list, one request, and opening one by hand. */
import type { z } from 'zod';
import { runBatch } from '../../db/queries/batch-helpers';
import { getModelVersion } from '../../db/queries/model-versions';
import { getSubscriptionForModel } from '../../db/queries/outbound';
import { getRetrainRequest, listRetrainRequests } from '../../db/queries/retrain';
import type { Viewer } from '../../db/queries/viewer';
import { encodeCursor } from '../../src/lib/cursor';
import { describeReason } from '../../src/lib/retrain/policy';
import type { AuthContext, WriteContext } from '../env';
import { ApiError, notFound } from '../errors';
import type { ServiceContext } from '../hub';
import { pageLimit } from '../pagination';
import { openRequestStatements } from '../retrain/open-request';
import { parentVersionOf } from '../retrain/versions';
import {
  toRequestResponse,
  type RequestListQuerySchema,
  type RetrainRequestCreateSchema,
  type RetrainRequestListSchema,
  type RetrainRequestSchema,
} from '../contract/model-lifecycle/schema';
import { loadModel, loadModelForChange } from './models';
import { timeIdCursor } from '../pagination';

type RequestView = z.infer<typeof RetrainRequestSchema>;

/** Newest first. */
export async function listModelRetrainRequests(
  ctx: ServiceContext,
  viewer: Viewer | undefined,
  slug: string,
  query: z.infer<typeof RequestListQuerySchema>,
): Promise<z.infer<typeof RetrainRequestListSchema>> {
  const model = await loadModel(ctx, viewer, slug);
  const before = timeIdCursor(query.cursor);
  const page = await listRetrainRequests(ctx.db, model.id, {
    limit: pageLimit(query.limit, ctx.config.pageSize),
    ...(query.status ? { status: query.status } : {}),
    ...(before ? { before } : {}),
  });
  return { items: page.items.map(toRequestResponse), nextCursor: page.next ? encodeCursor(page.next) : null };
}

export async function getModelRetrainRequest(
  ctx: ServiceContext,
  viewer: Viewer | undefined,
  slug: string,
  id: string,
): Promise<RequestView> {
  const model = await loadModel(ctx, viewer, slug);
  const request = await getRetrainRequest(ctx.db, id);
  if (!request || request.modelId !== model.id) throw notFound(`Retrain request "${id}"`);
  return toRequestResponse(request);
}

/**
 * Opens a manual retrain request and queues the signed trigger to the model's trigger URL (if
 * one is set), from `parentVersion` or by default production, else the newest version.
 */
export async function openManualRetrainRequest(
  ctx: WriteContext,
  auth: AuthContext,
  slug: string,
  body: z.infer<typeof RetrainRequestCreateSchema>,
): Promise<RequestView> {
  const model = await loadModelForChange(ctx, auth, slug);
  const { db, config, hooks } = ctx;
  const parent =
    body.parentVersion === undefined
      ? await parentVersionOf(db, model.id)
      : await getModelVersion(db, model.id, body.parentVersion);
  if (body.parentVersion !== undefined && !parent) {
    throw new ApiError(400, 'validation_failed', `Model "${slug}" has no version ${body.parentVersion}.`, {
      issues: [{ in: 'body', path: 'parentVersion', message: 'Unknown version.', code: 'unknown_version' }],
    });
  }
  const inputs = { parentVersion: parent?.version ?? null, ...(body.note ? { note: body.note } : {}) };
  const opened = openRequestStatements(db, {
    model,
    kind: 'manual',
    policyId: null,
    inputs,
    reason: describeReason('manual', inputs, body.note),
    dedupKey: null,
    requestedByTokenId: auth.tokenId,
    subscription: await getSubscriptionForModel(db, model.id),
    publicUrl: config.publicUrl,
    now: new Date(),
  });
  await runBatch(db, opened.statements);
  if (opened.deliveryId) hooks.onOutboundQueued?.();
  const request = await getRetrainRequest(db, opened.requestId);
  return toRequestResponse(request!);
}

/**
 * Where a model's versions run (a CMSSW release, LHCb HLT1/Allen, a Triton server, an FPGA
 * board): list, read, record and end deployments, each write with its lifecycle event.
 */
import type { z } from '@hono/zod-openapi';
import { endDeployment, getDeployment, insertDeployment, listDeployments } from '../../db/queries/model-deployments';
import { getModelVersion } from '../../db/queries/model-versions';
import type { Viewer } from '../../db/queries/viewer';
import { encodeCursor } from '../../src/lib/cursor';
import type { AuthContext, WriteContext } from '../env';
import { ApiError, notFound } from '../errors';
import type { ServiceContext } from '../hub';
import { pageLimit, readCursor } from '../pagination';
import { toDeploymentResponse } from '../contract/models/responses';
import type {
  DeploymentCreateSchema,
  DeploymentEndSchema,
  DeploymentListQuerySchema,
  DeploymentListSchema,
} from '../contract/models/schema';
import { assertCanWrite, viewerOf } from './catalog-access';
import { announceModel, loadModel, type DeploymentView } from './models';

/** Newest first; `active` for running deployments only. */
export async function listModelDeployments(
  ctx: ServiceContext,
  viewer: Viewer | undefined,
  slug: string,
  query: z.infer<typeof DeploymentListQuerySchema>,
): Promise<z.infer<typeof DeploymentListSchema>> {
  const model = await loadModel(ctx, viewer, slug);
  const after = readCursor(query.cursor, 2);
  const limit = pageLimit(query.limit, ctx.config.pageSize);
  const page = await listDeployments(ctx.db, [model.id], { active: query.active, limit, after });
  return { items: page.items.map(toDeploymentResponse), nextCursor: page.next ? encodeCursor(page.next) : null };
}

/** Records that a version runs somewhere since a time, with a `model.deployed` event. */
export async function recordDeployment(
  ctx: WriteContext,
  auth: AuthContext,
  slug: string,
  body: z.infer<typeof DeploymentCreateSchema>,
): Promise<DeploymentView> {
  const model = await loadModel(ctx, viewerOf(auth), slug);
  assertCanWrite(auth, model, 'model');
  const version = await getModelVersion(ctx.db, model.id, body.version);
  if (!version) {
    const message = `Model "${slug}" has no version ${body.version}.`;
    throw new ApiError(422, 'unprocessable', message, {
      issues: [{ in: 'body', path: 'version', message, code: 'unknown_reference' }],
    });
  }
  const id = await insertDeployment(
    ctx.db,
    {
      modelId: model.id,
      versionId: version.id,
      kind: body.kind,
      target: body.target,
      url: body.url ?? null,
      notes: body.notes ?? null,
      startedAt: body.startedAt ? new Date(body.startedAt) : new Date(),
      recordedByTokenId: auth.tokenId,
    },
    { recordEvent: true },
  );
  announceModel(ctx, model, `deployed v${body.version} to ${body.target}`);
  return toDeploymentResponse((await getDeployment(ctx.db, model.id, id))!);
}

export async function getModelDeployment(
  ctx: ServiceContext,
  viewer: Viewer | undefined,
  slug: string,
  id: number,
): Promise<DeploymentView> {
  const model = await loadModel(ctx, viewer, slug);
  const deployment = await getDeployment(ctx.db, model.id, id);
  if (!deployment) throw notFound(`Deployment ${id} of model "${slug}"`);
  return toDeploymentResponse(deployment);
}

/** Marks a running deployment as ended (default: now), with a `model.undeployed` event; 409 when it already ended. */
export async function endModelDeployment(
  ctx: WriteContext,
  auth: AuthContext,
  slug: string,
  id: number,
  body: z.infer<typeof DeploymentEndSchema>,
): Promise<DeploymentView> {
  const model = await loadModel(ctx, viewerOf(auth), slug);
  assertCanWrite(auth, model, 'model');
  const deployment = await getDeployment(ctx.db, model.id, id);
  if (!deployment) throw notFound(`Deployment ${id} of model "${slug}"`);
  const endedAt = body.endedAt ? new Date(body.endedAt) : new Date();
  if (endedAt < deployment.startedAt) {
    throw new ApiError(400, 'validation_failed', 'A deployment cannot end before it started.', {
      issues: [
        {
          in: 'body',
          path: 'endedAt',
          message: `Must be at or after ${deployment.startedAt.toISOString()}.`,
          code: 'too_small',
        },
      ],
    });
  }
  const ended = await endDeployment(
    ctx.db,
    id,
    { endedAt, endReason: body.reason ?? null, endedByTokenId: auth.tokenId },
    { recordEvent: true },
  );
  if (!ended)
    throw new ApiError(409, 'conflict', `Deployment ${id} already ended on ${deployment.endedAt?.toISOString()}.`);
  announceModel(ctx, model, `deployment ${id} ended`);
  return toDeploymentResponse((await getDeployment(ctx.db, model.id, id))!);
}

/**
 * A model's versions: list, read, register (the hub assigns the number), change, and add
 * artifacts or metrics after registration. Writes announce public changes themselves.
 */
import type { z } from '@hono/zod-openapi';
import {
  appendArtifacts,
  appendMetrics,
  countModelVersions,
  listModelVersions,
  registerModelVersion,
  updateModelVersion,
} from '../../db/queries/model-versions';
import type { Viewer } from '../../db/queries/viewer';
import { encodeCursor } from '../../src/lib/cursor';
import type { AuthContext, WriteContext } from '../env';
import { ApiError } from '../errors';
import type { ServiceContext } from '../hub';
import { pageLimit, readCursor } from '../pagination';
import type {
  ArtifactInputSchema,
  MetricInputSchema,
  VersionCreateSchema,
  VersionListQuerySchema,
  VersionListSchema,
  VersionPatchSchema,
} from '../contract/models/schema';
import { toArtifactRow, toMetricRow, versionRows } from '../contract/models/version-rows';
import { assertCanWrite, viewerOf } from './catalog-access';
import { ReferenceResolver } from './model-references';
import { announceModel, loadModel, loadModelVersion, versionResponses, type VersionView } from './models';

type ArtifactInput = z.infer<typeof ArtifactInputSchema>;
type MetricInput = z.infer<typeof MetricInputSchema>;

/** Newest first by default, each with artifacts, metrics, datasets, lineage and aliases. */
export async function listVersions(
  ctx: ServiceContext,
  viewer: Viewer | undefined,
  slug: string,
  query: z.infer<typeof VersionListQuerySchema>,
): Promise<z.infer<typeof VersionListSchema>> {
  const model = await loadModel(ctx, viewer, slug);
  const after = readCursor(query.cursor, 1, ['number']);
  const limit = pageLimit(query.limit, ctx.config.pageSize);
  const [page, total] = await Promise.all([
    listModelVersions(ctx.db, model.id, { status: query.status, order: query.order, limit, after }),
    countModelVersions(ctx.db, model.id, query.status),
  ]);
  return {
    items: await versionResponses(ctx, model, page.items, viewer),
    nextCursor: page.next ? encodeCursor(page.next) : null,
    total,
  };
}

export async function getVersion(
  ctx: ServiceContext,
  viewer: Viewer | undefined,
  slug: string,
  number: number,
): Promise<VersionView> {
  const { model, version } = await loadModelVersion(ctx, viewer, slug, number);
  const [response] = await versionResponses(ctx, model, [version], viewer);
  return response!;
}

/**
 * Registers a version with its artifacts, hyper-parameters, metrics, dataset links, parent and
 * training job in one transaction (with a `model.version.registered` event). Dataset versions
 * and the parent must exist (422 otherwise).
 */
export async function registerVersion(
  ctx: WriteContext,
  auth: AuthContext,
  slug: string,
  body: z.infer<typeof VersionCreateSchema>,
): Promise<VersionView> {
  const viewer = viewerOf(auth);
  const model = await loadModel(ctx, viewer, slug);
  assertCanWrite(auth, model, 'model');
  const refs = new ReferenceResolver(ctx, viewer);
  const datasets = await refs.datasetVersions([
    ...body.datasets.map((d, i) => ({ ref: d, path: `datasets.${i}` })),
    ...body.metrics.flatMap((m, i) => (m.dataset ? [{ ref: m.dataset, path: `metrics.${i}.dataset` }] : [])),
  ]);
  const parentVersionId = await refs.parentVersion(model, body.parent, 'parent');
  refs.check();
  const version = await registerModelVersion(
    ctx.db,
    {
      modelId: model.id,
      version: {
        descriptionMd: body.description,
        status: body.status,
        statusMessage: body.statusMessage ?? null,
        hyperParameters: body.hyperParameters,
        parentVersionId,
        trainingJob: body.trainingJob,
        registeredByTokenId: auth.tokenId,
      },
      ...versionRows(body, datasets),
    },
    new Date(),
    { recordEvent: true },
  );
  announceModel(ctx, model, `version ${version.version} registered`, {
    datasets: body.datasets.map((d) => d.dataset),
    models: body.parent?.model ? [body.parent.model] : [],
  });
  const [response] = await versionResponses(ctx, model, [version], viewer);
  return response!;
}

/** Changes a version's status, notes or training job. */
export async function changeVersion(
  ctx: WriteContext,
  auth: AuthContext,
  slug: string,
  number: number,
  input: z.infer<typeof VersionPatchSchema>,
): Promise<VersionView> {
  const { description, ...patch } = input;
  const viewer = viewerOf(auth);
  const { model, version } = await loadModelVersion(ctx, viewer, slug, number);
  assertCanWrite(auth, model, 'model');
  const updated = await updateModelVersion(ctx.db, version.id, {
    ...patch,
    ...(description === undefined ? {} : { descriptionMd: description }),
  });
  announceModel(ctx, model, `version ${number} changed`);
  const [response] = await versionResponses(ctx, model, [updated ?? version], viewer);
  return response!;
}

/** Adds artifacts to a version; their names must be new within it (409 otherwise). */
export async function addVersionArtifacts(
  ctx: WriteContext,
  auth: AuthContext,
  slug: string,
  number: number,
  artifacts: ArtifactInput[],
): Promise<VersionView> {
  const viewer = viewerOf(auth);
  const { model, version } = await loadModelVersion(ctx, viewer, slug, number);
  assertCanWrite(auth, model, 'model');
  const [current] = await versionResponses(ctx, model, [version], viewer);
  const taken = new Set([...current!.artifacts.map((a) => a.name)]);
  const clash = artifacts.find((a, i) => taken.has(a.name) || artifacts.findIndex((b) => b.name === a.name) !== i);
  if (clash) throw new ApiError(409, 'conflict', `Version ${number} already has an artifact named "${clash.name}".`);
  await appendArtifacts(ctx.db, version.id, artifacts.map(toArtifactRow));
  announceModel(ctx, model, `version ${number} artifacts added`);
  const [response] = await versionResponses(ctx, model, [version], viewer);
  return response!;
}

/** Adds metrics to a version (evaluations that run after registration); datasets must exist (422). */
export async function addVersionMetrics(
  ctx: WriteContext,
  auth: AuthContext,
  slug: string,
  number: number,
  metrics: MetricInput[],
): Promise<VersionView> {
  const viewer = viewerOf(auth);
  const { model, version } = await loadModelVersion(ctx, viewer, slug, number);
  assertCanWrite(auth, model, 'model');
  const refs = new ReferenceResolver(ctx, viewer);
  const datasets = await refs.datasetVersions(
    metrics.flatMap((m, i) => (m.dataset ? [{ ref: m.dataset, path: `${i}.dataset` }] : [])),
  );
  refs.check();
  await appendMetrics(
    ctx.db,
    version.id,
    metrics.map((m) => toMetricRow(m, datasets)),
  );
  announceModel(ctx, model, `version ${number} metrics added`);
  const [response] = await versionResponses(ctx, model, [version], viewer);
  return response!;
}

import { publicChange } from '../../public-change';
import type { z } from 'zod';
import { captureBatch } from '../../../db/queries/batch-helpers';
import { getDatasetBySlug } from '../../../db/queries/datasets';
import { getDatasetVersion, insertDatasetVersion } from '../../../db/queries/dataset-versions';
import { linkEventStatements } from '../../../db/queries/events';
import { randomRowId } from '../../../src/lib/row-id';
import type { DatasetVersionPublishedV1 } from '../../events/schemas';
import { firingsForDatasetVersion } from '../../retrain/fire-policies';
import { canView } from '../../../db/queries/viewer';
import { Rejection, sourceViewer, type EventPlan, type PlanContext } from './context';

/**
 * dataset.version.published: registers the version through the catalog's own function (the
 * same rows as POST /api/datasets/:slug/versions), shows the event on every linked model's
 * timeline and fires their dataset policies, all in the delivery's transaction.
 */
export async function planDatasetVersion(
  ctx: PlanContext,
  data: z.infer<typeof DatasetVersionPublishedV1>,
): Promise<EventPlan> {
  const dataset = await getDatasetBySlug(ctx.db, data.dataset);
  // A dataset the source's group cannot see is refused exactly like a missing one.
  if (!dataset || !canView(dataset, sourceViewer(ctx))) {
    throw new Rejection(
      422,
      'unknown_dataset',
      `No dataset "${data.dataset}" is registered; register it (POST /api/datasets) first.`,
      [{ path: 'data.dataset', message: 'Unknown dataset.', code: 'unknown_dataset' }],
    );
  }
  if (dataset.ownerGroupId !== ctx.source.groupId) {
    throw new Rejection(
      403,
      'forbidden',
      `The dataset "${dataset.slug}" belongs to group "${dataset.ownerGroupId}"; this source reports for "${ctx.source.groupId}".`,
    );
  }
  const body = data.version;
  if (await getDatasetVersion(ctx.db, dataset.id, body.version)) {
    throw new Rejection(
      409,
      'conflict',
      `Dataset "${dataset.slug}" already has a version "${body.version}"; versions are immutable, publish a new label.`,
    );
  }
  const id = randomRowId();
  const before = await captureBatch(ctx.db, (db) =>
    insertDatasetVersion(
      db,
      {
        id,
        datasetId: dataset.id,
        version: body.version,
        descriptionMd: body.description,
        bytes: body.bytes,
        fileCount: body.fileCount,
        checksum: body.checksum ?? null,
        producedBy: body.producedBy ?? null,
        registeredByTokenId: ctx.source.createdByTokenId,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      },
      body.replicas.map((r) => ({ uri: r.uri, location: r.location ?? null, createdAt: ctx.now })),
    ),
  );
  const firings = await firingsForDatasetVersion(ctx.db, {
    dataset,
    datasetVersion: { id, label: body.version },
    causeEventRef: ctx.ref,
    publicUrl: ctx.config.publicUrl,
    now: ctx.now,
  });
  return {
    before,
    event: { datasetId: dataset.id, datasetVersionId: id },
    after: [...linkEventStatements(ctx.db, ctx.ref, firings.linkedModelIds), ...firings.statements],
    outboundQueued: firings.queued,
    ...(dataset.visibility === 'public'
      ? { publicChange: publicChange.dataset(dataset.slug, `version ${body.version} published`) }
      : {}),
  };
}

/**
 * Archiving, unarchiving and deleting models, model versions, datasets and dataset versions by
 * their owner group (or an admin). Each change is one batch: the row, an audit record and a
 * timeline event commit together. A delete is refused (409) while anything refers to what it
 * would remove; the answer lists every reference and what to do about it.
 */
import { isForeignKeyViolation } from '../../db/errors';
import { runBatch, type BatchStatement } from '../../db/queries/batch-helpers';
import { hubEventStatement } from '../../db/queries/catalog-events';
import {
  auditStatement,
  datasetBlockers,
  datasetVersionBlockers,
  deleteRowStatement,
  modelBlockers,
  modelVersionBlockers,
  setArchivedStatement,
  type DeleteBlocker,
} from '../../db/queries/lifecycle-archive';
import { getDatasetBySlug } from '../../db/queries/datasets';
import { getModelBySlug } from '../../db/queries/models';
import type { CatalogAuditKind } from '../../db/schema';
import type { ArchiveEventType } from '../../src/lib/events/vocabulary';
import type { AuthContext, WriteContext } from '../env';
import { ApiError } from '../errors';
import { publicChange } from '../public-change';
import { assertCanWrite, viewerOf } from './catalog-access';
import {
  datasetResponse,
  datasetVersionResponses,
  loadDataset,
  type DatasetView,
  type DatasetVersionView,
} from './datasets';
import { loadDatasetVersion } from './dataset-versions';
import {
  announceModel,
  loadModel,
  loadModelVersion,
  modelResponse,
  versionResponses,
  type ModelView,
  type VersionView,
} from './models';

export type ArchiveAction = 'archive' | 'unarchive';

/** What every change records besides the row: who, why, and the event that shows it on timelines. */
interface Change {
  kind: CatalogAuditKind;
  recordId: number;
  subject: string;
  ownerGroupId: string;
  event: {
    type: ArchiveEventType;
    summary: string;
    modelId?: number | null;
    modelVersionId?: number | null;
    modelVersion?: number | null;
    datasetId?: number | null;
    datasetVersionId?: number | null;
  };
  reason: string | null;
  snapshot?: Record<string, unknown>;
}

function recordStatements(ctx: WriteContext, auth: AuthContext, action: string, change: Change): BatchStatement[] {
  const now = new Date();
  return [
    auditStatement(ctx.db, {
      action: action as 'archive' | 'unarchive' | 'delete',
      kind: change.kind,
      subject: change.subject,
      recordId: change.recordId,
      ownerGroupId: change.ownerGroupId,
      actorTokenId: auth.tokenId,
      actorGroupId: auth.groupId,
      reason: change.reason,
      snapshot: change.snapshot ?? null,
    }),
    hubEventStatement(
      ctx.db,
      { ...change.event, occurredAt: now },
      {
        data: {
          subject: change.subject,
          ownerGroup: change.ownerGroupId,
          group: auth.groupId,
          reason: change.reason,
        },
        actorTokenId: auth.tokenId,
      },
    ),
  ];
}

const reasonText = (reason: string | null) => (reason ? `: ${reason.slice(0, 200)}` : '');
const byText = (auth: AuthContext) => (auth.groupId ? ` by ${auth.groupId}` : ' by an admin');

/** 409 listing every reference that keeps `what` from being deleted. */
function refuseDelete(what: string, blockers: DeleteBlocker[]): never {
  throw new ApiError(
    409,
    'conflict',
    `${what} cannot be deleted while other records refer to it: ${blockers[0]!.message}` +
      (blockers.length > 1 ? ` (and ${blockers.length - 1} more, listed in details.blockers)` : ''),
    { blockers },
  );
}

/** Runs a delete batch; a reference added since the check (a foreign key) is the same 409. */
async function runDelete(ctx: WriteContext, what: string, statements: BatchStatement[]) {
  try {
    await runBatch(ctx.db, statements);
  } catch (error) {
    if (!isForeignKeyViolation(error)) throw error;
    refuseDelete(what, [
      {
        reason: 'reference',
        subject: what,
        message: 'another record started referring to it while it was being deleted; look again and retry.',
      },
    ]);
  }
}

async function archiveChange(
  ctx: WriteContext,
  auth: AuthContext,
  action: ArchiveAction,
  current: { archivedAt: Date | null },
  change: Change,
): Promise<boolean> {
  // Archiving what is archived (or unarchiving what is not) changes nothing and records nothing.
  if ((action === 'archive') === !!current.archivedAt) return false;
  await runBatch(ctx.db, [
    setArchivedStatement(ctx.db, change.kind, change.recordId, action === 'archive' ? new Date() : null, auth.groupId),
    ...recordStatements(ctx, auth, action, change),
  ]);
  return true;
}

function announceDataset(ctx: WriteContext, dataset: { slug: string; visibility: string }, what: string) {
  if (dataset.visibility === 'public') ctx.hooks.onPublicChange?.(publicChange.dataset(dataset.slug, what));
}

export async function setModelArchived(
  ctx: WriteContext,
  auth: AuthContext,
  slug: string,
  action: ArchiveAction,
  reason: string | null,
): Promise<ModelView> {
  const model = await loadModel(ctx, viewerOf(auth), slug);
  assertCanWrite(auth, model, 'model');
  const changed = await archiveChange(ctx, auth, action, model, {
    kind: 'model',
    recordId: model.id,
    subject: model.slug,
    ownerGroupId: model.ownerGroupId,
    event: {
      type: action === 'archive' ? 'model.archived' : 'model.unarchived',
      summary: `Model ${action}d${byText(auth)}${reasonText(reason)}`,
      modelId: model.id,
    },
    reason,
  });
  if (changed) announceModel(ctx, model, `${action}d`);
  return modelResponse(ctx, (await getModelBySlug(ctx.db, model.slug))!);
}

export async function deleteModel(
  ctx: WriteContext,
  auth: AuthContext,
  slug: string,
  reason: string | null,
): Promise<void> {
  const model = await loadModel(ctx, viewerOf(auth), slug);
  assertCanWrite(auth, model, 'model');
  const blockers = await modelBlockers(ctx.db, model);
  if (blockers.length > 0) refuseDelete(`Model "${slug}"`, blockers);
  await runDelete(ctx, `Model "${slug}"`, [
    ...recordStatements(ctx, auth, 'delete', {
      kind: 'model',
      recordId: model.id,
      subject: model.slug,
      ownerGroupId: model.ownerGroupId,
      event: { type: 'model.deleted', summary: `Model deleted${byText(auth)}${reasonText(reason)}`, modelId: model.id },
      reason,
      snapshot: { ...model },
    }),
    deleteRowStatement(ctx.db, 'model', model.id),
  ]);
  announceModel(ctx, model, 'deleted');
}

export async function setModelVersionArchived(
  ctx: WriteContext,
  auth: AuthContext,
  slug: string,
  number: number,
  action: ArchiveAction,
  reason: string | null,
): Promise<VersionView> {
  const viewer = viewerOf(auth);
  const { model, version } = await loadModelVersion(ctx, viewer, slug, number);
  assertCanWrite(auth, model, 'model');
  const changed = await archiveChange(ctx, auth, action, version, {
    kind: 'model_version',
    recordId: version.id,
    subject: `${model.slug}@${version.version}`,
    ownerGroupId: model.ownerGroupId,
    event: {
      type: action === 'archive' ? 'model.version.archived' : 'model.version.unarchived',
      summary: `Version ${action}d${byText(auth)}${reasonText(reason)}`,
      modelId: model.id,
      modelVersionId: version.id,
      modelVersion: version.version,
    },
    reason,
  });
  if (changed) announceModel(ctx, model, `v${version.version} ${action}d`);
  const { version: fresh } = await loadModelVersion(ctx, viewer, slug, number);
  return (await versionResponses(ctx, model, [fresh], viewer))[0]!;
}

export async function deleteModelVersion(
  ctx: WriteContext,
  auth: AuthContext,
  slug: string,
  number: number,
  reason: string | null,
): Promise<void> {
  const { model, version } = await loadModelVersion(ctx, viewerOf(auth), slug, number);
  assertCanWrite(auth, model, 'model');
  const what = `Version ${number} of model "${slug}"`;
  const blockers = await modelVersionBlockers(ctx.db, [version.id]);
  if (blockers.length > 0) refuseDelete(what, blockers);
  await runDelete(ctx, what, [
    ...recordStatements(ctx, auth, 'delete', {
      kind: 'model_version',
      recordId: version.id,
      subject: `${model.slug}@${version.version}`,
      ownerGroupId: model.ownerGroupId,
      event: {
        type: 'model.version.deleted',
        summary: `Version deleted${byText(auth)}${reasonText(reason)}`,
        modelId: model.id,
        modelVersionId: version.id,
        modelVersion: version.version,
      },
      reason,
      snapshot: { ...version },
    }),
    deleteRowStatement(ctx.db, 'model_version', version.id),
  ]);
  announceModel(ctx, model, `v${version.version} deleted`);
}

export async function setDatasetArchived(
  ctx: WriteContext,
  auth: AuthContext,
  slug: string,
  action: ArchiveAction,
  reason: string | null,
): Promise<DatasetView> {
  const dataset = await loadDataset(ctx, viewerOf(auth), slug);
  assertCanWrite(auth, dataset, 'dataset');
  const changed = await archiveChange(ctx, auth, action, dataset, {
    kind: 'dataset',
    recordId: dataset.id,
    subject: dataset.slug,
    ownerGroupId: dataset.ownerGroupId,
    event: {
      type: action === 'archive' ? 'dataset.archived' : 'dataset.unarchived',
      summary: `Dataset ${dataset.slug} ${action}d${byText(auth)}${reasonText(reason)}`,
      datasetId: dataset.id,
    },
    reason,
  });
  if (changed) announceDataset(ctx, dataset, `${action}d`);
  return datasetResponse(ctx, (await getDatasetBySlug(ctx.db, dataset.slug))!);
}

export async function deleteDataset(
  ctx: WriteContext,
  auth: AuthContext,
  slug: string,
  reason: string | null,
): Promise<void> {
  const dataset = await loadDataset(ctx, viewerOf(auth), slug);
  assertCanWrite(auth, dataset, 'dataset');
  const blockers = await datasetBlockers(ctx.db, dataset);
  if (blockers.length > 0) refuseDelete(`Dataset "${slug}"`, blockers);
  await runDelete(ctx, `Dataset "${slug}"`, [
    ...recordStatements(ctx, auth, 'delete', {
      kind: 'dataset',
      recordId: dataset.id,
      subject: dataset.slug,
      ownerGroupId: dataset.ownerGroupId,
      event: {
        type: 'dataset.deleted',
        summary: `Dataset ${dataset.slug} deleted${byText(auth)}${reasonText(reason)}`,
        datasetId: dataset.id,
      },
      reason,
      snapshot: { ...dataset },
    }),
    deleteRowStatement(ctx.db, 'dataset', dataset.id),
  ]);
  announceDataset(ctx, dataset, 'deleted');
}

export async function setDatasetVersionArchived(
  ctx: WriteContext,
  auth: AuthContext,
  slug: string,
  label: string,
  action: ArchiveAction,
  reason: string | null,
): Promise<DatasetVersionView> {
  const viewer = viewerOf(auth);
  const { dataset, version } = await loadDatasetVersion(ctx, viewer, slug, label);
  assertCanWrite(auth, dataset, 'dataset');
  const changed = await archiveChange(ctx, auth, action, version, {
    kind: 'dataset_version',
    recordId: version.id,
    subject: `${dataset.slug}@${version.version}`,
    ownerGroupId: dataset.ownerGroupId,
    event: {
      type: action === 'archive' ? 'dataset.version.archived' : 'dataset.version.unarchived',
      summary: `Dataset ${dataset.slug} version ${version.version} ${action}d${byText(auth)}${reasonText(reason)}`,
      datasetId: dataset.id,
      datasetVersionId: version.id,
    },
    reason,
  });
  if (changed) announceDataset(ctx, dataset, `version ${version.version} ${action}d`);
  const { version: fresh } = await loadDatasetVersion(ctx, viewer, slug, label);
  return (await datasetVersionResponses(ctx, dataset, [fresh], viewer))[0]!;
}

export async function deleteDatasetVersion(
  ctx: WriteContext,
  auth: AuthContext,
  slug: string,
  label: string,
  reason: string | null,
): Promise<void> {
  const { dataset, version } = await loadDatasetVersion(ctx, viewerOf(auth), slug, label);
  assertCanWrite(auth, dataset, 'dataset');
  const what = `Version "${label}" of dataset "${slug}"`;
  const blockers = await datasetVersionBlockers(ctx.db, [version.id]);
  if (blockers.length > 0) refuseDelete(what, blockers);
  await runDelete(ctx, what, [
    ...recordStatements(ctx, auth, 'delete', {
      kind: 'dataset_version',
      recordId: version.id,
      subject: `${dataset.slug}@${version.version}`,
      ownerGroupId: dataset.ownerGroupId,
      event: {
        type: 'dataset.version.deleted',
        summary: `Dataset ${dataset.slug} version ${version.version} deleted${byText(auth)}${reasonText(reason)}`,
        datasetId: dataset.id,
        datasetVersionId: version.id,
      },
      reason,
      snapshot: { ...version },
    }),
    deleteRowStatement(ctx.db, 'dataset_version', version.id),
  ]);
  announceDataset(ctx, dataset, `version ${version.version} deleted`);
}

import type { z } from 'zod';
import { datasetVersionKey, resolveDatasetVersions } from '../../../db/queries/dataset-versions';
import { getModelBySlug } from '../../../db/queries/models';
import type { VersionRegistration } from '../../../db/queries/model-versions';
import { getModelVersion } from '../../../db/queries/model-versions';
import { canView, type Viewer } from '../../../db/queries/viewer';
import type { Model, ModelVersion } from '../../../db/schema';
import type { JobSchema } from '../../events/schemas';
import type { VersionCreateSchema } from '../../contract/models/schema';
import { versionRows } from '../../contract/models/version-rows';
import { Rejection, type PlanContext } from './context';

type VersionInput = z.infer<typeof VersionCreateSchema>;

/**
 * A job's `version` (the body of POST /api/models/{slug}/versions) as the catalog registers
 * it, mapped and checked the way that route does, seen with the source's group as viewer.
 * The job fills what the body leaves out: its parent version and its training-job record.
 */
export async function versionRegistration(
  ctx: PlanContext,
  model: Model,
  body: VersionInput,
  job: z.infer<typeof JobSchema>,
  jobVersion: ModelVersion | undefined,
): Promise<VersionRegistration> {
  const viewer: Viewer = { groupId: ctx.source.groupId, admin: false };
  const issues: { path: string; message: string; code: string }[] = [];
  const refs = [
    ...body.datasets.map((d, i) => ({ ref: d, path: `data.version.datasets.${i}` })),
    ...body.metrics.flatMap((m, i) =>
      m.dataset ? [{ ref: m.dataset, path: `data.version.metrics.${i}.dataset` }] : [],
    ),
  ];
  const found = await resolveDatasetVersions(
    ctx.db,
    refs.map((r) => r.ref),
  );
  for (const [key, value] of found) if (!canView(value, viewer)) found.delete(key);
  for (const { ref, path } of refs) {
    if (!found.has(datasetVersionKey(ref)))
      issues.push({
        path,
        message: `Dataset "${ref.dataset}" has no version "${ref.version}".`,
        code: 'unknown_dataset_version',
      });
  }

  let parentVersionId = jobVersion?.id ?? null;
  if (body.parent) {
    const slug = body.parent.model ?? model.slug;
    const owner = slug === model.slug ? model : await getModelBySlug(ctx.db, slug);
    const parent =
      owner && canView(owner, viewer) ? await getModelVersion(ctx.db, owner.id, body.parent.version) : undefined;
    if (parent) parentVersionId = parent.id;
    else
      issues.push({
        path: 'data.version.parent',
        message: `Model "${slug}" has no version ${body.parent.version}.`,
        code: 'unknown_model_version',
      });
  }
  if (issues.length > 0) {
    throw new Rejection(
      422,
      issues[0]!.code,
      `Unknown reference at "${issues[0]!.path}": ${issues[0]!.message}`,
      issues,
    );
  }

  return {
    modelId: model.id,
    version: {
      descriptionMd: body.description,
      status: body.status,
      statusMessage: body.statusMessage ?? null,
      hyperParameters: body.hyperParameters,
      parentVersionId,
      trainingJob: body.trainingJob ?? {
        ...(job.ciUrl ? { ciUrl: job.ciUrl } : {}),
        ...(job.commit ? { commit: job.commit.toLowerCase() } : {}),
        ...(job.hardware ? { hardware: job.hardware } : {}),
        ...(job.gpuHours !== undefined ? { gpuHours: job.gpuHours } : {}),
      },
      registeredByTokenId: ctx.source.createdByTokenId,
    },
    ...versionRows(body, found),
  };
}

/**
 * Studies from elsewhere and back into the catalog: an Optuna JournalStorage file becomes a study
 * with its trials (one batch), and "promote" registers a model version from a trial's parameters.
 */
import type { z } from '@hono/zod-openapi';
import {
  bestTrialOf,
  getStudy,
  getTrial,
  hpoEventStatement,
  insertIntermediateStatement,
  insertStudyStatement,
  insertTrialStatement,
  markPromoted,
  newStudyId,
  newTrialId,
} from '../../db/queries/hpo-studies';
import type { BatchStatement } from '../../db/queries/batch-helpers';
import { getModelVersion } from '../../db/queries/model-versions';
import { distributionProblem, type SearchSpace } from '../../src/lib/hpo/search-space';
import { JournalError, replayOptunaJournal, type JournalStudy } from '../../src/lib/hpo/optuna-journal';
import type { AuthContext, WriteContext } from '../env';
import { ApiError } from '../errors';
import { studyPagePath } from '../contract/hpo/responses';
import type { PromoteSchema, StudyImportResultSchema, StudyImportSchema } from '../contract/hpo/schema';
import { announceModel, type VersionView } from './models';
import { registerVersion } from './model-versions';
import { loadForWrite, studyView } from './hpo-studies';

const unprocessable = (path: string, message: string, code: string) =>
  new ApiError(422, 'unprocessable', message, { issues: [{ in: 'body', path, message, code }] });

function pickStudy(studies: JournalStudy[], name: string | undefined): JournalStudy {
  if (name !== undefined) {
    const found = studies.find((s) => s.name === name);
    if (!found)
      throw unprocessable(
        'studyName',
        `The journal has no study "${name}"; it has ${studies.map((s) => `"${s.name}"`).join(', ') || 'none'}.`,
        'unknown_study',
      );
    return found;
  }
  if (studies.length !== 1)
    throw unprocessable(
      'studyName',
      studies.length === 0
        ? 'The journal holds no study.'
        : `The journal holds ${studies.length} studies (${studies.map((s) => `"${s.name}"`).join(', ')}); name one in studyName.`,
      'ambiguous_study',
    );
  return studies[0]!;
}

/** Imports one study of an Optuna journal as a hub study with every trial that ran (WAITING trials are skipped). */
export async function importOptunaJournal(
  ctx: WriteContext,
  auth: AuthContext,
  slug: string,
  body: z.infer<typeof StudyImportSchema>,
): Promise<z.infer<typeof StudyImportResultSchema>> {
  const { model } = await loadForWrite(ctx, auth, slug);
  let studies: JournalStudy[];
  try {
    studies = replayOptunaJournal(body.journal);
  } catch (error) {
    if (error instanceof JournalError)
      throw new ApiError(400, 'validation_failed', `Unreadable Optuna journal, ${error.message}`, {
        issues: [{ in: 'body', path: 'journal', message: error.message, code: 'invalid_journal' }],
      });
    throw error;
  }
  const source = pickStudy(studies, body.studyName);
  const direction = source.directions[0];
  if (direction !== 'minimize' && direction !== 'maximize')
    throw unprocessable('journal', `Study "${source.name}" has no optimisation direction.`, 'no_direction');
  if (await getStudy(ctx.db, model.id, body.slug))
    throw new ApiError(409, 'conflict', `Model "${slug}" already has a study "${body.slug}".`);

  const space: SearchSpace = {};
  for (const t of source.trials) Object.assign(space, t.distributions);
  for (const [name, d] of Object.entries(space)) {
    const problem = distributionProblem(d);
    if (problem) throw unprocessable('journal', `Parameter "${name}": ${problem}`, 'invalid_distribution');
  }
  if (Object.keys(space).length === 0)
    throw unprocessable('journal', `Study "${source.name}" has no parameters.`, 'empty_space');

  const studyId = newStudyId();
  const skipped: { trial: number; reason: string }[] = [];
  const statements: BatchStatement[] = [
    insertStudyStatement(ctx.db, {
      id: studyId,
      modelId: model.id,
      slug: body.slug,
      name: body.name ?? source.name.slice(0, 200),
      description: body.description,
      objectiveMetric: body.metric,
      direction,
      searchSpace: space,
      sampler: body.sampler,
      pruner: null,
      maxTrials: body.budget.maxTrials ?? null,
      maxGpuHours: body.budget.gpuHours ?? null,
      gpuType: body.gpuType,
      status: body.status ?? (source.trials.some((t) => t.state === 'RUNNING') ? 'running' : 'complete'),
      source: 'optuna-journal',
      createdByTokenId: auth.tokenId,
    }),
  ];
  let trials = 0;
  const intermediate: { trialId: string; step: number; value: number }[] = [];
  for (const t of source.trials) {
    if (t.state === 'WAITING') {
      skipped.push({ trial: t.number, reason: 'WAITING: enqueued, never ran' });
      continue;
    }
    const id = newTrialId();
    const gpuHours = typeof t.userAttrs.gpu_hours === 'number' ? t.userAttrs.gpu_hours : null;
    statements.push(
      insertTrialStatement(ctx.db, {
        id,
        studyId,
        // Optuna's numbers are kept, so the hub's trial 7 is Optuna's trial 7.
        number: t.number,
        state: t.state,
        params: t.params,
        value: t.state === 'COMPLETE' ? (t.values?.[0] ?? null) : null,
        values: t.values,
        metrics: {},
        jobId: typeof t.userAttrs.ci_job_id === 'string' ? t.userAttrs.ci_job_id : null,
        jobUrl: typeof t.userAttrs.ci_job_url === 'string' ? t.userAttrs.ci_job_url : null,
        gpuHours,
        startedAt: t.startedAt,
        finishedAt: t.completedAt,
        createdByTokenId: auth.tokenId,
      }),
    );
    trials++;
    for (const p of t.intermediate) if (Number.isFinite(p.value)) intermediate.push({ trialId: id, ...p });
  }
  // One statement per 300 rows keeps each under SQLite's bound-parameter limit.
  for (let i = 0; i < intermediate.length; i += 300)
    statements.push(insertIntermediateStatement(ctx.db, intermediate.slice(i, i + 300)));
  statements.push(
    hpoEventStatement(ctx.db, {
      type: 'hpo.study.created',
      modelId: model.id,
      summary: `HPO study "${body.slug}" imported from an Optuna journal (${trials} trials)`,
      data: { study: body.slug, source: 'optuna-journal', optunaStudy: source.name, trials },
      actorTokenId: auth.tokenId,
      occurredAt: new Date(),
    }),
  );
  await ctx.db.batch(statements as [BatchStatement, ...BatchStatement[]]);
  announceModel(ctx, model, `study ${body.slug} imported`);
  const study = (await getStudy(ctx.db, model.id, body.slug))!;
  return {
    study: await studyView(ctx, model, study),
    imported: { trials, intermediateValues: intermediate.length },
    skipped,
  };
}

/**
 * Registers a model version from a COMPLETE trial (default: the best): its parameters become the
 * version's hyper-parameters, its value a metric, its CI job the training job; the trial records the
 * version (409 when it was promoted before).
 */
export async function promoteTrial(
  ctx: WriteContext,
  auth: AuthContext,
  slug: string,
  studySlug: string,
  body: z.infer<typeof PromoteSchema>,
): Promise<{ version: VersionView; trial: number }> {
  const { model, study } = await loadForWrite(ctx, auth, slug, studySlug);
  const picked =
    body.trial === undefined ? await bestTrialOf(ctx.db, study!) : await getTrial(ctx.db, study!.id, body.trial);
  if (!picked)
    throw new ApiError(
      body.trial === undefined ? 409 : 404,
      body.trial === undefined ? 'conflict' : 'not_found',
      body.trial === undefined
        ? `Study "${studySlug}" has no COMPLETE trial to promote.`
        : `Trial ${body.trial} of study "${studySlug}" was not found.`,
    );
  if (picked.state !== 'COMPLETE' || picked.value === null)
    throw new ApiError(
      409,
      'conflict',
      `Trial ${picked.number} is ${picked.state}; only a COMPLETE trial can be promoted.`,
    );
  if (picked.promotedVersionId !== null)
    throw new ApiError(409, 'conflict', `Trial ${picked.number} was already promoted to a version.`);
  const pageUrl = new URL(studyPagePath(model.slug, study!.slug), ctx.config.publicUrl).toString();
  const version = await registerVersion(ctx, auth, slug, {
    description:
      body.description ??
      `Best trial (${picked.number}) of HPO study [${study!.name}](${pageUrl}): ${study!.objectiveMetric} = ${picked.value}.`,
    status: 'ready',
    artifacts: [],
    hyperParameters: {
      ...picked.params,
      hpo: { study: study!.slug, trial: picked.number, sampler: study!.sampler, url: pageUrl },
    },
    metrics: [{ name: study!.objectiveMetric, value: picked.value, split: 'validation' }],
    datasets: [],
    parent: null,
    trainingJob: {
      ...(picked.jobUrl && /^https?:\/\//.test(picked.jobUrl) ? { ciUrl: picked.jobUrl } : {}),
      ...(picked.gpuHours !== null ? { gpuHours: picked.gpuHours } : {}),
      ...(picked.startedAt ? { startedAt: picked.startedAt.toISOString() } : {}),
      ...(picked.finishedAt ? { finishedAt: picked.finishedAt.toISOString() } : {}),
    },
  });
  const row = await getModelVersion(ctx.db, model.id, version.version);
  if (!(await markPromoted(ctx.db, picked.id, row!.id)))
    throw new ApiError(409, 'conflict', `Trial ${picked.number} was promoted by another call meanwhile.`);
  await ctx.db.batch([
    hpoEventStatement(ctx.db, {
      type: 'hpo.trial.promoted',
      modelId: model.id,
      modelVersionId: row!.id,
      summary: `HPO trial ${picked.number} of "${study!.slug}" promoted to v${version.version}`,
      data: { study: study!.slug, trial: picked.number, version: version.version },
      actorTokenId: auth.tokenId,
      occurredAt: new Date(),
    }),
  ]);
  return { version, trial: picked.number };
}

import type { z } from 'zod';
import { publicChange } from '../../public-change';
import {
  finishTrialStatement,
  getStudy,
  getTrial,
  insertTrialStatement,
  newTrialId,
  reportIntermediateStatement,
  studyCounts,
} from '../../../db/queries/hpo-studies';
import type { HpoStudy, Model } from '../../../db/schema';
import { checkParams } from '../../../src/lib/hpo/search-space';
import type { HpoTrialFinishedV1, HpoTrialReportedV1, HpoTrialStartedV1 } from '../../events/hpo-schemas';
import { Rejection, requireModel, type EventPlan, type PlanContext } from './context';

async function requireStudy(ctx: PlanContext, model: Model, slug: string): Promise<HpoStudy> {
  const study = await getStudy(ctx.db, model.id, slug);
  if (!study)
    throw new Rejection(422, 'unknown_study', `Model "${model.slug}" has no study "${slug}"; create it first.`, [
      { path: 'data.study', message: 'Unknown study.', code: 'unknown_study' },
    ]);
  return study;
}

const announce = (model: Model, what: string) =>
  model.visibility === 'public' ? { publicChange: publicChange.model(model.slug, what) } : {};

/** hpo.trial.started: the trial is written after its event, in the same transaction. */
export async function planTrialStarted(ctx: PlanContext, data: z.infer<typeof HpoTrialStartedV1>): Promise<EventPlan> {
  const model = await requireModel(ctx, data.model, 'data.model');
  const study = await requireStudy(ctx, model, data.study);
  const issues = checkParams(study.searchSpace, data.params);
  if (issues.length > 0)
    throw new Rejection(
      422,
      'out_of_space',
      `Parameters outside the search space: ${issues[0]!.message}`,
      issues.map((i) => ({ path: `data.params.${i.path}`, message: i.message, code: i.code })),
    );
  if (study.status !== 'running')
    throw new Rejection(409, 'study_not_running', `Study "${study.slug}" is ${study.status}; it takes no new trials.`);
  const counts = await studyCounts(ctx.db, [study.id]);
  const total = counts.reduce((a, c) => a + Number(c.trials), 0);
  if (study.maxTrials !== null && total >= study.maxTrials)
    throw new Rejection(409, 'budget_used', `Study "${study.slug}" has used its budget of ${study.maxTrials} trials.`);
  if (data.trial !== undefined && (await getTrial(ctx.db, study.id, data.trial)))
    throw new Rejection(409, 'trial_exists', `Trial ${data.trial} of study "${study.slug}" exists already.`);
  return {
    before: [],
    event: { modelId: model.id, jobId: data.job?.id ?? null },
    after: [
      insertTrialStatement(ctx.db, {
        id: newTrialId(),
        studyId: study.id,
        ...(data.trial !== undefined ? { number: data.trial } : {}),
        state: 'RUNNING',
        params: data.params,
        metrics: {},
        jobId: data.job?.id ?? null,
        jobUrl: data.job?.ciUrl ?? null,
        startedAt: data.startedAt ? new Date(data.startedAt) : ctx.now,
      }),
    ],
    ...announce(model, `study ${study.slug} trial started`),
  };
}

async function requireRunningTrial(ctx: PlanContext, study: HpoStudy, number: number) {
  const trial = await getTrial(ctx.db, study.id, number);
  if (!trial)
    throw new Rejection(422, 'unknown_trial', `Study "${study.slug}" has no trial ${number}.`, [
      { path: 'data.trial', message: 'Unknown trial.', code: 'unknown_trial' },
    ]);
  if (trial.state !== 'RUNNING')
    throw new Rejection(
      409,
      'trial_finished',
      `Trial ${number} of study "${study.slug}" already finished as ${trial.state}.`,
    );
  return trial;
}

export async function planTrialReported(
  ctx: PlanContext,
  data: z.infer<typeof HpoTrialReportedV1>,
): Promise<EventPlan> {
  const model = await requireModel(ctx, data.model, 'data.model');
  const study = await requireStudy(ctx, model, data.study);
  const trial = await requireRunningTrial(ctx, study, data.trial);
  return {
    before: [],
    event: { modelId: model.id, jobId: trial.jobId },
    after: [reportIntermediateStatement(ctx.db, trial.id, data.step, data.value)],
  };
}

export async function planTrialFinished(
  ctx: PlanContext,
  data: z.infer<typeof HpoTrialFinishedV1>,
): Promise<EventPlan> {
  const model = await requireModel(ctx, data.model, 'data.model');
  const study = await requireStudy(ctx, model, data.study);
  const trial = await requireRunningTrial(ctx, study, data.trial);
  return {
    before: [],
    event: { modelId: model.id, jobId: data.job?.id ?? trial.jobId, gpuHours: data.gpuHours ?? null },
    after: [
      finishTrialStatement(ctx.db, trial.id, {
        state: data.state,
        value: data.value ?? data.values?.[0] ?? null,
        values: data.values ?? null,
        metrics: { ...trial.metrics, ...data.metrics },
        gpuHours: data.gpuHours ?? trial.gpuHours,
        finishedAt: data.finishedAt ? new Date(data.finishedAt) : ctx.now,
        jobId: data.job?.id,
        jobUrl: data.job?.ciUrl,
      }),
    ],
    ...announce(model, `study ${study.slug} trial ${data.trial} finished`),
  };
}

/**
 * Hyper-parameter optimisation studies of a model and their trials: the model's owner group
 * writes them (as it writes the model), reads follow the model's visibility. Trial writes made
 * here are logged on the model's timeline as `hpo.trial.*` events (origin `hub`); CI may send
 * the same lifecycle as signed webhook events (functions/webhooks/plans/hpo.ts).
 */
import type { z } from '@hono/zod-openapi';
import type { Db } from '../../db/client';
import {
  bestTrialOf,
  finishTrialStatement,
  getStudy,
  getTrial,
  getTrialById,
  hpoEventStatement,
  insertIntermediateStatement,
  insertStudyStatement,
  insertTrialStatement,
  intermediateValues,
  listStudies,
  listTrials,
  newStudyId,
  newTrialId,
  reportIntermediateStatement,
  studyCounts,
  trialNumberById,
  trialRunning,
  updateStudy,
  type TrialRow,
} from '../../db/queries/hpo-studies';
import type { Viewer } from '../../db/queries/viewer';
import type { BatchStatement } from '../../db/queries/batch-helpers';
import type { HpoStudy, Model } from '../../db/schema';
import { checkParams, type SearchSpace } from '../../src/lib/hpo/search-space';
import type { AuthContext, WriteContext } from '../env';
import { ApiError, notFound } from '../errors';
import type { ServiceContext } from '../hub';
import { toStudyResponse, toTrialResponse, type StudyView, type TrialView } from '../contract/hpo/responses';
import type {
  IntermediateReportSchema,
  StudyCreateSchema,
  StudyPatchSchema,
  TrialCreateSchema,
  TrialFinishSchema,
  TrialListQuerySchema,
  TrialListSchema,
} from '../contract/hpo/schema';
import { assertCanWrite, viewerOf } from './catalog-access';
import { announceModel, loadModel } from './models';

const conflict = (message: string) => new ApiError(409, 'conflict', message);
const bodyIssue = (path: string, message: string, code: string) =>
  new ApiError(400, 'validation_failed', message, { issues: [{ in: 'body', path, message, code }] });

export async function loadStudy(ctx: ServiceContext, model: Model, slug: string): Promise<HpoStudy> {
  const study = await getStudy(ctx.db, model.id, slug);
  if (!study) throw notFound(`Study "${slug}" of model "${model.slug}"`);
  return study;
}

export async function studyView(ctx: ServiceContext, model: Model, study: HpoStudy): Promise<StudyView> {
  const [counts, best] = await Promise.all([studyCounts(ctx.db, [study.id]), bestTrialOf(ctx.db, study)]);
  return toStudyResponse(model.slug, study, counts, best, ctx.config.publicUrl);
}

async function trialView(db: Db, study: HpoStudy, trial: TrialRow): Promise<TrialView> {
  const values = await intermediateValues(db, [trial.id]);
  return toTrialResponse(study.slug, trial, values.get(trial.id) ?? []);
}

export async function listModelStudies(ctx: ServiceContext, viewer: Viewer | undefined, slug: string) {
  const model = await loadModel(ctx, viewer, slug);
  const studies = await listStudies(ctx.db, model.id);
  const counts = await studyCounts(
    ctx.db,
    studies.map((s) => s.id),
  );
  const bests = await Promise.all(studies.map((s) => bestTrialOf(ctx.db, s)));
  return { items: studies.map((s, i) => toStudyResponse(model.slug, s, counts, bests[i], ctx.config.publicUrl)) };
}

export async function getModelStudy(ctx: ServiceContext, viewer: Viewer | undefined, slug: string, study: string) {
  const model = await loadModel(ctx, viewer, slug);
  return studyView(ctx, model, await loadStudy(ctx, model, study));
}

export async function loadForWrite(ctx: ServiceContext, auth: AuthContext, slug: string, study?: string) {
  const model = await loadModel(ctx, viewerOf(auth), slug);
  assertCanWrite(auth, model, 'model');
  return { model, study: study === undefined ? undefined : await loadStudy(ctx, model, study) };
}

export async function createStudy(
  ctx: WriteContext,
  auth: AuthContext,
  slug: string,
  body: z.infer<typeof StudyCreateSchema>,
): Promise<StudyView> {
  const { model } = await loadForWrite(ctx, auth, slug);
  if (await getStudy(ctx.db, model.id, body.slug))
    throw conflict(`Model "${slug}" already has a study "${body.slug}".`);
  const now = new Date();
  await ctx.db.batch([
    insertStudyStatement(ctx.db, {
      id: newStudyId(),
      modelId: model.id,
      slug: body.slug,
      name: body.name,
      description: body.description,
      objectiveMetric: body.objective.metric,
      direction: body.objective.direction,
      searchSpace: body.searchSpace as SearchSpace,
      sampler: body.sampler,
      pruner: body.pruner,
      maxTrials: body.budget.maxTrials ?? null,
      maxGpuHours: body.budget.gpuHours ?? null,
      gpuType: body.gpuType,
      createdByTokenId: auth.tokenId,
    }),
    hpoEventStatement(ctx.db, {
      type: 'hpo.study.created',
      modelId: model.id,
      summary: `HPO study "${body.name}" created (${body.sampler}, ${body.objective.direction} ${body.objective.metric})`,
      data: { study: body.slug, sampler: body.sampler, objective: body.objective },
      actorTokenId: auth.tokenId,
      occurredAt: now,
    }),
  ]);
  announceModel(ctx, model, `study ${body.slug} created`);
  return studyView(ctx, model, (await getStudy(ctx.db, model.id, body.slug))!);
}

export async function changeStudy(
  ctx: WriteContext,
  auth: AuthContext,
  slug: string,
  studySlug: string,
  body: z.infer<typeof StudyPatchSchema>,
): Promise<StudyView> {
  const { model, study } = await loadForWrite(ctx, auth, slug, studySlug);
  await updateStudy(ctx.db, study!.id, {
    ...(body.name !== undefined ? { name: body.name } : {}),
    ...(body.description !== undefined ? { description: body.description } : {}),
    ...(body.status !== undefined ? { status: body.status } : {}),
    ...(body.gpuType !== undefined ? { gpuType: body.gpuType } : {}),
    ...(body.budget?.maxTrials !== undefined ? { maxTrials: body.budget.maxTrials } : {}),
    ...(body.budget?.gpuHours !== undefined ? { maxGpuHours: body.budget.gpuHours } : {}),
  });
  announceModel(ctx, model, `study ${studySlug} changed`);
  return studyView(ctx, model, (await getStudy(ctx.db, model.id, studySlug))!);
}

export async function listStudyTrials(
  ctx: ServiceContext,
  viewer: Viewer | undefined,
  slug: string,
  studySlug: string,
  query: z.infer<typeof TrialListQuerySchema>,
): Promise<z.infer<typeof TrialListSchema>> {
  const model = await loadModel(ctx, viewer, slug);
  const study = await loadStudy(ctx, model, studySlug);
  const limit = query.limit ?? 200;
  const rows = await listTrials(ctx.db, study.id, {
    limit: limit + 1,
    after: query.cursor === undefined ? undefined : Number(query.cursor),
    state: query.state,
  });
  const page = rows.slice(0, limit);
  const values = await intermediateValues(
    ctx.db,
    page.map((t) => t.id),
  );
  return {
    items: page.map((t) => toTrialResponse(study.slug, t, values.get(t.id) ?? [])),
    nextCursor: rows.length > limit ? String(page.at(-1)!.number) : null,
  };
}

export async function getStudyTrial(
  ctx: ServiceContext,
  viewer: Viewer | undefined,
  slug: string,
  studySlug: string,
  number: number,
): Promise<TrialView> {
  const model = await loadModel(ctx, viewer, slug);
  const study = await loadStudy(ctx, model, studySlug);
  const trial = await getTrial(ctx.db, study.id, number);
  if (!trial) throw notFound(`Trial ${number} of study "${studySlug}"`);
  return trialView(ctx.db, study, trial);
}

/** Budget and status checks a new trial must pass (409 when the study cannot take it). */
export async function assertStudyTakesTrial(db: Db, study: HpoStudy): Promise<void> {
  if (study.status !== 'running') throw conflict(`Study "${study.slug}" is ${study.status}; it takes no new trials.`);
  const counts = await studyCounts(db, [study.id]);
  const total = counts.reduce((a, c) => a + Number(c.trials), 0);
  if (study.maxTrials !== null && total >= study.maxTrials)
    throw conflict(`Study "${study.slug}" has used its budget of ${study.maxTrials} trials.`);
  const used = counts.reduce((a, c) => a + Number(c.gpuHours), 0);
  if (study.maxGpuHours !== null && used >= study.maxGpuHours)
    throw conflict(`Study "${study.slug}" has used its budget of ${study.maxGpuHours} GPU-hours.`);
}

const finishedStates = new Set(['COMPLETE', 'PRUNED', 'FAIL']);

export async function createTrial(
  ctx: WriteContext,
  auth: AuthContext,
  slug: string,
  studySlug: string,
  body: z.infer<typeof TrialCreateSchema>,
): Promise<TrialView> {
  const { model, study } = await loadForWrite(ctx, auth, slug, studySlug);
  const issues = checkParams(study!.searchSpace, body.params);
  if (issues.length > 0)
    throw new ApiError(400, 'validation_failed', `Parameters outside the search space: ${issues[0]!.message}`, {
      issues: issues.map((i) => ({ in: 'body', path: `params.${i.path}`, message: i.message, code: i.code })),
    });
  await assertStudyTakesTrial(ctx.db, study!);
  const id = newTrialId();
  const now = new Date();
  const finished = finishedStates.has(body.state);
  const startedAt = body.startedAt ? new Date(body.startedAt) : now;
  const statements: BatchStatement[] = [
    insertTrialStatement(ctx.db, {
      id,
      studyId: study!.id,
      state: body.state,
      params: body.params,
      value: body.value ?? body.values?.[0] ?? null,
      values: body.values ?? null,
      metrics: body.metrics,
      jobId: body.job?.id ?? null,
      jobUrl: body.job?.url ?? null,
      gpuHours: body.gpuHours ?? null,
      startedAt,
      finishedAt: finished ? (body.finishedAt ? new Date(body.finishedAt) : now) : null,
      createdByTokenId: auth.tokenId,
    }),
  ];
  if (body.intermediateValues.length > 0)
    statements.push(
      insertIntermediateStatement(
        ctx.db,
        body.intermediateValues.map((p) => ({ trialId: id, ...p })),
      ),
    );
  const trialNumber = { trial: trialNumberById(id) };
  statements.push(
    hpoEventStatement(ctx.db, {
      type: finished ? 'hpo.trial.finished' : 'hpo.trial.started',
      modelId: model.id,
      summary: finished
        ? `HPO trial of "${study!.slug}" reported ${body.state}${body.value !== undefined ? ` (${study!.objectiveMetric} ${body.value})` : ''}`
        : `HPO trial of "${study!.slug}" started`,
      data: { study: study!.slug, state: body.state, params: body.params, value: body.value ?? null },
      computed: trialNumber,
      jobId: body.job?.id ?? null,
      gpuHours: body.gpuHours ?? null,
      actorTokenId: auth.tokenId,
      occurredAt: startedAt,
    }),
  );
  await ctx.db.batch(statements as [BatchStatement, ...BatchStatement[]]);
  announceModel(ctx, model, `study ${study!.slug} trial reported`);
  const trial = await getTrialById(ctx.db, id);
  return trialView(ctx.db, study!, trial!);
}

export async function reportIntermediate(
  ctx: WriteContext,
  auth: AuthContext,
  slug: string,
  studySlug: string,
  number: number,
  body: z.infer<typeof IntermediateReportSchema>,
): Promise<TrialView> {
  const { study } = await loadForWrite(ctx, auth, slug, studySlug);
  const trial = await getTrial(ctx.db, study!.id, number);
  if (!trial) throw notFound(`Trial ${number} of study "${studySlug}"`);
  if (trial.state !== 'RUNNING') throw conflict(`Trial ${number} is ${trial.state}; a finished trial takes no values.`);
  await ctx.db.batch([reportIntermediateStatement(ctx.db, trial.id, body.step, body.value)]);
  return trialView(ctx.db, study!, (await getTrial(ctx.db, study!.id, number))!);
}

export async function finishTrial(
  ctx: WriteContext,
  auth: AuthContext,
  slug: string,
  studySlug: string,
  number: number,
  body: z.infer<typeof TrialFinishSchema>,
): Promise<TrialView> {
  const { model, study } = await loadForWrite(ctx, auth, slug, studySlug);
  const trial = await getTrial(ctx.db, study!.id, number);
  if (!trial) throw notFound(`Trial ${number} of study "${studySlug}"`);
  if (trial.state !== 'RUNNING') throw conflict(`Trial ${number} already finished as ${trial.state}.`);
  const finishedAt = body.finishedAt ? new Date(body.finishedAt) : new Date();
  if (trial.startedAt && finishedAt < trial.startedAt)
    throw bodyIssue(
      'finishedAt',
      `A trial cannot finish before it started (${trial.startedAt.toISOString()}).`,
      'too_small',
    );
  const [, rows] = await ctx.db.batch([
    hpoEventStatement(ctx.db, {
      type: 'hpo.trial.finished',
      modelId: model.id,
      summary: `HPO trial ${number} of "${study!.slug}" ${body.state}${body.value !== undefined ? ` (${study!.objectiveMetric} ${body.value})` : ''}`,
      data: { study: study!.slug, trial: number, state: body.state, value: body.value ?? null },
      jobId: body.job?.id ?? trial.jobId,
      gpuHours: body.gpuHours ?? null,
      actorTokenId: auth.tokenId,
      occurredAt: finishedAt,
      // Before the update, under the same condition, so only the call that finishes it logs it.
      when: trialRunning(trial.id),
    }),
    finishTrialStatement(ctx.db, trial.id, {
      state: body.state,
      value: body.value ?? body.values?.[0] ?? null,
      values: body.values ?? null,
      metrics: { ...trial.metrics, ...body.metrics },
      gpuHours: body.gpuHours ?? trial.gpuHours,
      finishedAt,
      jobId: body.job?.id,
      jobUrl: body.job?.url,
    }),
  ]);
  if ((rows as unknown[]).length === 0) throw conflict(`Trial ${number} already finished.`);
  announceModel(ctx, model, `study ${study!.slug} trial ${number} finished`);
  return trialView(ctx.db, study!, (await getTrial(ctx.db, study!.id, number))!);
}

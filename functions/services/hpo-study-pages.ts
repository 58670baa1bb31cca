/**
 * What the study pages show: a model's studies a page at a time, and one study with its charts'
 * data, a page of its trials, the remaining-budget cost estimate and the pools that could run it.
 */
import { countStudies, completedTrialGpuHours, listStudiesPage } from '../../db/queries/hpo-study-pages';
import { bestTrialOf, intermediateValues, listTrials, studyCounts, getStudy } from '../../db/queries/hpo-studies';
import type { Model } from '../../db/schema';
import { optimisationHistory, type HistoryPoint } from '../../src/lib/hpo/history';
import { paramImportance, type ParamImportance } from '../../src/lib/hpo/importance';
import {
  intermediateCurves,
  parallelCoordinates,
  type IntermediateCurve,
  type ParallelData,
} from '../../src/lib/hpo/study-charts';
import { remainingBudget, type RemainingBudget } from '../../src/lib/hpo/study-budget';
import { poolsForStudy, type StudyPoolCandidate } from '../../src/lib/hpo/study-pools';
import { costPageUrl, type Estimate } from '../../src/lib/costs';
import { pageWindow, type PageWindow } from '../../src/lib/pagination';
import { toStudyResponse, toTrialResponse, type StudyView, type TrialView } from '../contract/hpo/responses';
import { EstimateRequestSchema } from '../contract/costs/schema';
import { ApiError } from '../errors';
import type { ServiceContext } from '../hub';
import { runEstimate } from './costs';
import { listDirectoryPools, type PoolData } from './hardware';
import { findModel } from './models';

export type { StudyView, TrialView };
export const STUDIES_PAGE_SIZE = 50;
export const TRIALS_PAGE_SIZE = 50;
/** Trials the charts draw: the first this many by number (the page says when a study has more). */
export const CHART_TRIALS = 1000;
/** Intermediate-value curves drawn at most, so the page stays small. */
export const CHART_CURVES = 200;

export interface StudyListPage {
  model: Model;
  studies: StudyView[];
  window: PageWindow;
}

export async function studyListPage(
  ctx: ServiceContext,
  slug: string,
  page: string | null,
): Promise<StudyListPage | undefined> {
  const model = await findModel(ctx, slug);
  if (!model) return undefined;
  const window = pageWindow(page, await countStudies(ctx.db, model.id), STUDIES_PAGE_SIZE);
  if (!window) return undefined;
  const rows = await listStudiesPage(ctx.db, model.id, { limit: window.pageSize, offset: window.offset });
  const [counts, bests] = await Promise.all([
    studyCounts(
      ctx.db,
      rows.map((s) => s.id),
    ),
    Promise.all(rows.map((s) => bestTrialOf(ctx.db, s))),
  ]);
  return {
    model,
    studies: rows.map((s, i) => toStudyResponse(model.slug, s, counts, bests[i], ctx.config.publicUrl)),
    window,
  };
}

/** The remaining-budget estimate: what it priced, the cost page link, and the totals or why there are none. */
export interface StudyCostEstimate {
  budget: RemainingBudget;
  gpuType: string | null;
  /** The /costs/ page with the same inputs; null when there is nothing to price. */
  costUrl: string | null;
  estimate: Estimate | null;
  /** Why there is no estimate. */
  problem: string | null;
}

export interface StudyPage {
  model: Model;
  study: StudyView;
  best: TrialView | null;
  /** This page of the trials table. */
  trials: TrialView[];
  window: PageWindow;
  /** Trials the charts draw, and how many the study has. */
  charted: { trials: number; of: number; curves: number; curvesOf: number };
  history: HistoryPoint[];
  importance: ParamImportance[];
  parallel: ParallelData;
  curves: IntermediateCurve[];
  cost: StudyCostEstimate;
  pools: StudyPoolCandidate<PoolData>[];
}

/** Prices the trials left: one GPU for `hoursPerTrial` hours per trial, on the study's GPU type, compute only. */
export async function studyCostEstimate(
  ctx: ServiceContext,
  study: Pick<StudyView, 'budget' | 'trials' | 'gpuHoursUsed' | 'gpuType'>,
  completedGpuHours: (number | null)[],
): Promise<StudyCostEstimate> {
  const budget = remainingBudget({
    maxTrials: study.budget.maxTrials,
    gpuHours: study.budget.gpuHours,
    trialsUsed: study.trials.total,
    gpuHoursUsed: study.gpuHoursUsed,
    completedGpuHours,
  });
  const none = (problem: string): StudyCostEstimate => ({
    budget,
    gpuType: study.gpuType,
    costUrl: null,
    estimate: null,
    problem,
  });
  if (budget.trialsLeft === null)
    return none('The study has no trial or GPU-hour budget, so nothing bounds the trials left.');
  if (budget.trialsLeft === 0) return none('The budget is used up: no trials are left to price.');
  if (budget.hoursPerTrial === null)
    return none('No COMPLETE trial recorded its GPU-hours and the budget gives no GPU-hours per trial.');
  if (!study.gpuType) return none('The study names no GPU type to price (set `gpuType` on the study).');
  const request = {
    datasetTb: 0,
    egressCount: 0,
    ingressCount: 0,
    storageMonths: 0,
    gpuType: study.gpuType,
    gpusPerJob: 1,
    hoursPerJob: budget.hoursPerTrial,
    jobs: budget.trialsLeft,
  };
  const costUrl = costPageUrl(request);
  const parsed = EstimateRequestSchema.safeParse(request);
  if (!parsed.success) return { ...none(parsed.error.issues[0]!.message), costUrl };
  try {
    return {
      budget,
      gpuType: study.gpuType,
      costUrl,
      estimate: await runEstimate(ctx, parsed.data, 'query'),
      problem: null,
    };
  } catch (error) {
    if (error instanceof ApiError) return { ...none(error.message), costUrl };
    throw error;
  }
}

export async function studyPage(
  ctx: ServiceContext,
  slug: string,
  studySlug: string,
  page: string | null,
): Promise<StudyPage | undefined> {
  const model = await findModel(ctx, slug);
  if (!model) return undefined;
  const row = await getStudy(ctx.db, model.id, studySlug);
  if (!row) return undefined;
  const [counts, bestRow] = await Promise.all([studyCounts(ctx.db, [row.id]), bestTrialOf(ctx.db, row)]);
  const study = toStudyResponse(model.slug, row, counts, bestRow, ctx.config.publicUrl);
  const window = pageWindow(page, study.trials.total, TRIALS_PAGE_SIZE);
  if (!window) return undefined;

  const [charted, pageRows, completedHours, pools] = await Promise.all([
    listTrials(ctx.db, row.id, { limit: CHART_TRIALS }),
    listTrials(ctx.db, row.id, { limit: window.pageSize, offset: window.offset }),
    completedTrialGpuHours(ctx.db, row.id),
    listDirectoryPools(ctx),
  ]);
  const ids = [...new Set([...charted, ...pageRows].map((t) => t.id))];
  const values = await intermediateValues(ctx.db, ids);
  const view = (t: (typeof charted)[number]) => toTrialResponse(row.slug, t, values.get(t.id) ?? []);
  const chartTrials = charted.map(view);
  const best =
    bestRow === undefined
      ? null
      : (chartTrials.find((t) => t.number === bestRow.number) ??
        toTrialResponse(row.slug, { ...bestRow, createdBy: null, promotedVersion: null }, []));
  const complete = chartTrials.filter((t) => t.state === 'COMPLETE' && t.value !== null);
  const allCurves = intermediateCurves(chartTrials);
  return {
    model,
    study,
    best,
    trials: pageRows.map(view),
    window,
    charted: {
      trials: chartTrials.length,
      of: study.trials.total,
      curves: Math.min(allCurves.length, CHART_CURVES),
      curvesOf: allCurves.length,
    },
    history: optimisationHistory(chartTrials, row.direction),
    importance: paramImportance(
      row.searchSpace,
      complete.map((t) => ({ params: t.params as Record<string, never>, value: t.value! })),
    ),
    parallel: parallelCoordinates(row.searchSpace, chartTrials, row.objectiveMetric, study.bestTrial?.number ?? null),
    curves: allCurves.slice(0, CHART_CURVES),
    cost: await studyCostEstimate(ctx, study, completedHours),
    pools: poolsForStudy(pools, row.gpuType),
  };
}

import type { z } from '@hono/zod-openapi';
import type { StudyCounts, TrialRow } from '../../../db/queries/hpo-studies';
import type { HpoStudy, HpoTrial } from '../../../db/schema';
import type { StudySchema, TrialSchema } from './schema';

export type StudyView = z.infer<typeof StudySchema>;
export type TrialView = z.infer<typeof TrialSchema>;

export const studyPagePath = (model: string, study: string) => `/models/${model}/studies/${study}/`;

export function toStudyResponse(
  modelSlug: string,
  study: HpoStudy,
  counts: StudyCounts[],
  best: HpoTrial | undefined,
  publicUrl: string,
): StudyView {
  const trials = { total: 0, RUNNING: 0, COMPLETE: 0, PRUNED: 0, FAIL: 0 };
  let gpuHoursUsed = 0;
  for (const c of counts.filter((c) => c.studyId === study.id)) {
    trials[c.state as keyof typeof trials] = Number(c.trials);
    trials.total += Number(c.trials);
    gpuHoursUsed += Number(c.gpuHours);
  }
  return {
    model: modelSlug,
    slug: study.slug,
    name: study.name,
    description: study.description,
    objective: { metric: study.objectiveMetric, direction: study.direction },
    searchSpace: study.searchSpace as StudyView['searchSpace'],
    sampler: study.sampler,
    pruner: study.pruner,
    budget: { maxTrials: study.maxTrials, gpuHours: study.maxGpuHours },
    gpuType: study.gpuType,
    status: study.status,
    source: study.source,
    trials,
    gpuHoursUsed: Number(gpuHoursUsed.toPrecision(12)),
    trialsLeft: study.maxTrials === null ? null : Math.max(0, study.maxTrials - trials.total),
    bestTrial: best && best.value !== null ? { number: best.number, value: best.value, params: best.params } : null,
    pageUrl: new URL(studyPagePath(modelSlug, study.slug), publicUrl).toString(),
    createdAt: study.createdAt.toISOString(),
    updatedAt: study.updatedAt.toISOString(),
  };
}

export function toTrialResponse(
  studySlug: string,
  trial: TrialRow,
  intermediate: { step: number; value: number }[],
): TrialView {
  return {
    study: studySlug,
    number: trial.number,
    state: trial.state,
    params: trial.params,
    value: trial.value,
    values: trial.values ?? null,
    metrics: trial.metrics,
    intermediateValues: intermediate,
    job: { id: trial.jobId, url: trial.jobUrl },
    gpuHours: trial.gpuHours,
    startedAt: trial.startedAt?.toISOString() ?? null,
    finishedAt: trial.finishedAt?.toISOString() ?? null,
    promotedVersion: trial.promotedVersion,
    createdBy: trial.createdBy,
  };
}

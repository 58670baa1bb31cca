import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type {
  Direction,
  ParamValue,
  Sampler,
  SearchSpace,
  StudyStatus,
  TrialState,
} from '../../src/lib/hpo/search-space';
import { DIRECTIONS, STUDY_STATUSES, TRIAL_STATES } from '../../src/lib/hpo/search-space';
import { apiTokens } from './api-tokens';
import { createdAt, timestampMs, updatedAt } from './columns';
import { modelVersions } from './model-versions';
import { models } from './models';

/**
 * A hyper-parameter optimisation study of a model: objective, typed search space (Optuna's
 * distributions), sampler and budget. Ids are made by the app (`hps_…`), so a study and all its
 * trials can be written in one batch (an Optuna import).
 */
export const hpoStudies = sqliteTable(
  'hpo_studies',
  {
    id: text('id').primaryKey(),
    modelId: integer('model_id')
      .notNull()
      .references(() => models.id, { onDelete: 'cascade' }),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    objectiveMetric: text('objective_metric').notNull(),
    direction: text('direction', { enum: DIRECTIONS }).$type<Direction>().notNull(),
    searchSpace: text('search_space', { mode: 'json' }).$type<SearchSpace>().notNull(),
    sampler: text('sampler').$type<Sampler>().notNull(),
    pruner: text('pruner'),
    maxTrials: integer('max_trials'),
    maxGpuHours: real('max_gpu_hours'),
    /** GPU as the price table names it (A100-80GB …), for the remaining-budget estimate. */
    gpuType: text('gpu_type'),
    status: text('status', { enum: STUDY_STATUSES }).$type<StudyStatus>().notNull().default('running'),
    /** `api` or `optuna-journal`. */
    source: text('source').notNull().default('api'),
    createdByTokenId: text('created_by_token_id').references(() => apiTokens.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('hpo_studies_model_slug_uq').on(t.modelId, t.slug)],
);

/** One trial of a study: Optuna's number (0, 1, 2 … per study), parameters, state and values. */
export const hpoTrials = sqliteTable(
  'hpo_trials',
  {
    id: text('id').primaryKey(),
    studyId: text('study_id')
      .notNull()
      .references(() => hpoStudies.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    state: text('state', { enum: TRIAL_STATES }).$type<TrialState>().notNull(),
    params: text('params', { mode: 'json' }).$type<Record<string, ParamValue>>().notNull(),
    /** The objective value (the first of `values` for a multi-objective import). */
    value: real('value'),
    values: text('values', { mode: 'json' }).$type<number[] | null>(),
    metrics: text('metrics', { mode: 'json' }).$type<Record<string, number>>().notNull(),
    jobId: text('job_id'),
    jobUrl: text('job_url'),
    gpuHours: real('gpu_hours'),
    startedAt: timestampMs('started_at'),
    finishedAt: timestampMs('finished_at'),
    /** The model version registered from this trial by "promote best trial". */
    promotedVersionId: integer('promoted_version_id').references(() => modelVersions.id),
    createdByTokenId: text('created_by_token_id').references(() => apiTokens.id),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('hpo_trials_study_number_uq').on(t.studyId, t.number),
    index('hpo_trials_state_idx').on(t.studyId, t.state),
  ],
);

/** Intermediate values a trial reported by step (Optuna's trial_intermediate_values); pruning decisions read them. */
export const hpoIntermediateValues = sqliteTable(
  'hpo_intermediate_values',
  {
    trialId: text('trial_id')
      .notNull()
      .references(() => hpoTrials.id, { onDelete: 'cascade' }),
    step: integer('step').notNull(),
    value: real('value').notNull(),
  },
  (t) => [primaryKey({ columns: [t.trialId, t.step] })],
);

export type HpoStudy = typeof hpoStudies.$inferSelect;
export type NewHpoStudy = typeof hpoStudies.$inferInsert;
export type HpoTrial = typeof hpoTrials.$inferSelect;
export type NewHpoTrial = typeof hpoTrials.$inferInsert;

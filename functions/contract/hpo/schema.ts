import { z } from '@hono/zod-openapi';
import {
  DIRECTIONS,
  distributionProblem,
  FINISHED_STATES,
  SAMPLERS,
  STUDY_STATUSES,
  TRIAL_STATES,
  type Distribution,
} from '../../../src/lib/hpo/search-space';
import { IsoDateTimeSchema } from '../catalog-schema';
import { ModelParamSchema } from '../models/schema';
import { integerString, MAX_INTEGER_PARAM, METRIC_VALUE_BOUND } from '../strict-integer';
import { HttpUrlSchema, orNull, SlugSchema } from '../shared-schema';

/** Objective values, bounds and choices: finite, within ±1e30 like metric values. */
const finite = z.number().min(-METRIC_VALUE_BOUND).max(METRIC_VALUE_BOUND);
const int = z.number().int().min(-MAX_INTEGER_PARAM).max(MAX_INTEGER_PARAM);
const ParamNameSchema = z.string().min(1).max(100);
const ChoiceSchema = z.union([z.string().max(200), finite, z.boolean(), z.null()]);

export const DistributionSchema = z
  .discriminatedUnion('type', [
    z
      .object({
        type: z.literal('float'),
        low: finite,
        high: finite,
        log: z.boolean().default(false),
        step: z.number().positive().max(METRIC_VALUE_BOUND).nullable().default(null),
      })
      .strict(),
    z
      .object({
        type: z.literal('int'),
        low: int,
        high: int,
        log: z.boolean().default(false),
        step: z.number().int().positive().max(MAX_INTEGER_PARAM).default(1),
      })
      .strict(),
    z.object({ type: z.literal('categorical'), choices: z.array(ChoiceSchema).min(1).max(1000) }).strict(),
  ])
  .openapi('HpoDistribution', {
    description:
      "One parameter's distribution in Optuna's abbreviated JSON (what `optuna.distributions.json_to_distribution` reads): " +
      '`float` and `int` with `low`/`high` (inclusive), `log` and `step`; `categorical` with `choices`.',
    example: { type: 'float', low: 1e-5, high: 1e-2, log: true },
  });

export const SearchSpaceSchema = z
  .record(ParamNameSchema, DistributionSchema)
  .superRefine((space, ctx) => {
    const names = Object.keys(space);
    if (names.length === 0) ctx.addIssue({ code: 'custom', message: 'A search space needs at least one parameter.' });
    if (names.length > 100) ctx.addIssue({ code: 'custom', message: 'At most 100 parameters.' });
    for (const name of names) {
      const problem = distributionProblem(space[name] as Distribution);
      if (problem) ctx.addIssue({ code: 'custom', path: [name], message: problem });
    }
  })
  .openapi('HpoSearchSpace', {
    description: 'Parameter name → distribution.',
    example: {
      learning_rate: { type: 'float', low: 1e-5, high: 1e-2, log: true },
      layers: { type: 'int', low: 2, high: 8 },
      optimizer: { type: 'categorical', choices: ['adam', 'sgd'] },
    },
  });

export const ObjectiveSchema = z
  .object({
    metric: z.string().min(1).max(100).openapi({ example: 'val_loss' }),
    direction: z.enum(DIRECTIONS),
  })
  .strict()
  .openapi('HpoObjective');

export const BudgetSchema = z
  .object({
    maxTrials: z.number().int().min(1).max(1_000_000).nullable().optional(),
    gpuHours: z.number().positive().max(10_000_000).nullable().optional(),
  })
  .strict()
  .openapi('HpoBudget');

const GpuTypeSchema = z
  .string()
  .trim()
  .min(1)
  .max(60)
  .openapi({ description: 'GPU as the price table names it (A100-80GB, H100-80GB, L4, T4 …), for the cost estimate.' });

export const StudyCreateSchema = z
  .object({
    slug: SlugSchema,
    name: z.string().trim().min(2).max(200),
    description: z.string().max(20_000).default(''),
    objective: ObjectiveSchema,
    searchSpace: SearchSpaceSchema,
    sampler: z.enum(SAMPLERS).default('TPESampler').openapi({ description: 'Optuna sampler class name.' }),
    pruner: z.string().trim().min(1).max(100).nullable().default(null).openapi({ example: 'MedianPruner' }),
    budget: BudgetSchema.default({}),
    gpuType: GpuTypeSchema.nullable().default(null),
  })
  .strict()
  .openapi('HpoStudyCreate');

export const StudyPatchSchema = z
  .object({
    name: z.string().trim().min(2).max(200),
    description: z.string().max(20_000),
    status: z.enum(STUDY_STATUSES),
    budget: BudgetSchema,
    gpuType: GpuTypeSchema.nullable(),
  })
  .partial()
  .strict()
  .openapi('HpoStudyPatch');

export const TrialSummarySchema = z
  .object({ number: z.number().int(), value: z.number(), params: z.record(z.string(), z.unknown()) })
  .openapi('HpoTrialSummary');

export const StudySchema = z
  .object({
    model: z.string(),
    slug: z.string(),
    name: z.string(),
    description: z.string(),
    objective: ObjectiveSchema,
    searchSpace: z.record(z.string(), DistributionSchema),
    sampler: z.string(),
    pruner: z.string().nullable(),
    budget: z.object({ maxTrials: z.number().int().nullable(), gpuHours: z.number().nullable() }),
    gpuType: z.string().nullable(),
    status: z.enum(STUDY_STATUSES),
    source: z.string().openapi({ description: '`api` or `optuna-journal`.' }),
    trials: z.object({
      total: z.number().int(),
      RUNNING: z.number().int(),
      COMPLETE: z.number().int(),
      PRUNED: z.number().int(),
      FAIL: z.number().int(),
    }),
    gpuHoursUsed: z.number(),
    trialsLeft: z
      .number()
      .int()
      .nullable()
      .openapi({ description: 'Budgeted trials not yet started; null without a trial budget.' }),
    bestTrial: orNull(TrialSummarySchema),
    pageUrl: z.string(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .openapi('HpoStudy');

export const StudyListSchema = z.object({ items: z.array(StudySchema) }).openapi('HpoStudyList');

const JobRefSchema = z
  .object({
    id: z.string().min(1).max(200).optional().openapi({ description: 'The CI job id.' }),
    url: HttpUrlSchema.optional().openapi({ description: 'The CI job page.' }),
  })
  .strict()
  .openapi('HpoJobRef');

const IntermediateSchema = z
  .object({ step: z.number().int().min(0).max(100_000_000), value: finite })
  .strict()
  .openapi('HpoIntermediateValue');

const MetricsSchema = z
  .record(z.string().min(1).max(100), finite)
  .refine((m) => Object.keys(m).length <= 200, 'At most 200 metrics.');

const requireValue = (v: { state?: string | undefined; value?: number | undefined }) =>
  v.state !== 'COMPLETE' || v.value !== undefined;

export const TrialCreateSchema = z
  .object({
    params: z.record(ParamNameSchema, ChoiceSchema).openapi({ description: 'Checked against the search space.' }),
    state: z
      .enum(TRIAL_STATES)
      .default('RUNNING')
      .openapi({ description: 'RUNNING (default), or a finished state to report a whole trial at once.' }),
    value: finite.optional().openapi({ description: 'The objective value; required for COMPLETE.' }),
    values: z.array(finite).min(1).max(10).optional(),
    metrics: MetricsSchema.default({}),
    intermediateValues: z.array(IntermediateSchema).max(10_000).default([]),
    job: JobRefSchema.optional(),
    gpuHours: z.number().min(0).max(1e6).optional(),
    startedAt: IsoDateTimeSchema.optional(),
    finishedAt: IsoDateTimeSchema.optional(),
  })
  .strict()
  .refine(requireValue, { path: ['value'], message: 'A COMPLETE trial needs its objective value.' })
  .openapi('HpoTrialCreate');

export const IntermediateReportSchema = IntermediateSchema;

export const TrialFinishSchema = z
  .object({
    state: z.enum(FINISHED_STATES),
    value: finite.optional(),
    values: z.array(finite).min(1).max(10).optional(),
    metrics: MetricsSchema.optional(),
    gpuHours: z.number().min(0).max(1e6).optional(),
    job: JobRefSchema.optional(),
    finishedAt: IsoDateTimeSchema.optional(),
  })
  .strict()
  .refine(requireValue, { path: ['value'], message: 'A COMPLETE trial needs its objective value.' })
  .openapi('HpoTrialFinish');

export const TrialSchema = z
  .object({
    study: z.string(),
    number: z.number().int(),
    state: z.enum(TRIAL_STATES),
    params: z.record(z.string(), z.unknown()),
    value: z.number().nullable(),
    values: z.array(z.number()).nullable(),
    metrics: z.record(z.string(), z.number()),
    intermediateValues: z.array(z.object({ step: z.number().int(), value: z.number() })),
    job: z.object({ id: z.string().nullable(), url: z.string().nullable() }),
    gpuHours: z.number().nullable(),
    startedAt: z.iso.datetime().nullable(),
    finishedAt: z.iso.datetime().nullable(),
    promotedVersion: z.number().int().nullable(),
    createdBy: z.string().nullable(),
  })
  .openapi('HpoTrial');

export const TrialListSchema = z
  .object({ items: z.array(TrialSchema), nextCursor: z.string().nullable() })
  .openapi('HpoTrialList');

export const TrialListQuerySchema = z.object({
  state: z.enum(TRIAL_STATES).optional(),
  limit: integerString({ max: 1000 }).optional().openapi({ description: 'Page size (default 200).' }),
  cursor: z
    .string()
    .regex(/^\d{1,9}$/)
    .optional()
    .openapi({ description: '`nextCursor` of the previous page (the last trial number).' }),
});

export const StudyImportSchema = z
  .object({
    journal: z
      .string()
      .min(1)
      .max(240_000)
      .openapi({ description: 'An Optuna JournalStorage file (JournalFileBackend): one JSON operation per line.' }),
    studyName: z
      .string()
      .min(1)
      .max(500)
      .optional()
      .openapi({ description: 'Which Optuna study of the journal; needed when it holds more than one.' }),
    slug: SlugSchema,
    name: z.string().trim().min(2).max(200).optional().openapi({ description: "Default: the Optuna study's name." }),
    description: z.string().max(20_000).default(''),
    metric: z.string().min(1).max(100).default('value').openapi({ description: 'Name of the objective.' }),
    sampler: z.enum(SAMPLERS).default('TPESampler').openapi({ description: 'A journal does not record the sampler.' }),
    status: z
      .enum(STUDY_STATUSES)
      .optional()
      .openapi({ description: 'Default: `running` while a trial runs, else `complete`.' }),
    budget: BudgetSchema.default({}),
    gpuType: GpuTypeSchema.nullable().default(null),
  })
  .strict()
  .openapi('HpoStudyImport');

export const StudyImportResultSchema = z
  .object({
    study: StudySchema,
    imported: z.object({ trials: z.number().int(), intermediateValues: z.number().int() }),
    skipped: z.array(z.object({ trial: z.number().int(), reason: z.string() })),
  })
  .openapi('HpoStudyImportResult');

export const PromoteSchema = z
  .object({
    trial: z
      .number()
      .int()
      .min(0)
      .max(MAX_INTEGER_PARAM)
      .optional()
      .openapi({ description: 'Default: the best COMPLETE trial.' }),
    description: z.string().max(20_000).optional(),
  })
  .strict()
  .openapi('HpoPromote');

export const StudyParamSchema = ModelParamSchema.extend({
  study: SlugSchema.openapi({ param: { name: 'study', in: 'path' } }),
});
export const TrialParamSchema = StudyParamSchema.extend({
  number: integerString({ min: 0 }).openapi({ param: { name: 'number', in: 'path' } }),
});

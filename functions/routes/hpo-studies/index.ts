import { createRoute } from '@hono/zod-openapi';
import { callerOf, requireScope } from '../../middleware/auth';
import { bearerSecurity, createRouter, publicSecurity } from '../../router';
import { viewerOf } from '../../services/catalog-access';
import { unprocessableResponse } from '../../contract/catalog-schema';
import { json } from '../../contract/json-content';
import { errorResponses as E, writeErrorResponses as W } from '../../contract/shared-schema';
import { ModelParamSchema, ModelVersionSchema } from '../../contract/models/schema';
import {
  IntermediateReportSchema,
  PromoteSchema,
  StudyCreateSchema,
  StudyImportResultSchema,
  StudyImportSchema,
  StudyListSchema,
  StudyParamSchema,
  StudyPatchSchema,
  StudySchema,
  TrialCreateSchema,
  TrialFinishSchema,
  TrialListQuerySchema,
  TrialListSchema,
  TrialParamSchema,
  TrialSchema,
} from '../../contract/hpo/schema';
import { z } from '@hono/zod-openapi';
import {
  changeStudy,
  createStudy,
  createTrial,
  finishTrial,
  getModelStudy,
  getStudyTrial,
  listModelStudies,
  listStudyTrials,
  reportIntermediate,
} from '../../services/hpo-studies';
import { importOptunaJournal, promoteTrial } from '../../services/hpo-import';

const tags = ['HPO studies'];
const PromoteResultSchema = z
  .object({ trial: z.number().int(), version: ModelVersionSchema })
  .openapi('HpoPromoteResult');

/** Hyper-parameter optimisation studies of a model, under /api/models/{slug}/studies. */
export const hpoStudyRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/{slug}/studies',
      operationId: 'listModelStudies',
      security: publicSecurity,
      tags,
      summary: "A model's HPO studies",
      request: { params: ModelParamSchema },
      responses: {
        200: { description: 'The studies, oldest first.', ...json(StudyListSchema) },
        ...E.badRequest,
        ...E.notFound,
      },
    }),
    async (c) => c.json(await listModelStudies(c.var, viewerOf(c.get('auth')), c.req.valid('param').slug), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/{slug}/studies',
      operationId: 'createModelStudy',
      tags,
      summary: 'Create an HPO study',
      description:
        "Objective, search space (Optuna's distributions), sampler and budget. Needs `write` and the model's group; 409 when the slug is taken.",
      security: bearerSecurity,
      middleware: [requireScope('write')] as const,
      request: { params: ModelParamSchema, body: { required: true, ...json(StudyCreateSchema) } },
      responses: {
        201: { description: 'Created.', ...json(StudySchema) },
        ...W,
        ...E.notFound,
        ...E.conflict,
      },
    }),
    async (c) => {
      const { slug } = c.req.valid('param');
      const study = await createStudy(c.var, callerOf(c), slug, c.req.valid('json'));
      c.header('Location', `/api/models/${slug}/studies/${study.slug}`);
      return c.json(study, 201);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/{slug}/studies/import',
      operationId: 'importModelStudy',
      tags,
      summary: 'Import a study from an Optuna journal',
      description:
        'Takes the text of an Optuna JournalStorage file (JournalFileBackend, one JSON operation per line), replays it as Optuna does and ' +
        "stores one of its studies with every trial that ran: parameters, state, values, intermediate values, start and end. Trial user attributes `ci_job_id`, `ci_job_url` and `gpu_hours` fill the trial's job and GPU-hours. " +
        '400 for an unreadable journal, 422 when the study is missing, ambiguous or has no direction, 409 when the slug is taken.',
      security: bearerSecurity,
      middleware: [requireScope('write')] as const,
      request: { params: ModelParamSchema, body: { required: true, ...json(StudyImportSchema) } },
      responses: {
        201: { description: 'Imported.', ...json(StudyImportResultSchema) },
        ...W,
        ...E.notFound,
        ...E.conflict,
        ...unprocessableResponse,
      },
    }),
    async (c) => {
      const { slug } = c.req.valid('param');
      const result = await importOptunaJournal(c.var, callerOf(c), slug, c.req.valid('json'));
      c.header('Location', `/api/models/${slug}/studies/${result.study.slug}`);
      return c.json(result, 201);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/{slug}/studies/{study}',
      operationId: 'getModelStudy',
      security: publicSecurity,
      tags,
      summary: 'Get one HPO study',
      description: 'With trial counts by state, GPU-hours used, trials left and the best trial so far.',
      request: { params: StudyParamSchema },
      responses: { 200: { description: 'The study.', ...json(StudySchema) }, ...E.badRequest, ...E.notFound },
    }),
    async (c) => {
      const { slug, study } = c.req.valid('param');
      return c.json(await getModelStudy(c.var, viewerOf(c.get('auth')), slug, study), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/{slug}/studies/{study}',
      operationId: 'updateModelStudy',
      tags,
      summary: 'Change an HPO study',
      description: 'Name, description, status (`stopped` and `complete` refuse new trials), budget, GPU type.',
      security: bearerSecurity,
      middleware: [requireScope('write')] as const,
      request: { params: StudyParamSchema, body: { required: true, ...json(StudyPatchSchema) } },
      responses: { 200: { description: 'Changed.', ...json(StudySchema) }, ...W, ...E.notFound },
    }),
    async (c) => {
      const { slug, study } = c.req.valid('param');
      return c.json(await changeStudy(c.var, callerOf(c), slug, study, c.req.valid('json')), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/{slug}/studies/{study}/trials',
      operationId: 'listStudyTrials',
      security: publicSecurity,
      tags,
      summary: "A study's trials",
      description: 'In trial-number order, with intermediate values; `state` filters.',
      request: { params: StudyParamSchema, query: TrialListQuerySchema },
      responses: {
        200: { description: 'A page of trials.', ...json(TrialListSchema) },
        ...E.badRequest,
        ...E.notFound,
      },
    }),
    async (c) => {
      const { slug, study } = c.req.valid('param');
      return c.json(await listStudyTrials(c.var, viewerOf(c.get('auth')), slug, study, c.req.valid('query')), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/{slug}/studies/{study}/trials',
      operationId: 'createStudyTrial',
      tags,
      summary: 'Start (or report) a trial',
      description:
        'Numbers it 0, 1, 2 … as Optuna does. Parameters must lie in the search space (400 with a path per parameter). 409 when the study is not running or its trial or GPU-hour budget is used up. A finished `state` reports a whole trial at once.',
      security: bearerSecurity,
      middleware: [requireScope('write')] as const,
      request: { params: StudyParamSchema, body: { required: true, ...json(TrialCreateSchema) } },
      responses: { 201: { description: 'Recorded.', ...json(TrialSchema) }, ...W, ...E.notFound, ...E.conflict },
    }),
    async (c) => {
      const { slug, study } = c.req.valid('param');
      const trial = await createTrial(c.var, callerOf(c), slug, study, c.req.valid('json'));
      c.header('Location', `/api/models/${slug}/studies/${study}/trials/${trial.number}`);
      return c.json(trial, 201);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/{slug}/studies/{study}/trials/{number}',
      operationId: 'getStudyTrial',
      security: publicSecurity,
      tags,
      summary: 'Get one trial',
      request: { params: TrialParamSchema },
      responses: { 200: { description: 'The trial.', ...json(TrialSchema) }, ...E.badRequest, ...E.notFound },
    }),
    async (c) => {
      const { slug, study, number } = c.req.valid('param');
      return c.json(await getStudyTrial(c.var, viewerOf(c.get('auth')), slug, study, number), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/{slug}/studies/{study}/trials/{number}/intermediate',
      operationId: 'reportTrialIntermediateValue',
      tags,
      summary: 'Report an intermediate value',
      description: 'The value at a step (an epoch); a step reported again is replaced. 409 once the trial finished.',
      security: bearerSecurity,
      middleware: [requireScope('write')] as const,
      request: { params: TrialParamSchema, body: { required: true, ...json(IntermediateReportSchema) } },
      responses: { 200: { description: 'The trial.', ...json(TrialSchema) }, ...W, ...E.notFound, ...E.conflict },
    }),
    async (c) => {
      const { slug, study, number } = c.req.valid('param');
      return c.json(await reportIntermediate(c.var, callerOf(c), slug, study, number, c.req.valid('json')), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/{slug}/studies/{study}/trials/{number}/finish',
      operationId: 'finishStudyTrial',
      tags,
      summary: 'Finish a trial',
      description: 'COMPLETE (with its value), PRUNED or FAIL. 409 when it already finished.',
      security: bearerSecurity,
      middleware: [requireScope('write')] as const,
      request: { params: TrialParamSchema, body: { required: true, ...json(TrialFinishSchema) } },
      responses: { 200: { description: 'Finished.', ...json(TrialSchema) }, ...W, ...E.notFound, ...E.conflict },
    }),
    async (c) => {
      const { slug, study, number } = c.req.valid('param');
      return c.json(await finishTrial(c.var, callerOf(c), slug, study, number, c.req.valid('json')), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/{slug}/studies/{study}/promote',
      operationId: 'promoteStudyTrial',
      tags,
      summary: 'Promote the best trial to a model version',
      description:
        "Registers a version whose hyper-parameters are the trial's parameters (plus `hpo`: study, trial, sampler, page URL), with the objective as a metric and the trial's CI job as training job. " +
        'Default: the best COMPLETE trial. 409 when there is none, the trial is not COMPLETE, or it was promoted before.',
      security: bearerSecurity,
      middleware: [requireScope('write')] as const,
      request: { params: StudyParamSchema, body: { required: false, ...json(PromoteSchema) } },
      responses: {
        201: { description: 'The registered version.', ...json(PromoteResultSchema) },
        ...W,
        ...E.notFound,
        ...E.conflict,
        ...unprocessableResponse,
      },
    }),
    async (c) => {
      const { slug, study } = c.req.valid('param');
      const result = await promoteTrial(c.var, callerOf(c), slug, study, c.req.valid('json') ?? {});
      c.header('Location', `/api/models/${slug}/versions/${result.version.version}`);
      return c.json(result, 201);
    },
  );

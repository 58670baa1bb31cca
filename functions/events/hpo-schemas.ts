import { z } from 'zod';
import { FINISHED_STATES } from '../../src/lib/hpo/search-space';

/** Inbound `hpo.trial.*` events: CI reports a trial's lifecycle over the signed webhook, as over the REST API. */
const slug = z
  .string()
  .min(2)
  .max(64)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lowercase letters, digits and single hyphens, e.g. "jet-tagger".');
const finite = z.number().finite();
const trialRef = {
  model: slug.describe('The model the study belongs to.'),
  study: slug.describe('The study slug.'),
};
const job = z
  .object({
    id: z.string().min(1).max(200),
    ciUrl: z
      .url({ protocol: /^https?$/, error: 'Must be an http(s) URL.' })
      .max(2048)
      .optional(),
  })
  .strict();
const choice = z.union([z.string().max(200), finite, z.boolean(), z.null()]);

export const HpoTrialStartedV1 = z
  .object({
    ...trialRef,
    trial: z.number().int().min(0).optional().describe("Optuna's trial number; default: the study's next."),
    params: z.record(z.string().min(1).max(100), choice).describe("Checked against the study's search space."),
    job: job.optional(),
    startedAt: z.iso.datetime({ offset: true }).optional(),
  })
  .strict();

export const HpoTrialReportedV1 = z
  .object({ ...trialRef, trial: z.number().int().min(0), step: z.number().int().min(0), value: finite })
  .strict();

export const HpoTrialFinishedV1 = z
  .object({
    ...trialRef,
    trial: z.number().int().min(0),
    state: z.enum(FINISHED_STATES),
    value: finite.optional(),
    values: z.array(finite).min(1).max(10).optional(),
    metrics: z.record(z.string().min(1).max(100), finite).optional(),
    gpuHours: z.number().min(0).max(1e6).optional(),
    job: job.optional(),
    finishedAt: z.iso.datetime({ offset: true }).optional(),
  })
  .strict()
  .refine((d) => d.state !== 'COMPLETE' || d.value !== undefined, {
    path: ['value'],
    message: 'A COMPLETE trial needs its objective value.',
  });

// Typed in place (not as EventSchemaEntry) so schemas.ts can import this file without a cycle.
export const HPO_EVENT_SCHEMAS: readonly {
  type: string;
  version: number;
  schema: z.ZodType;
  description: string;
  example: unknown;
}[] = [
  {
    type: 'hpo.trial.started',
    version: 1,
    schema: HpoTrialStartedV1,
    description:
      "A trial of an HPO study started (the study is created through the API or CLI first). Its parameters must lie in the study's search space; the study must be running and within budget.",
    example: {
      model: 'jet-tagger',
      study: 'lr-scan',
      trial: 12,
      params: { learning_rate: 0.0003, layers: 4, optimizer: 'adam' },
      job: { id: '8123470', ciUrl: 'https://gitlab.cern.ch/ml/jet-tagger/-/jobs/8123470' },
    },
  },
  {
    type: 'hpo.trial.reported',
    version: 1,
    schema: HpoTrialReportedV1,
    description:
      'An intermediate value of a running trial at a step (an epoch); the study page draws them as learning curves.',
    example: { model: 'jet-tagger', study: 'lr-scan', trial: 12, step: 3, value: 0.412 },
  },
  {
    type: 'hpo.trial.finished',
    version: 1,
    schema: HpoTrialFinishedV1,
    description: 'A trial finished: COMPLETE with its objective value, PRUNED or FAIL (Optuna TrialState names).',
    example: { model: 'jet-tagger', study: 'lr-scan', trial: 12, state: 'COMPLETE', value: 0.387, gpuHours: 3.5 },
  },
];

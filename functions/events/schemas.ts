import { z } from 'zod';
import { JOB_KINDS } from '../../src/lib/events/vocabulary';
import { DatasetVersionCreateSchema } from '../contract/datasets/schema';
import { BenchmarkRecordBodySchema } from '../contract/benchmarks/schema';
import { AliasNameSchema, VersionCreateSchema } from '../contract/models/schema';
import { MLFLOW_EVENT_SCHEMAS } from './mlflow-schemas';
import { HARDWARE_EVENT_SCHEMAS } from './hardware-schemas';
import { DATA_ACCESS_EVENT_SCHEMAS } from './data-access-schemas';
import { HPO_EVENT_SCHEMAS } from './hpo-schemas';

/**
 * The JSON schemas of inbound events, one per `type@version`. A version is frozen once
 * published: a change that would reject payloads valid before gets a new version, and
 * senders pick one with `"type": "job.succeeded@1"` (plain `job.succeeded` means the latest).
 */

const slug = z
  .string()
  .min(2)
  .max(64)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lowercase letters, digits and single hyphens, e.g. "jet-tagger".');
const httpUrl = z.url({ protocol: /^https?$/, error: 'Must be an http(s) URL.' }).max(2048);
const metricName = z.string().min(1).max(100);
export const MetricsSchema = z
  .record(metricName, z.number().finite())
  .refine((m) => Object.keys(m).length <= 200, 'At most 200 metrics.')
  .describe('Metric name → number, e.g. {"auc": 0.93, "latency_p99_ms": 4.1}.');

export const JobSchema = z
  .object({
    id: z.string().min(1).max(200).describe("The CI job (or pipeline) id; stable across the job's events."),
    kind: z.enum(JOB_KINDS),
    model: slug.describe('Slug of the model the job works on; it must be registered in the hub.'),
    modelVersion: z
      .number()
      .int()
      .positive()
      .optional()
      .describe('Version the job evaluates, converts or benchmarks; for training, the parent version.'),
    name: z.string().min(1).max(200).optional().describe('Job name as CI shows it.'),
    ciUrl: httpUrl.optional().describe('Link to the pipeline or job page.'),
    logsUrl: httpUrl.optional(),
    commit: z
      .string()
      .regex(/^[0-9a-fA-F]{7,64}$/, 'A git commit hash (7-64 hex digits).')
      .optional(),
    ref: z.string().min(1).max(200).optional().describe('Branch or tag.'),
    hardware: z.string().min(1).max(200).optional().describe('e.g. "4× NVIDIA A100 40GB".'),
    gpuHours: z.number().finite().min(0).max(1e7).optional(),
    retrainRequest: z
      .string()
      .regex(/^rr_[A-Za-z0-9_-]{4,64}$/, 'A retrain request id ("rr_…").')
      .optional()
      .describe('The retrain request this job answers; a training job.succeeded closes it.'),
    workflow: z.string().min(1).max(200).optional().describe('The CI workflow or pipeline the job belongs to.'),
    actor: z.string().min(1).max(200).optional().describe('Who started the run (a CI user name).'),
    startedAt: z.iso.datetime({ offset: true }).optional().describe('When the job started running.'),
    finishedAt: z.iso.datetime({ offset: true }).optional().describe('When the job finished.'),
    conclusion: z
      .string()
      .min(1)
      .max(50)
      .optional()
      .describe('How CI concluded the job, in its own words: `success`, `failure`, `timed_out`, `canceled` …'),
  })
  .strict();

const jobEvent = <T extends z.ZodRawShape>(extra: T) => z.object({ job: JobSchema, ...extra }).strict();

export const JobQueuedV1 = jobEvent({});
export const JobStartedV1 = jobEvent({});
export const JobSucceededV1 = jobEvent({
  metrics: MetricsSchema.optional().describe('Results of an evaluation or benchmark job.'),
  version: VersionCreateSchema.optional().describe(
    'A training job may register the version it produced, exactly as POST /api/models/{slug}/versions takes it; it is registered in the same transaction as the event. ' +
      "Without `parent` the job's `modelVersion` is the parent; without `trainingJob` the job's CI URL, commit, hardware and GPU-hours are recorded.",
  ),
}).refine((d) => d.version === undefined || d.job.kind === 'training', {
  path: ['version'],
  message: 'Only a training job can register a model version.',
});
export const JobFailedV1 = jobEvent({
  error: z.string().max(2000).optional().describe('What went wrong, for people.'),
});
export const JobCancelledV1 = jobEvent({ reason: z.string().max(2000).optional() });

export const DatasetVersionPublishedV1 = z
  .object({
    dataset: slug,
    version: DatasetVersionCreateSchema.describe(
      'The new version, exactly as POST /api/datasets/{slug}/versions takes it.',
    ),
  })
  .strict();

export const ModelAliasSetV1 = z
  .object({
    model: slug,
    alias: AliasNameSchema,
    version: z.number().int().positive(),
    reason: z.string().max(2000).optional(),
  })
  .strict();

export const BenchmarkCompletedV1 = z
  .object({
    model: slug,
    version: z.number().int().positive(),
    engine: z.string().min(1).max(100).describe('onnxruntime-1.20-cuda, tensorrt-10, hls4ml-vivado, …'),
    hardware: z.string().min(1).max(200),
    settings: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).default({}),
    metrics: MetricsSchema.refine((m) => Object.keys(m).length > 0, 'At least one metric.'),
    job: z
      .object({ id: z.string().min(1).max(200), ciUrl: httpUrl.optional() })
      .strict()
      .optional(),
    notes: z.string().max(5000).optional(),
    result: BenchmarkRecordBodySchema.optional().describe(
      'The full benchmark record (as `npm run bench:models -- --post` sends it): with it the hub stores a benchmark result, in the same transaction as the event, ' +
        'shown on the benchmark pages and in GET /api/benchmarks. Without it the event is kept in the log only: engine, hardware and metrics alone are too little to compare.',
    ),
  })
  .strict();

export const ReleasePublishedV1 = z
  .object({
    model: slug.describe('The model the release is of.'),
    tag: z.string().min(1).max(200).describe('The git tag of the release.'),
    name: z.string().min(1).max(300).optional().describe('The release title.'),
    url: httpUrl.optional().describe('The release page.'),
    notes: z.string().max(65_536).optional().describe('Release notes, as Markdown.'),
    repository: z.string().min(1).max(300).optional().describe('Repository or project path, e.g. `cms-ml/jet-tagger`.'),
    commit: z
      .string()
      .regex(/^[0-9a-fA-F]{7,64}$/, 'A git commit hash (7-64 hex digits).')
      .optional(),
    author: z.string().min(1).max(200).optional(),
    prerelease: z.boolean().optional(),
    publishedAt: z.iso.datetime({ offset: true }).optional(),
  })
  .strict();

export interface EventSchemaEntry {
  type: string;
  version: number;
  schema: z.ZodType;
  description: string;
  example: unknown;
}

const job = {
  id: '8123456',
  kind: 'training',
  model: 'jet-tagger',
  ciUrl: 'https://gitlab.cern.ch/ml/jet-tagger/-/jobs/8123456',
  commit: '3f2a9c1',
  hardware: '4× NVIDIA A100 40GB',
} as const;

/** Every inbound `type@version` the hub accepts, with a description and an example payload. */
export const EVENT_SCHEMAS: readonly EventSchemaEntry[] = [
  {
    type: 'job.queued',
    version: 1,
    schema: JobQueuedV1,
    description: 'A CI job (training, evaluation, conversion or benchmark) was queued.',
    example: { job },
  },
  {
    type: 'job.started',
    version: 1,
    schema: JobStartedV1,
    description: 'The job started running.',
    example: { job: { ...job, logsUrl: 'https://gitlab.cern.ch/ml/jet-tagger/-/jobs/8123456/raw' } },
  },
  {
    type: 'job.succeeded',
    version: 1,
    schema: JobSucceededV1,
    description:
      'The job finished. A training job may carry `version`: the hub registers it (numbered 1, 2, 3 … per model) in the same transaction as the event. ' +
      'Evaluation and benchmark jobs report `metrics`; naming `job.retrainRequest` closes that retrain request.',
    example: {
      job: { ...job, gpuHours: 12.5 },
      version: {
        artifacts: [
          {
            name: 'model.onnx',
            format: 'onnx',
            uri: 'root://eosproject.cern.ch//eos/ml/jet-tagger/v4/model.onnx',
            bytes: 5_242_880,
          },
        ],
        hyperParameters: { learning_rate: 0.001, epochs: 40 },
        metrics: [{ name: 'auc', value: 0.951, split: 'test' }],
        datasets: [{ dataset: 'jet-images', version: 'v2' }],
      },
    },
  },
  {
    type: 'job.failed',
    version: 1,
    schema: JobFailedV1,
    description: 'The job failed. A training job naming `job.retrainRequest` marks that request failed.',
    example: { job, error: 'CUDA out of memory in epoch 3' },
  },
  {
    type: 'job.cancelled',
    version: 1,
    schema: JobCancelledV1,
    description: 'The job was cancelled.',
    example: { job, reason: 'superseded by a newer pipeline' },
  },
  {
    type: 'dataset.version.published',
    version: 1,
    schema: DatasetVersionPublishedV1,
    description:
      'A new version of a registered dataset. Retraining policies watching the dataset fire; the event shows on the timeline of every model linked to it.',
    example: {
      dataset: 'jet-images',
      version: {
        version: 'v3',
        bytes: 42_000_000_000_000,
        fileCount: 12_000,
        replicas: [{ uri: 'root://eospublic.cern.ch//eos/ml/jet-images/v3/' }],
      },
    },
  },
  {
    type: 'model.alias.set',
    version: 1,
    schema: ModelAliasSetV1,
    description: 'Point an alias (`production`, `staging`, …) at a version; the move is kept in the alias history.',
    example: { model: 'jet-tagger', alias: 'production', version: 4, reason: 'passed validation' },
  },
  {
    type: 'benchmark.completed',
    version: 1,
    schema: BenchmarkCompletedV1,
    description: 'A benchmark of one model version on one engine and hardware; queryable per version.',
    example: {
      model: 'jet-tagger',
      version: 4,
      engine: 'onnxruntime-1.20-cuda',
      hardware: 'NVIDIA T4',
      settings: { batch: 64, precision: 'fp16' },
      metrics: { latency_p50_ms: 1.9, latency_p99_ms: 3.4, throughput_per_s: 31000 },
    },
  },
  {
    type: 'release.published',
    version: 1,
    schema: ReleasePublishedV1,
    description:
      "A release of the code behind a model (a GitHub release published, a GitLab release created); shown on the model's timeline with its notes.",
    example: {
      model: 'jet-tagger',
      tag: 'v2.1.0',
      name: 'Jet tagger 2.1',
      url: 'https://gitlab.cern.ch/ml/jet-tagger/-/releases/v2.1.0',
      notes: '## Changes\n- retrained on jet-images v3',
      repository: 'ml/jet-tagger',
    },
  },
  ...MLFLOW_EVENT_SCHEMAS,
  ...HARDWARE_EVENT_SCHEMAS,
  ...DATA_ACCESS_EVENT_SCHEMAS,
  ...HPO_EVENT_SCHEMAS,
];

export function findEventSchema(type: string, version?: number): EventSchemaEntry | undefined {
  const candidates = EVENT_SCHEMAS.filter((e) => e.type === type);
  if (version === undefined)
    return candidates.reduce<EventSchemaEntry | undefined>((a, e) => (!a || e.version > a.version ? e : a), undefined);
  return candidates.find((e) => e.version === version);
}

/** OpenAPI component name of a schema: `job.succeeded@1` → `EventJobSucceededV1`. */
export function eventComponentName(entry: Pick<EventSchemaEntry, 'type' | 'version'>): string {
  const words = entry.type.split(/[._]/).map((w) => w[0]!.toUpperCase() + w.slice(1));
  return `Event${words.join('')}V${entry.version}`;
}

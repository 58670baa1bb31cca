import { z } from 'zod';

export const RETRAIN_POLICY_KINDS = ['dataset_version', 'metric_threshold', 'max_age'] as const;
export type RetrainPolicyKind = (typeof RETRAIN_POLICY_KINDS)[number];

/** What opened a retrain request: a policy kind, or a person. */
export type RetrainTriggerKind = RetrainPolicyKind | 'manual';

export const RETRAIN_REQUEST_STATUSES = ['open', 'triggered', 'closed', 'failed'] as const;
export type RetrainRequestStatus = (typeof RETRAIN_REQUEST_STATUSES)[number];

export const METRIC_COMPARISONS = ['<', '<=', '>', '>='] as const;
export type MetricComparison = (typeof METRIC_COMPARISONS)[number];

const slug = z
  .string()
  .min(2)
  .max(64)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

export const DatasetPolicyConfigSchema = z
  .object({
    dataset: slug
      .optional()
      .describe('Dataset to watch; omitted: every dataset the production (else latest) version was trained on.'),
  })
  .strict();

export const MetricPolicyConfigSchema = z
  .object({
    metric: z.string().min(1).max(100).describe('Metric name as sent in `metrics`, e.g. "auc" or "latency_p99_ms".'),
    comparison: z.enum(METRIC_COMPARISONS).describe('Fires when `value <comparison> threshold`.'),
    threshold: z.number().min(-1e30).max(1e30).describe('Any figure within ±1e30.'),
    from: z
      .enum(['evaluation', 'benchmark', 'any'])
      .default('any')
      .describe('Which events count: evaluation job.succeeded, benchmark.completed, or both.'),
    alias: z
      .string()
      .min(1)
      .max(64)
      .optional()
      .describe('Only for the version this alias points to (e.g. "production"); omitted: any version.'),
  })
  .strict();

export const MaxAgePolicyConfigSchema = z
  .object({
    maxAgeDays: z.number().positive().max(3650).describe('Fires when the aliased version is older than this.'),
    alias: z.string().min(1).max(64).default('production'),
  })
  .strict();

export type DatasetPolicyConfig = z.infer<typeof DatasetPolicyConfigSchema>;
export type MetricPolicyConfig = z.infer<typeof MetricPolicyConfigSchema>;
export type MaxAgePolicyConfig = z.infer<typeof MaxAgePolicyConfigSchema>;
export type RetrainPolicyConfig = DatasetPolicyConfig | MetricPolicyConfig | MaxAgePolicyConfig;

/** What a retraining job should start from; sent to CI in the trigger. */
export interface RetrainInputs {
  /** Version number the retraining starts from (production, else latest); null for a model without versions. */
  parentVersion: number | null;
  dataset?: { slug: string; version: string };
  metric?: {
    name: string;
    value: number;
    comparison: MetricComparison;
    threshold: number;
    modelVersion: number | null;
  };
  maxAge?: { alias: string; version: number; ageDays: number; maxAgeDays: number };
  note?: string;
}

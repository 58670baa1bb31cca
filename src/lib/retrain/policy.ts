import type { MetricComparison, MetricPolicyConfig, RetrainInputs, RetrainTriggerKind } from './types';

export function compare(value: number, comparison: MetricComparison, threshold: number): boolean {
  switch (comparison) {
    case '<':
      return value < threshold;
    case '<=':
      return value <= threshold;
    case '>':
      return value > threshold;
    case '>=':
      return value >= threshold;
  }
}

/**
 * Whether a metric policy fires for a result. `source` is which kind of event reported it;
 * a policy restricted to an alias only counts results on the version that alias points to.
 */
export function metricPolicyFires(
  config: MetricPolicyConfig,
  result: { source: 'evaluation' | 'benchmark'; metrics: Record<string, number>; modelVersion: number | null },
  aliasVersion: number | null,
): { value: number } | null {
  if (config.from !== 'any' && config.from !== result.source) return null;
  const value = result.metrics[config.metric];
  if (value === undefined) return null;
  if (config.alias !== undefined && (aliasVersion === null || aliasVersion !== result.modelVersion)) return null;
  return compare(value, config.comparison, config.threshold) ? { value } : null;
}

export function ageInDays(since: Date, now: Date): number {
  return (now.getTime() - since.getTime()) / 86_400_000;
}

/**
 * A policy fires once per cause: per dataset version, per evaluated version, per aliased
 * version that grew old. Stored UNIQUE on the request, so concurrent evaluations agree.
 */
export const dedupKeys = {
  dataset: (policyId: string, datasetVersionId: number) => `${policyId}:dataset-version:${datasetVersionId}`,
  metric: (policyId: string, modelVersion: number | null, causeRef: string) =>
    `${policyId}:metric:${modelVersion ?? `event-${causeRef}`}`,
  maxAge: (policyId: string, modelVersionId: number) => `${policyId}:max-age:${modelVersionId}`,
};

export function describeReason(kind: RetrainTriggerKind, inputs: RetrainInputs, note?: string): string {
  switch (kind) {
    case 'dataset_version':
      return `New version ${inputs.dataset?.version} of dataset ${inputs.dataset?.slug}`;
    case 'metric_threshold': {
      const m = inputs.metric!;
      return `${m.name} = ${m.value} on ${m.modelVersion === null ? 'a result' : `v${m.modelVersion}`} (policy: ${m.comparison} ${m.threshold})`;
    }
    case 'max_age': {
      const a = inputs.maxAge!;
      return `"${a.alias}" v${a.version} is ${Math.floor(a.ageDays)} days old (limit ${a.maxAgeDays})`;
    }
    case 'manual':
      return note ? `Requested by hand: ${note}` : 'Requested by hand';
  }
}

export interface TriggerPayloadInput {
  requestId: string;
  kind: RetrainTriggerKind;
  reason: string;
  inputs: RetrainInputs;
  model: { slug: string; name: string };
  openedAt: Date;
  /** Public origin of the hub, for links back. */
  publicUrl: string;
  /** Branch for a GitLab pipeline trigger. */
  ref: string | null;
}

/**
 * The retrain trigger body: a Standard Webhooks envelope that a GitLab pipeline trigger
 * endpoint also understands (`ref` and `variables`, the rest is ignored there), so CI sees
 * the request id, the parent version and the dataset version as plain variables.
 */
export function buildTriggerPayload(input: TriggerPayloadInput): Record<string, unknown> {
  const { inputs } = input;
  const variables: Record<string, string> = {
    HUB_RETRAIN_REQUEST: input.requestId,
    HUB_MODEL: input.model.slug,
    HUB_REASON: input.reason,
    HUB_TRIGGER: input.kind,
  };
  if (inputs.parentVersion !== null) variables.HUB_PARENT_VERSION = String(inputs.parentVersion);
  if (inputs.dataset) {
    variables.HUB_DATASET = inputs.dataset.slug;
    variables.HUB_DATASET_VERSION = String(inputs.dataset.version);
  }
  return {
    type: 'retrain.requested',
    timestamp: input.openedAt.toISOString(),
    data: {
      request: {
        id: input.requestId,
        trigger: input.kind,
        reason: input.reason,
        url: new URL(`/api/models/${input.model.slug}/retrain-requests/${input.requestId}`, input.publicUrl).toString(),
      },
      model: input.model,
      inputs,
    },
    ...(input.ref ? { ref: input.ref } : {}),
    variables,
  };
}

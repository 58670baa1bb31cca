/**
 * How lifecycle events read on a model's timeline: a stage (queued → trained → evaluated →
 * benchmarked → promoted → deployed → retrain requested …) and a one-line summary. Shared by
 * the ingest pipeline (which stores the summary), the API and the live timeline island.
 */

export const TIMELINE_STAGES = [
  'queued',
  'started',
  'trained',
  'registered',
  'evaluated',
  'converted',
  'benchmarked',
  'promoted',
  'alias-moved',
  'alias-removed',
  'deployed',
  'undeployed',
  'dataset-published',
  'released',
  'failed',
  'cancelled',
  'retrain-requested',
  'retrain-triggered',
  'retrain-closed',
  'retrain-failed',
  'trigger-disabled',
  'archived',
  'unarchived',
  'deleted',
  'other',
] as const;
export type TimelineStage = (typeof TIMELINE_STAGES)[number];

export const STAGE_LABELS: Record<TimelineStage, string> = {
  queued: 'Queued',
  started: 'Started',
  trained: 'Trained',
  registered: 'Registered',
  evaluated: 'Evaluated',
  converted: 'Converted',
  benchmarked: 'Benchmarked',
  promoted: 'Promoted',
  'alias-moved': 'Alias moved',
  'alias-removed': 'Alias removed',
  deployed: 'Deployed',
  undeployed: 'Undeployed',
  'dataset-published': 'Dataset published',
  released: 'Released',
  failed: 'Failed',
  cancelled: 'Cancelled',
  'retrain-requested': 'Retrain requested',
  'retrain-triggered': 'Retrain triggered',
  'retrain-closed': 'Retrain done',
  'retrain-failed': 'Retrain failed',
  'trigger-disabled': 'Trigger disabled',
  archived: 'Archived',
  unarchived: 'Unarchived',
  deleted: 'Deleted',
  other: 'Event',
};

/** Badge tone per stage, matching the site's badge classes. */
export const STAGE_TONES: Partial<Record<TimelineStage, 'ok' | 'warn' | 'danger' | 'accent'>> = {
  trained: 'ok',
  registered: 'ok',
  evaluated: 'ok',
  converted: 'ok',
  benchmarked: 'ok',
  promoted: 'accent',
  deployed: 'accent',
  released: 'accent',
  'retrain-closed': 'ok',
  failed: 'danger',
  'retrain-failed': 'danger',
  'trigger-disabled': 'danger',
  cancelled: 'warn',
  'retrain-requested': 'warn',
};

type Data = Record<string, unknown>;
const obj = (v: unknown): Data => (v && typeof v === 'object' ? (v as Data) : {});
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

export function stageOf(type: string, data: Data): TimelineStage {
  const kind = str(obj(data.job).kind);
  switch (type) {
    case 'job.queued':
      return 'queued';
    case 'job.started':
      return 'started';
    case 'job.succeeded':
      return kind === 'training'
        ? 'trained'
        : kind === 'evaluation'
          ? 'evaluated'
          : kind === 'conversion'
            ? 'converted'
            : 'benchmarked';
    case 'job.failed':
      return 'failed';
    case 'job.cancelled':
      return 'cancelled';
    case 'benchmark.completed':
      return 'benchmarked';
    case 'model.alias.set':
    case 'model.alias.moved':
    case 'mlflow.model_version_alias.created':
      return data.alias === 'production' ? 'promoted' : 'alias-moved';
    case 'model.alias.removed':
    case 'mlflow.model_version_alias.deleted':
      return 'alias-removed';
    case 'model.version.registered':
    case 'mlflow.registered_model.created':
    case 'mlflow.model_version.created':
      return 'registered';
    case 'model.deployed':
      return 'deployed';
    case 'model.undeployed':
      return 'undeployed';
    case 'dataset.version.published':
      return 'dataset-published';
    case 'release.published':
      return 'released';
    case 'retrain.requested':
      return 'retrain-requested';
    case 'retrain.triggered':
      return 'retrain-triggered';
    case 'retrain.closed':
      return 'retrain-closed';
    case 'retrain.failed':
      return 'retrain-failed';
    case 'trigger.disabled':
      return 'trigger-disabled';
    default:
      if (type.endsWith('.unarchived')) return 'unarchived';
      if (type.endsWith('.archived')) return 'archived';
      if (type.endsWith('.deleted')) return 'deleted';
      return 'other';
  }
}

const KIND_WORDS: Record<string, string> = {
  training: 'Training',
  evaluation: 'Evaluation',
  conversion: 'Conversion',
  benchmark: 'Benchmark',
};

function metricText(metrics: unknown, max = 3): string {
  const entries = Object.entries(obj(metrics)).filter((e): e is [string, number] => typeof e[1] === 'number');
  if (entries.length === 0) return '';
  const shown = entries.slice(0, max).map(([k, v]) => `${k} ${Number.isInteger(v) ? v : Number(v.toPrecision(4))}`);
  return shown.join(', ') + (entries.length > max ? ', …' : '');
}

function summarizeHpoEvent(type: string, data: Data): string {
  const study = String(data.study).slice(0, 64);
  const trial = typeof data.trial === 'number' ? ` ${data.trial}` : '';
  if (type === 'hpo.trial.started') return `HPO trial${trial} of "${study}" started`;
  if (type === 'hpo.trial.reported')
    return `HPO trial${trial} of "${study}" reported ${String(data.value)} at step ${String(data.step)}`;
  const value = typeof data.value === 'number' ? ` (${data.value})` : '';
  return `HPO trial${trial} of "${study}" ${String(data.state)}${value}`;
}

/** One line for an inbound event, written when it is stored (version numbers are shown beside it). */
export function summarizeInbound(type: string, data: Data): string {
  const job = obj(data.job);
  const jobWord = `${KIND_WORDS[str(job.kind) ?? ''] ?? 'CI'} job ${str(job.name) ?? str(job.id) ?? ''}`.trim();
  switch (type) {
    case 'job.queued':
      return `${jobWord} queued`;
    case 'job.started':
      return `${jobWord} started${job.hardware ? ` on ${String(job.hardware)}` : ''}`;
    case 'job.succeeded': {
      const parts = [`${jobWord} succeeded`];
      if (data.version) parts.push('registered a new version');
      const metrics = metricText(data.metrics);
      if (metrics) parts.push(metrics);
      return parts.join('; ');
    }
    case 'job.failed':
      return `${jobWord} failed${data.error ? `: ${String(data.error).slice(0, 200)}` : ''}`;
    case 'job.cancelled':
      return `${jobWord} cancelled${data.reason ? `: ${String(data.reason).slice(0, 200)}` : ''}`;
    case 'dataset.version.published': {
      const label = obj(data.version).version;
      return `Dataset ${String(data.dataset)} published ${typeof label === 'string' ? `version ${label}` : 'a new version'}`;
    }
    case 'model.alias.set':
      return `Alias "${String(data.alias)}" set to v${String(data.version)}${data.reason ? `: ${String(data.reason).slice(0, 200)}` : ''}`;
    case 'release.published': {
      const tag = String(data.tag);
      const name = str(data.name);
      return `Release ${tag} published${name && name !== tag ? `: ${name.slice(0, 200)}` : ''}`;
    }
    case 'benchmark.completed':
      return `Benchmarked v${String(data.version)} with ${String(data.engine)} on ${String(data.hardware)}: ${metricText(data.metrics)}`;
    case 'benchmark.data_access.reported': {
      const r = obj(data.results);
      const st = obj(data.storage);
      const rd = obj(data.reader);
      const f = obj(data.file);
      return `Storage read ${String(f.format)} from ${String(st.kind)} with ${String(rd.name)} at concurrency ${String(obj(data.settings).concurrency)}: ${String(r.throughputMBps)} MB/s`;
    }
    case 'hardware.capacity.reported':
      return `Capacity of ${String(data.pool)}: ${String(data.status)}${typeof data.freeGpus === 'number' ? `, ${data.freeGpus} GPUs free` : ''}`;
    case 'mlflow.registered_model.created':
      return `Registered in MLflow as "${String(data.name).slice(0, 200)}"`;
    case 'mlflow.model_version.created':
      return `Version ${String(data.version)} registered in MLflow from ${String(data.source).slice(0, 300)}${
        str(data.run_id) ? ` (run ${String(data.run_id).slice(0, 64)})` : ''
      }`;
    case 'mlflow.model_version_tag.set':
      return `MLflow tag "${String(data.key).slice(0, 100)}" set on v${String(data.version)}: ${String(data.value).slice(0, 200)}`;
    case 'mlflow.model_version_tag.deleted':
      return `MLflow tag "${String(data.key).slice(0, 100)}" deleted from v${String(data.version)}`;
    case 'mlflow.model_version_alias.created':
      return `Alias "${String(data.alias)}" set to v${String(data.version)} in MLflow`;
    case 'mlflow.model_version_alias.deleted':
      return `Alias "${String(data.alias).slice(0, 100)}" deleted in MLflow`;
    case 'hpo.trial.started':
    case 'hpo.trial.reported':
    case 'hpo.trial.finished':
      return summarizeHpoEvent(type, data);
    default:
      return type;
  }
}

/** What one timeline entry shows, computed the same way at build time and in the live island. */
export interface TimelineItemView {
  id: number;
  stage: TimelineStage;
  label: string;
  tone: string;
  summary: string;
  version: string | null;
  when: string;
  iso: string;
  link: { href: string; text: string } | null;
}

export interface TimelineEventInput {
  id: number;
  type: string;
  summary: string;
  modelVersion: number | null;
  occurredAt: string;
  data: Record<string, unknown>;
}

/** `2026-03-02 09:14 UTC`: the same for every visitor, like the rest of the site's dates. */
export function formatWhen(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

export function timelineItemView(event: TimelineEventInput): TimelineItemView {
  const stage = stageOf(event.type, event.data);
  const job = obj(event.data.job);
  const ciUrl = str(job.ciUrl);
  const releaseUrl = event.type === 'release.published' ? str(event.data.url) : undefined;
  return {
    id: event.id,
    stage,
    label: STAGE_LABELS[stage],
    tone: STAGE_TONES[stage] ?? '',
    summary: event.summary,
    version: event.modelVersion === null ? null : `v${event.modelVersion}`,
    when: formatWhen(event.occurredAt),
    iso: event.occurredAt,
    link:
      ciUrl && /^https?:\/\//.test(ciUrl)
        ? { href: ciUrl, text: 'CI job' }
        : releaseUrl && /^https?:\/\//.test(releaseUrl)
          ? { href: releaseUrl, text: 'Release' }
          : null,
  };
}

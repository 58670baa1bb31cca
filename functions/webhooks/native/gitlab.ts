import { findMapping, type RunFacts, type SourceMapping } from '../../../src/lib/webhooks/source-mappings';
import { getHeader, GITLAB_HEADERS } from '../../../src/lib/webhooks';
import type { NativeTranslator, Translation } from './types';
import { jobTranslation, unmapped, type JobPhase } from './job-event';
import { commitSha, dateOf, defined, httpUrl, isoTime, obj, retrainRequestIn, text } from './read';

/**
 * GitLab project and group webhooks (`X-Gitlab-Event`, `object_kind` in the body):
 * - `pipeline` (Pipeline Hook) and `build` (Job Hook): `created`, `pending`, `preparing`,
 *   `waiting_for_resource`, `scheduled` → job.queued; `running` → job.started; `success` →
 *   job.succeeded; `failed`, `canceled` → job.failed with the status; `skipped`, `manual`,
 *   `canceling` → ignored;
 * - `release` (Release Hook) with action `create` → release.published;
 * - anything else → ignored, with the reason.
 */
export const translateGitlab: NativeTranslator = ({ headers, payload, source }) => {
  const header = getHeader(headers, GITLAB_HEADERS.event);
  const body = obj(payload);
  const kind = text(body.object_kind, 50);
  if (header === undefined && kind === undefined) return { kind: 'envelope' };
  if (kind === undefined) {
    return { kind: 'ignored', eventType: `gitlab:${header}`, reason: `GitLab "${header}" events are not recorded` };
  }
  const project = text(obj(body.project).path_with_namespace, 300) ?? text(body.project_name, 300);
  switch (kind) {
    case 'pipeline':
      return pipeline(body, project, source.mappings);
    case 'build':
      return build(body, project, source.mappings);
    case 'release':
      return release(body, project, source.mappings);
    default:
      return {
        kind: 'ignored',
        eventType: `gitlab:${kind}`,
        reason: `GitLab "${header ?? kind}" events are not recorded; the hub reads Pipeline, Job and Release hooks`,
      };
  }
};

function phaseOf(kind: string, status: string | undefined, failureReason?: string): JobPhase {
  switch (status) {
    case 'created':
    case 'pending':
    case 'preparing':
    case 'waiting_for_resource':
    case 'scheduled':
      return { type: 'job.queued' };
    case 'running':
      return { type: 'job.started' };
    case 'success':
      return { type: 'job.succeeded' };
    case 'failed':
    case 'canceled':
      return { type: 'job.failed', conclusion: status, ...(failureReason ? { detail: failureReason } : {}) };
    default:
      return { ignore: `${kind} status ${status ? `"${status}"` : '(none)'} is not recorded` };
  }
}

/** The retrain request a pipeline answers: its `HUB_RETRAIN_REQUEST` variable, else an `rr_…` in its name. */
function retrainRequestOf(attributes: Record<string, unknown>): string | undefined {
  const variables = Array.isArray(attributes.variables) ? attributes.variables : [];
  const variable = variables.map(obj).find((v) => v.key === 'HUB_RETRAIN_REQUEST');
  return retrainRequestIn(variable?.value) ?? retrainRequestIn(attributes.name);
}

const userName = (v: unknown) => text(obj(v).username, 200) ?? text(obj(v).name, 200);

function pipeline(body: Record<string, unknown>, project: string | undefined, mappings: readonly SourceMapping[]) {
  const attributes = obj(body.object_attributes);
  const status = text(attributes.status, 50);
  const eventType = `gitlab:pipeline.${status ?? 'unknown'}`;
  const id = text(attributes.id, 200);
  if (!project || !id) return ignoredMissing(eventType, 'pipeline', !project ? 'project' : 'id');
  const name = text(attributes.name, 200);
  const facts: RunFacts = { provider: 'gitlab', project, pipeline: name, branch: text(attributes.ref, 200) };
  const finishedAt = isoTime(attributes.finished_at);
  const done = status === 'success' || status === 'failed' || status === 'canceled';
  return jobTranslation({
    eventType,
    mappings,
    run: facts,
    phase: phaseOf('pipeline', status),
    system: 'GitLab CI',
    job: {
      id,
      name: name ?? `pipeline ${id}`,
      workflow: name,
      ciUrl: httpUrl(attributes.url),
      commit: commitSha(attributes.sha),
      ref: text(attributes.ref, 200),
      actor: userName(body.user),
      finishedAt: done ? finishedAt : undefined,
      conclusion: done ? status : undefined,
      retrainRequest: retrainRequestOf(attributes),
    },
    occurredAt: (done ? finishedAt : undefined) ?? isoTime(attributes.created_at),
  });
}

function build(body: Record<string, unknown>, project: string | undefined, mappings: readonly SourceMapping[]) {
  const status = text(body.build_status, 50);
  const eventType = `gitlab:build.${status ?? 'unknown'}`;
  const id = text(body.build_id, 200);
  if (!project || !id) return ignoredMissing(eventType, 'job', !project ? 'project' : 'id');
  const name = text(body.build_name, 200);
  const pipelineName = text(obj(body.commit).name, 200);
  const facts: RunFacts = {
    provider: 'gitlab',
    project,
    pipeline: pipelineName,
    branch: text(body.ref, 200),
    job: name,
  };
  const webUrl = httpUrl(obj(body.project).web_url);
  const startedAt = isoTime(body.build_started_at_iso) ?? isoTime(body.build_started_at);
  const finishedAt = isoTime(body.build_finished_at_iso) ?? isoTime(body.build_finished_at);
  const done = status === 'success' || status === 'failed' || status === 'canceled';
  const failureReason = status === 'failed' ? text(body.build_failure_reason, 100) : undefined;
  return jobTranslation({
    eventType,
    mappings,
    run: facts,
    phase: phaseOf('job', status, failureReason),
    system: 'GitLab CI',
    job: {
      id,
      name,
      workflow: pipelineName,
      ciUrl: webUrl ? httpUrl(`${webUrl.replace(/\/+$/, '')}/-/jobs/${encodeURIComponent(id)}`) : undefined,
      commit: commitSha(body.sha),
      ref: text(body.ref, 200),
      actor: userName(body.user),
      startedAt: status === 'created' || status === 'pending' ? undefined : startedAt,
      finishedAt: done ? finishedAt : undefined,
      conclusion: done ? status : undefined,
    },
    occurredAt:
      (done ? finishedAt : undefined) ??
      (status === 'running' ? startedAt : undefined) ??
      isoTime(body.build_created_at_iso) ??
      isoTime(body.build_created_at),
  });
}

function release(
  body: Record<string, unknown>,
  project: string | undefined,
  mappings: readonly SourceMapping[],
): Translation {
  const action = text(body.action, 50);
  const eventType = `gitlab:release.${action ?? 'unknown'}`;
  if (action !== 'create') {
    return { kind: 'ignored', eventType, reason: `release ${action ?? '(no action)'}: only "create" is recorded` };
  }
  if (!project) return ignoredMissing(eventType, 'release', 'project');
  const facts: RunFacts = { provider: 'gitlab', project, release: true };
  const rule = findMapping(mappings, facts);
  if (!rule) return unmapped(eventType, facts);
  const tag = text(body.tag, 200);
  if (!tag) return ignoredMissing(eventType, 'release', 'tag');
  const releasedAt = isoTime(body.released_at) ?? isoTime(body.created_at);
  const occurredAt = dateOf(releasedAt);
  return {
    kind: 'event',
    type: 'release.published',
    version: 1,
    data: defined({
      model: rule.model,
      tag,
      name: text(body.name, 300),
      url: httpUrl(body.url),
      notes: text(body.description, 65_536),
      repository: project,
      commit: commitSha(obj(body.commit).id),
      publishedAt: releasedAt,
    }),
    ...(occurredAt ? { occurredAt } : {}),
  };
}

const ignoredMissing = (eventType: string, what: string, field: string): Translation => ({
  kind: 'ignored',
  eventType,
  reason: `${what} without a ${field}`,
});

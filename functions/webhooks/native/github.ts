import { findMapping, type RunFacts } from '../../../src/lib/webhooks/source-mappings';
import { getHeader, GITHUB_HEADERS } from '../../../src/lib/webhooks';
import type { NativeTranslator, Translation } from './types';
import { jobTranslation, unmapped, type JobPhase } from './job-event';
import { commitSha, dateOf, defined, httpUrl, isoTime, obj, retrainRequestIn, text } from './read';

/**
 * GitHub's repository and organization webhooks (`X-GitHub-Event`):
 * - `ping` → 200, only the delivery is logged;
 * - `workflow_run` / `workflow_job`: `requested`, `queued`, `waiting` → job.queued; `in_progress`
 *   → job.started; `completed` → by conclusion: `success` → job.succeeded; `failure`,
 *   `cancelled`, `timed_out`, `action_required`, `startup_failure`, `stale` → job.failed with
 *   the conclusion; `neutral` and `skipped` (nothing ran or nothing was decided) → ignored;
 * - `release` `published` → release.published;
 * - anything else → ignored, with the reason.
 */
export const translateGithub: NativeTranslator = ({ headers, payload, source }) => {
  const event = getHeader(headers, GITHUB_HEADERS.event);
  if (event === undefined) return { kind: 'envelope' };
  const body = obj(payload);
  const action = text(body.action, 50);
  const eventType = action ? `github:${event}.${action}` : `github:${event}`;
  const repository = text(obj(body.repository).full_name, 300);
  switch (event) {
    case 'ping':
      return { kind: 'ping', eventType };
    case 'workflow_run':
    case 'workflow_job': {
      if (!repository) return { kind: 'ignored', eventType, reason: `${event} without a repository` };
      return event === 'workflow_run'
        ? workflowRun(eventType, body, repository, source.mappings)
        : workflowJob(eventType, body, repository, source.mappings);
    }
    case 'release': {
      if (action !== 'published') {
        return {
          kind: 'ignored',
          eventType,
          reason: `release ${action ?? '(no action)'}: only "published" is recorded`,
        };
      }
      if (!repository) return { kind: 'ignored', eventType, reason: 'release without a repository' };
      return release(eventType, body, repository, source.mappings);
    }
    default:
      return {
        kind: 'ignored',
        eventType,
        reason: `GitHub "${event}" events are not recorded; the hub reads workflow_run, workflow_job, release and ping`,
      };
  }
};

const FAILED = new Set(['failure', 'cancelled', 'timed_out', 'action_required', 'startup_failure', 'stale']);

function phaseOf(kind: string, action: string | undefined, conclusion: string | undefined): JobPhase {
  switch (action) {
    case 'requested':
    case 'queued':
    case 'waiting':
      return { type: 'job.queued' };
    case 'in_progress':
      return { type: 'job.started' };
    case 'completed':
      if (conclusion === 'success') return { type: 'job.succeeded' };
      if (conclusion && FAILED.has(conclusion)) return { type: 'job.failed', conclusion };
      return {
        ignore: conclusion
          ? `${kind} completed with conclusion "${conclusion}": neither success nor failure`
          : `${kind} completed without a conclusion`,
      };
    default:
      return { ignore: `${kind} ${action ?? '(no action)'} is not recorded` };
  }
}

const login = (v: unknown) => text(obj(v).login, 200);

function workflowRun(
  eventType: string,
  body: Record<string, unknown>,
  repository: string,
  mappings: Parameters<typeof findMapping>[0],
): Translation {
  const run = obj(body.workflow_run);
  const action = text(body.action, 50);
  const conclusion = text(run.conclusion, 50);
  const path = text(run.path, 300);
  const name = text(run.name, 200);
  const facts: RunFacts = {
    provider: 'github',
    repository,
    workflowPath: path,
    workflowName: name,
    branch: text(run.head_branch, 200),
  };
  const id = text(run.id, 200);
  if (!id) return { kind: 'ignored', eventType, reason: 'workflow_run without an id' };
  const startedAt = isoTime(run.run_started_at);
  const updatedAt = isoTime(run.updated_at);
  const done = action === 'completed';
  return jobTranslation({
    eventType,
    mappings,
    run: facts,
    phase: phaseOf('workflow_run', action, conclusion),
    system: 'GitHub Actions',
    job: {
      id,
      name: name ?? (path ? path.slice(path.lastIndexOf('/') + 1) : undefined),
      workflow: name ?? path,
      ciUrl: httpUrl(run.html_url),
      commit: commitSha(run.head_sha),
      ref: text(run.head_branch, 200),
      actor: login(run.triggering_actor) ?? login(run.actor) ?? login(body.sender),
      startedAt,
      finishedAt: done ? updatedAt : undefined,
      conclusion: done ? conclusion : undefined,
      // A run started for a retrain request names it in its title (`run-name: retrain ${{ inputs.request }}`).
      retrainRequest: retrainRequestIn(run.display_title),
    },
    occurredAt: updatedAt ?? startedAt ?? isoTime(run.created_at),
  });
}

function workflowJob(
  eventType: string,
  body: Record<string, unknown>,
  repository: string,
  mappings: Parameters<typeof findMapping>[0],
): Translation {
  const job = obj(body.workflow_job);
  const action = text(body.action, 50);
  const conclusion = text(job.conclusion, 50);
  const name = text(job.name, 200);
  const workflow = text(job.workflow_name, 200);
  const facts: RunFacts = {
    provider: 'github',
    repository,
    workflowName: workflow,
    branch: text(job.head_branch, 200),
    job: name,
  };
  const id = text(job.id, 200);
  if (!id) return { kind: 'ignored', eventType, reason: 'workflow_job without an id' };
  const startedAt = isoTime(job.started_at);
  const completedAt = isoTime(job.completed_at);
  const done = action === 'completed';
  return jobTranslation({
    eventType,
    mappings,
    run: facts,
    phase: phaseOf('workflow_job', action, conclusion),
    system: 'GitHub Actions',
    job: {
      id,
      name,
      workflow,
      ciUrl: httpUrl(job.html_url),
      commit: commitSha(job.head_sha),
      ref: text(job.head_branch, 200),
      actor: login(body.sender),
      startedAt: action === 'queued' || action === 'waiting' ? undefined : startedAt,
      finishedAt: done ? completedAt : undefined,
      conclusion: done ? conclusion : undefined,
    },
    occurredAt: (done ? completedAt : undefined) ?? startedAt ?? isoTime(job.created_at),
  });
}

function release(
  eventType: string,
  body: Record<string, unknown>,
  repository: string,
  mappings: Parameters<typeof findMapping>[0],
): Translation {
  const rel = obj(body.release);
  const facts: RunFacts = { provider: 'github', repository, release: true };
  const rule = findMapping(mappings, facts);
  if (!rule) return unmapped(eventType, facts);
  const tag = text(rel.tag_name, 200);
  if (!tag) return { kind: 'ignored', eventType, reason: 'release without a tag' };
  const publishedAt = isoTime(rel.published_at);
  const occurredAt = dateOf(publishedAt);
  return {
    kind: 'event',
    type: 'release.published',
    version: 1,
    data: defined({
      model: rule.model,
      tag,
      name: text(rel.name, 300),
      url: httpUrl(rel.html_url),
      notes: typeof rel.body === 'string' && rel.body.trim() ? text(rel.body, 65_536) : undefined,
      repository,
      author: login(rel.author),
      prerelease: typeof rel.prerelease === 'boolean' ? rel.prerelease : undefined,
      publishedAt,
    }),
    ...(occurredAt ? { occurredAt } : {}),
  };
}

import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { signStandard } from '../../src/lib/webhooks';
import { addModel, createLifecycleHub, sourceFor, type LifecycleHub } from '../helpers/lifecycle';

/**
 * Issue 12: a GitLab project webhook pointed at a source works as GitLab sends it, with the
 * secret token or with a signing token. The bodies are GitLab's documented examples
 * (test/fixtures/gitlab/README.md); statuses without an example differ only in their status field.
 */
const fixture = (name: string): Record<string, any> =>
  JSON.parse(readFileSync(new URL(`../fixtures/gitlab/${name}.json`, import.meta.url), 'utf8'));

let hub: LifecycleHub;
let counter = 0;

beforeAll(async () => {
  hub = await createLifecycleHub();
});

async function gitlabSource(mappings: unknown[]) {
  const source = await sourceFor(hub, 'cms', ['gitlab']);
  const patched = await hub.call('PATCH', `/api/webhooks/sources/${source.id}`, {
    body: { mappings },
    headers: { authorization: hub.admin },
  });
  expect(patched.status).toBe(200);
  expect(patched.json.mappings).toHaveLength(mappings.length);
  return source;
}

type Auth = { token: string } | { signWith: string; timestamp?: number };

async function sendGitlab(sourceId: string, event: string, payload: unknown, auth: Auth, key?: string) {
  const raw = JSON.stringify(payload);
  const id = key ?? `c8e4d5b6-0a1f-4c39-9d21-${String(++counter).padStart(12, '0')}`;
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'x-gitlab-event': event,
    'x-gitlab-event-uuid': `e-${id}`,
    'idempotency-key': id,
  };
  if ('token' in auth) headers['x-gitlab-token'] = auth.token;
  else {
    const timestamp = auth.timestamp ?? Math.floor(Date.now() / 1000);
    headers['webhook-id'] = id;
    headers['webhook-timestamp'] = String(timestamp);
    headers['webhook-signature'] = await signStandard({ secret: auth.signWith, id, timestamp, body: raw });
  }
  const res = await hub.call('POST', `/api/hooks/${sourceId}`, { raw, headers });
  return { ...res, id };
}

const deliveryLog = async (sourceId: string) =>
  (
    await hub.call('GET', `/api/webhooks/sources/${sourceId}/deliveries?limit=200`, {
      headers: { authorization: hub.admin },
    })
  ).json.items as { deliveryId: string; scheme: string; status: string; eventType: string | null; error: any }[];

const timeline = async (slug: string) =>
  (await hub.call('GET', `/api/models/${slug}/events?limit=200`, { headers: { authorization: hub.admin } })).json
    .items as { id: number; type: string; stage: string; summary: string; job: any; data: any }[];

const STATUSES = {
  created: 'job.queued',
  pending: 'job.queued',
  running: 'job.started',
  success: 'job.succeeded',
  failed: 'job.failed',
  canceled: 'job.failed',
} as const;

describe('POST /api/hooks/:sourceId with GitLab-native bodies', () => {
  it('records Pipeline, Job and Release hooks on the mapped models, with the token or a signing token', async () => {
    const trained = await addModel(hub.db, 'cms', { slug: 'gitlab-test-model' });
    const evaluated = await addModel(hub.db, 'cms', { slug: 'gitlab-test-eval' });
    const released = await addModel(hub.db, 'cms', { slug: 'release-example' });
    const source = await gitlabSource([
      { provider: 'gitlab', project: 'gitlab-org/gitlab-test', job: 'test', model: evaluated.slug, kind: 'evaluation' },
      { provider: 'gitlab', project: 'gitlab-org/gitlab-test', branch: 'master', model: trained.slug },
      { provider: 'gitlab', project: 'gitlab-org/release-*', model: released.slug },
    ]);
    const auths: Auth[] = [{ token: source.secret }, { signWith: source.secret }];

    const pipeline = fixture('pipeline-hook');
    const job = fixture('job-hook');
    let sent = 0;
    for (const auth of auths) {
      for (const [status, type] of Object.entries(STATUSES)) {
        const p = await sendGitlab(
          source.id,
          'Pipeline Hook',
          { ...pipeline, object_attributes: { ...pipeline.object_attributes, status } },
          auth,
        );
        expect(p.status, `pipeline ${status}`).toBe(200);
        expect(p.json.type).toBe(`${type}@1`);
        expect((await timeline(trained.slug)).find((e) => e.id === p.json.eventId)).toMatchObject({
          type,
          job: { id: '31', kind: 'training' },
        });
        const j = await sendGitlab(source.id, 'Job Hook', { ...job, build_status: status }, auth);
        expect(j.status, `job ${status}`).toBe(200);
        expect((await timeline(evaluated.slug)).find((e) => e.id === j.json.eventId)).toMatchObject({
          type,
          job: { id: '1977', kind: 'evaluation' },
        });
        sent += 2;
      }
      const r = await sendGitlab(source.id, 'Release Hook', fixture('release-hook'), auth);
      expect(r.status).toBe(200);
      expect((await timeline(released.slug)).find((e) => e.id === r.json.eventId)).toMatchObject({
        type: 'release.published',
        stage: 'released',
        summary: 'Release v1.1 published',
        data: { notes: 'v1.1 has been released', repository: 'gitlab-org/release-webhook-example' },
      });
      sent++;
    }

    const log = await deliveryLog(source.id);
    expect(log).toHaveLength(sent);
    expect(log.every((d) => d.status === 'accepted' && d.scheme === 'gitlab')).toBe(true);
    const failed = (await timeline(evaluated.slug)).find(
      (e) => e.type === 'job.failed' && e.data.job.conclusion === 'failed',
    );
    expect(failed).toMatchObject({
      stage: 'failed',
      summary: 'Evaluation job test failed: GitLab CI concluded "failed" (script_failure)',
      data: {
        job: { workflow: 'Build pipeline', ciUrl: 'http://192.168.64.1:3005/gitlab-org/gitlab-test/-/jobs/1977' },
      },
    });
  });

  it('answers 202 for other hooks, skipped pipelines and unmapped projects, listing each as ignored', async () => {
    await addModel(hub.db, 'cms', { slug: 'only-this-one' });
    const source = await gitlabSource([{ provider: 'gitlab', project: 'cms-ml/jet-tagger', model: 'only-this-one' }]);
    const auth = { token: source.secret };
    const pipeline = fixture('pipeline-hook');
    const flag = await sendGitlab(source.id, 'Feature Flag Hook', fixture('feature-flag-hook'), auth);
    const unmapped = await sendGitlab(source.id, 'Pipeline Hook', pipeline, auth);
    const job = await sendGitlab(source.id, 'Job Hook', fixture('job-hook'), auth);
    const update = await sendGitlab(source.id, 'Release Hook', { ...fixture('release-hook'), action: 'update' }, auth);
    for (const res of [flag, unmapped, job, update]) expect(res.status).toBe(202);
    expect(unmapped.json.reason).toBe(
      'no model matches GitLab project "gitlab-org/gitlab-test", pipeline "Pipeline for branch: master", branch "master", job (none); add a mapping rule to the webhook source',
    );
    const log = await deliveryLog(source.id);
    expect(log.map((d) => [d.deliveryId, d.status, d.eventType]).sort()).toEqual(
      [
        [flag.id, 'ignored', 'gitlab:feature_flag'],
        [unmapped.id, 'ignored', 'gitlab:pipeline.success'],
        [job.id, 'ignored', 'gitlab:build.created'],
        [update.id, 'ignored', 'gitlab:release.update'],
      ].sort(),
    );
    expect(log.find((d) => d.deliveryId === unmapped.id)!.error).toEqual({
      code: 'ignored',
      message: unmapped.json.reason,
    });
    const ignoredOnly = await hub.call('GET', `/api/webhooks/sources/${source.id}/deliveries?status=ignored`, {
      headers: { authorization: hub.admin },
    });
    expect(ignoredOnly.json.items).toHaveLength(4);
  });

  it('refuses a wrong token, a wrong signature and a stale signed timestamp with 401, storing nothing', async () => {
    const model = await addModel(hub.db, 'cms');
    const source = await gitlabSource([{ provider: 'gitlab', project: '*', model: model.slug }]);
    const pipeline = fixture('pipeline-hook');
    const wrongToken = await sendGitlab(source.id, 'Pipeline Hook', pipeline, { token: 'whsec_wrong' });
    const wrongKey = await sendGitlab(source.id, 'Pipeline Hook', pipeline, {
      signWith: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
    });
    const stale = await sendGitlab(source.id, 'Pipeline Hook', pipeline, {
      signWith: source.secret,
      timestamp: Math.floor(Date.now() / 1000) - 3600,
    });
    for (const res of [wrongToken, wrongKey, stale]) expect(res.status).toBe(401);
    expect(stale.json.error.details.reason).toBe('timestamp_too_old');
    expect(await deliveryLog(source.id)).toEqual([]);
    expect(await timeline(model.slug)).toEqual([]);
  });

  it('takes Idempotency-Key as the delivery id: a retried hook changes nothing', async () => {
    const model = await addModel(hub.db, 'cms');
    const source = await gitlabSource([{ provider: 'gitlab', project: '*', model: model.slug }]);
    const auth = { token: source.secret };
    const first = await sendGitlab(source.id, 'Pipeline Hook', fixture('pipeline-hook'), auth, 'retry-me-1');
    const again = await sendGitlab(source.id, 'Pipeline Hook', fixture('pipeline-hook'), auth, 'retry-me-1');
    expect(first.json).toMatchObject({ duplicate: false, deliveryId: 'retry-me-1' });
    expect(again.json).toMatchObject({ duplicate: true, eventId: first.json.eventId });
    expect(await timeline(model.slug)).toHaveLength(1);
  });
});

import examples from '@octokit/webhooks-examples';
import { beforeAll, describe, expect, it } from 'vitest';
import { signGithub } from '../../src/lib/webhooks';
import { createTestToken } from '../factories';
import {
  addDataset,
  addDatasetVersion,
  addModel,
  createLifecycleHub,
  sourceFor,
  type LifecycleHub,
} from '../helpers/lifecycle';

/**
 * Issue 12: a GitHub repository webhook pointed at a source works as GitHub sends it. Every
 * workflow_run, workflow_job, ping and release example of GitHub's own payload corpus
 * (npm @octokit/webhooks-examples) is signed with the source secret and delivered.
 */
type Example = Record<string, any>;
const corpus = (name: string): Example[] =>
  (examples as { name: string; examples: Example[] }[]).find((d) => d.name === name)!.examples;

let hub: LifecycleHub;
let counter = 0;

beforeAll(async () => {
  hub = await createLifecycleHub();
});

async function githubSource(group: string, mappings: unknown[]) {
  const source = await sourceFor(hub, group, ['github']);
  const patched = await hub.call('PATCH', `/api/webhooks/sources/${source.id}`, {
    body: { mappings },
    headers: { authorization: hub.admin },
  });
  expect(patched.status).toBe(200);
  return source;
}

async function sendGithub(source: { id: string; secret: string }, event: string, payload: unknown, secret?: string) {
  const raw = JSON.stringify(payload);
  const delivery = `72d3162e-cc78-11e3-81ab-${String(++counter).padStart(12, '0')}`;
  const res = await hub.call('POST', `/api/hooks/${source.id}`, {
    raw,
    headers: {
      'content-type': 'application/json',
      'x-github-event': event,
      'x-github-delivery': delivery,
      'x-hub-signature-256': await signGithub(secret ?? source.secret, raw),
    },
  });
  return { ...res, delivery };
}

async function deliveryLog(sourceId: string) {
  const res = await hub.call('GET', `/api/webhooks/sources/${sourceId}/deliveries?limit=200`, {
    headers: { authorization: hub.admin },
  });
  expect(res.status).toBe(200);
  return res.json.items as { deliveryId: string; status: string; eventType: string | null; error: any }[];
}

async function timeline(slug: string) {
  const res = await hub.call('GET', `/api/models/${slug}/events?limit=200`, { headers: { authorization: hub.admin } });
  expect(res.status).toBe(200);
  return res.json.items as { id: number; type: string; stage: string; summary: string; data: any; job: any }[];
}

describe('POST /api/hooks/:sourceId with GitHub-native bodies', () => {
  it('answers every workflow_run, workflow_job, ping and release example 2xx; mapped runs land on the right model', async () => {
    const trained = await addModel(hub.db, 'cms', { slug: 'hello-world-model' });
    const evaluated = await addModel(hub.db, 'cms', { slug: 'hello-world-eval' });
    const source = await githubSource('cms', [
      {
        provider: 'github',
        repository: 'Codertocat/Hello-World',
        workflow: 'CodeQL',
        job: 'lint*',
        model: evaluated.slug,
        kind: 'evaluation',
      },
      { provider: 'github', repository: 'codertocat/*', model: trained.slug },
      {
        provider: 'github',
        repository: 'octo-org/octo-repo',
        workflow: 'test.yml',
        branch: 'master',
        model: trained.slug,
      },
    ]);

    // What each example should become, worked out here from the payload, not by the hub's code.
    const expectation = (event: string, ex: Example) => {
      if (event === 'ping') return { ping: true } as const;
      const repo: string = ex.repository?.full_name ?? '';
      if (event === 'release') {
        if (ex.action !== 'published') return { ignored: 'only "published" is recorded' } as const;
        return { model: trained.slug, type: 'release.published' } as const;
      }
      const item = event === 'workflow_run' ? ex.workflow_run : ex.workflow_job;
      const type =
        ex.action === 'completed'
          ? item.conclusion === 'success'
            ? 'job.succeeded'
            : item.conclusion
              ? 'job.failed'
              : null
          : ex.action === 'in_progress'
            ? 'job.started'
            : 'job.queued';
      if (type === null) return { ignored: 'completed without a conclusion' } as const;
      const model =
        event === 'workflow_job' &&
        repo === 'Codertocat/Hello-World' &&
        item.workflow_name === 'CodeQL' &&
        /^lint/.test(item.name)
          ? evaluated.slug
          : /^codertocat\//i.test(repo)
            ? trained.slug
            : repo === 'octo-org/octo-repo' && event === 'workflow_run' && item.head_branch === 'master'
              ? trained.slug
              : null;
      if (!model) return { ignored: `no model matches GitHub repository "${repo}"` } as const;
      return { model, type } as const;
    };

    const sent: { event: string; ex: Example; res: Awaited<ReturnType<typeof sendGithub>> }[] = [];
    for (const event of ['ping', 'workflow_run', 'workflow_job', 'release']) {
      for (const ex of corpus(event)) sent.push({ event, ex, res: await sendGithub(source, event, ex) });
    }
    expect(sent.length).toBe(4 + 5 + 8 + 13);

    const log = await deliveryLog(source.id);
    const timelines = {
      [trained.slug]: await timeline(trained.slug),
      [evaluated.slug]: await timeline(evaluated.slug),
    };
    const counts = { event: 0, ignored: 0, ping: 0 };
    for (const { event, ex, res } of sent) {
      const what = `${event} ${ex.action ?? ''} (${res.delivery})`;
      const expected = expectation(event, ex);
      const logged = log.find((d) => d.deliveryId === res.delivery);
      expect(logged, what).toBeDefined();
      if ('ping' in expected) {
        expect(res.status, what).toBe(200);
        expect(res.json).toMatchObject({ eventId: null, type: 'github:ping' });
        expect(logged).toMatchObject({ status: 'ignored', eventType: 'github:ping', error: { code: 'ping' } });
        counts.ping++;
      } else if ('ignored' in expected) {
        expect(res.status, what).toBe(202);
        expect(res.json).toMatchObject({ ignored: true, deliveryId: res.delivery });
        expect(res.json.reason, what).toContain(expected.ignored);
        expect(logged, what).toMatchObject({ status: 'ignored', error: { code: 'ignored', message: res.json.reason } });
        counts.ignored++;
      } else {
        expect(res.status, `${what}: ${JSON.stringify(res.json)}`).toBe(200);
        expect(res.json.type).toBe(`${expected.type}@1`);
        const stored = timelines[expected.model]!.find((e) => e.id === res.json.eventId);
        expect(stored, what).toMatchObject({ type: expected.type });
        expect(logged).toMatchObject({ status: 'accepted', eventType: `${expected.type}@1` });
        counts.event++;
      }
    }
    expect(counts).toEqual({ event: 11, ignored: 15, ping: 4 });

    // The mapped job keeps what GitHub said about it; the release keeps its notes.
    const linters = timelines[evaluated.slug]!.find((e) => e.type === 'job.failed')!;
    expect(linters).toMatchObject({
      stage: 'failed',
      job: { id: '289782451', kind: 'evaluation' },
      data: {
        job: { name: 'linters', workflow: 'CodeQL', conclusion: 'failure', ref: 'main' },
        error: 'GitHub Actions concluded "failure"',
      },
    });
    const release = timelines[trained.slug]!.find((e) => e.type === 'release.published')!;
    expect(release).toMatchObject({
      stage: 'released',
      summary: 'Release 0.0.1 published',
      data: { tag: '0.0.1', url: 'https://github.com/Codertocat/Hello-World/releases/tag/0.0.1', model: trained.slug },
    });
  });

  it("reads a body sent with GitHub's default content type, application/x-www-form-urlencoded", async () => {
    const model = await addModel(hub.db, 'cms');
    const source = await githubSource('cms', [{ provider: 'github', repository: '*', model: model.slug }]);
    const example = corpus('workflow_run').find((e) => e.workflow_run.conclusion === 'success')!;
    const raw = new URLSearchParams({ payload: JSON.stringify(example) }).toString();
    const res = await hub.call('POST', `/api/hooks/${source.id}`, {
      raw,
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-github-event': 'workflow_run',
        'x-github-delivery': 'form-encoded-1',
        'x-hub-signature-256': await signGithub(source.secret, raw),
      },
    });
    expect(res.status).toBe(200);
    expect((await timeline(model.slug))[0]).toMatchObject({ id: res.json.eventId, type: 'job.succeeded' });
  });

  it('answers 202 for any other event, and 401 storing nothing for a wrong signature', async () => {
    const model = await addModel(hub.db, 'cms');
    const source = await githubSource('cms', [{ provider: 'github', repository: '*', model: model.slug }]);
    const push = await sendGithub(source, 'push', { ref: 'refs/heads/main', repository: { full_name: 'a/b' } });
    expect(push.status).toBe(202);
    expect(push.json.reason).toContain('GitHub "push" events are not recorded');

    const before = await deliveryLog(source.id);
    const example = corpus('workflow_run')[1]!;
    const forged = await sendGithub(source, 'workflow_run', example, 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw');
    expect(forged.status).toBe(401);
    const tampered = await hub.call('POST', `/api/hooks/${source.id}`, {
      raw: JSON.stringify({ ...example, action: 'in_progress' }),
      headers: {
        'x-github-event': 'workflow_run',
        'x-github-delivery': 'tampered-1',
        'x-hub-signature-256': await signGithub(source.secret, JSON.stringify(example)),
      },
    });
    expect(tampered.status).toBe(401);
    expect(await deliveryLog(source.id)).toEqual(before);
    expect(await timeline(model.slug)).toEqual([]);
  });

  it('treats a run mapped to a model of another group like an envelope naming it: 403, stored as rejected', async () => {
    const foreign = await addModel(hub.db, 'atlas');
    await addModel(hub.db, 'cms');
    const source = await githubSource('cms', [{ provider: 'github', repository: '*', model: foreign.slug }]);
    const res = await sendGithub(source, 'workflow_run', corpus('workflow_run')[1]);
    expect(res.status).toBe(403);
    expect((await deliveryLog(source.id))[0]).toMatchObject({ status: 'rejected', error: { code: 'forbidden' } });
  });

  it('lets a retraining run close the retrain request its policy opened, named in the run title', async () => {
    const model = await addModel(hub.db, 'cms', { slug: 'retrained-by-github' });
    const dataset = await addDataset(hub.db, 'cms');
    await addDatasetVersion(hub.db, dataset, 'v1');
    const maintainer = (await createTestToken(hub.db, ['maintainer'], 'cms')).authorization;
    const policy = await hub.call('POST', `/api/models/${model.slug}/retrain-policies`, {
      body: { kind: 'dataset_version', config: { dataset: dataset.slug } },
      headers: { authorization: maintainer },
    });
    expect(policy.status).toBe(201);
    const envelopes = await sourceFor(hub, 'cms');
    const published = await hub.deliver(envelopes, {
      type: 'dataset.version.published',
      data: {
        dataset: dataset.slug,
        version: { version: 'v2', bytes: 2_000_000, fileCount: 20, replicas: [{ uri: 'root://eos.example//d/v2/' }] },
      },
    });
    expect(published.status).toBe(200);
    const requests = await hub.call('GET', `/api/models/${model.slug}/retrain-requests`, {
      headers: { authorization: maintainer },
    });
    const requestId: string = requests.json.items[0].id;
    expect(requests.json.items[0].status).toBe('open');

    const source = await githubSource('cms', [{ provider: 'github', repository: 'octo-org/*', model: model.slug }]);
    const example = corpus('workflow_run').find((e) => e.workflow_run.conclusion === 'success')!;
    // The retraining workflow names the request in its title (`run-name: Retrain ${{ inputs.request }}`).
    const run = { ...example, workflow_run: { ...example.workflow_run, display_title: `Retrain ${requestId}` } };
    const done = await sendGithub(source, 'workflow_run', run);
    expect(done.status).toBe(200);
    const closed = await hub.call('GET', `/api/models/${model.slug}/retrain-requests/${requestId}`, {
      headers: { authorization: maintainer },
    });
    expect(closed.json.status).toBe('closed');
    const stages = (await timeline(model.slug)).map((e) => e.stage);
    expect(stages).toEqual(expect.arrayContaining(['retrain-requested', 'trained', 'retrain-closed']));
  });
});

/**
 * Issue 14, finding 9: GitHub signs the body, not X-GitHub-Delivery, so a captured delivery
 * could be replayed under a fresh id. GitHub's "Redeliver" keeps the original id (a duplicate);
 * the same signature under another id is refused (409) and nothing new is stored.
 */
describe('replayed GitHub deliveries', () => {
  async function sendAs(source: { id: string }, raw: string, signature: string, delivery: string) {
    return hub.call('POST', `/api/hooks/${source.id}`, {
      raw,
      headers: {
        'content-type': 'application/json',
        'x-github-event': 'workflow_run',
        'x-github-delivery': delivery,
        'x-hub-signature-256': signature,
      },
    });
  }

  async function mappedRun() {
    const model = await addModel(hub.db, 'cms');
    const source = await githubSource('cms', [{ provider: 'github', repository: '*', model: model.slug }]);
    const example = corpus('workflow_run').find((e) => e.workflow_run.conclusion === 'success')!;
    const raw = JSON.stringify(example);
    return { model, source, raw, signature: await signGithub(source.secret, raw) };
  }

  it('refuses the same body and signature under a new delivery id with 409, storing nothing', async () => {
    const { model, source, raw, signature } = await mappedRun();
    const first = await sendAs(source, raw, signature, 'replay-original');
    expect(first.status).toBe(200);
    const logBefore = await deliveryLog(source.id);
    const timelineBefore = await timeline(model.slug);

    const replay = await sendAs(source, raw, signature, 'replay-new-id');
    expect(replay.status).toBe(409);
    expect(replay.json.error).toMatchObject({
      code: 'conflict',
      details: { reason: 'replayed_signature', originalDeliveryId: 'replay-original' },
    });
    expect(await deliveryLog(source.id)).toEqual(logBefore);
    expect(await timeline(model.slug)).toEqual(timelineBefore);

    // GitHub's Redeliver: same id, same body: the duplicate it is.
    const redelivered = await sendAs(source, raw, signature, 'replay-original');
    expect(redelivered.status).toBe(200);
    expect(redelivered.json).toMatchObject({ duplicate: true, eventId: first.json.eventId });
    expect(await timeline(model.slug)).toEqual(timelineBefore);
  });

  it('lets exactly one of two concurrent deliveries with one signature in, and refuses the others', async () => {
    const { model, source, raw, signature } = await mappedRun();
    const answers = await Promise.all(['race-a', 'race-b', 'race-c'].map((id) => sendAs(source, raw, signature, id)));
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409, 409]);
    expect((await timeline(model.slug)).filter((e) => e.type === 'job.succeeded')).toHaveLength(1);
    expect((await deliveryLog(source.id)).filter((d) => d.status === 'accepted')).toHaveLength(1);
  });

  it('a signature seen only on another source, or a body signed anew, is no replay', async () => {
    const { raw, signature, source } = await mappedRun();
    expect((await sendAs(source, raw, signature, 'own-1')).status).toBe(200);
    const other = await mappedRun();
    expect((await sendAs(other.source, other.raw, other.signature, 'own-1')).status).toBe(200);
    const changed = raw.replace('"conclusion":"success"', '"conclusion":"success" ');
    expect(changed).not.toBe(raw);
    expect((await sendAs(source, changed, await signGithub(source.secret, changed), 'own-2')).status).toBe(200);
  });
});

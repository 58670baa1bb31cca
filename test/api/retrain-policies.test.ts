import { beforeEach, describe, expect, it } from 'vitest';
import { checkTimedPolicies } from '../../functions/retrain/periodic';
import { retrainRequests } from '../../db/schema';
import { createTestToken } from '../factories';
import {
  addDataset,
  addDatasetVersion,
  addModel,
  addVersion,
  createLifecycleHub,
  job,
  sourceFor,
  type LifecycleHub,
} from '../helpers/lifecycle';

let hub: LifecycleHub;
let maintainer: string;

beforeEach(async () => {
  hub = await createLifecycleHub();
  maintainer = (await createTestToken(hub.db, ['maintainer'], 'cms')).authorization;
});

const createPolicy = (slug: string, body: unknown, authorization = maintainer) =>
  hub.call('POST', `/api/models/${slug}/retrain-policies`, { body, headers: { authorization } });
const requestsOf = async (slug: string) => (await hub.call('GET', `/api/models/${slug}/retrain-requests`)).json.items;

describe('/api/models/:slug/retrain-policies', () => {
  it('creates, lists, changes and deletes a policy', async () => {
    const model = await addModel(hub.db, 'cms');
    const created = await createPolicy(model.slug, {
      kind: 'metric_threshold',
      config: { metric: 'auc', comparison: '<', threshold: 0.9 },
    });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({
      kind: 'metric_threshold',
      enabled: true,
      config: { metric: 'auc', comparison: '<', threshold: 0.9, from: 'any' },
    });
    expect(created.headers.get('location')).toBe(`/api/models/${model.slug}/retrain-policies/${created.json.id}`);
    const list = await hub.call('GET', `/api/models/${model.slug}/retrain-policies`);
    expect(list.json.items.map((p: { id: string }) => p.id)).toEqual([created.json.id]);
    const patched = await hub.call('PATCH', `/api/models/${model.slug}/retrain-policies/${created.json.id}`, {
      body: { enabled: false, config: { metric: 'auc', comparison: '<=', threshold: 0.8, from: 'evaluation' } },
      headers: { authorization: maintainer },
    });
    expect(patched.status).toBe(200);
    expect(patched.json).toMatchObject({
      enabled: false,
      config: { comparison: '<=', threshold: 0.8, from: 'evaluation' },
    });
    const deleted = await hub.call('DELETE', `/api/models/${model.slug}/retrain-policies/${created.json.id}`, {
      headers: { authorization: maintainer },
    });
    expect(deleted.status).toBe(204);
    expect((await hub.call('GET', `/api/models/${model.slug}/retrain-policies/${created.json.id}`)).status).toBe(404);
  });

  it('answers 400 with the field path for a configuration that does not fit the kind', async () => {
    const model = await addModel(hub.db, 'cms');
    const bad = await createPolicy(model.slug, { kind: 'max_age', config: { maxAgeDays: -3 } });
    expect(bad.status).toBe(400);
    expect(bad.json.error.details.issues[0].path).toBe('config.maxAgeDays');
    const unknownDataset = await createPolicy(model.slug, {
      kind: 'dataset_version',
      config: { dataset: 'no-such-data' },
    });
    expect(unknownDataset.status).toBe(400);
    expect(unknownDataset.json.error.details.issues[0].path).toBe('config.dataset');
    const policy = await createPolicy(model.slug, { kind: 'max_age', config: { maxAgeDays: 30 } });
    const patch = await hub.call('PATCH', `/api/models/${model.slug}/retrain-policies/${policy.json.id}`, {
      body: { config: { maxAgeDays: 'old' } },
      headers: { authorization: maintainer },
    });
    expect(patch.status).toBe(400);
    expect(patch.json.error.details.issues[0].path).toBe('config.maxAgeDays');
  });

  it('answers 401 without a token, 403 for a writer or another group, 404 for an unknown model', async () => {
    const model = await addModel(hub.db, 'cms');
    const body = { kind: 'max_age', config: { maxAgeDays: 30 } };
    expect((await hub.call('POST', `/api/models/${model.slug}/retrain-policies`, { body })).status).toBe(401);
    const writer = (await createTestToken(hub.db, ['write'], 'cms')).authorization;
    expect((await createPolicy(model.slug, body, writer)).status).toBe(403);
    const atlas = (await createTestToken(hub.db, ['maintainer'], 'atlas')).authorization;
    expect((await createPolicy(model.slug, body, atlas)).status).toBe(403);
    expect((await createPolicy('no-such-model', body)).status).toBe(404);
  });
});

describe('policies firing', () => {
  it('fires a dataset policy once per new version of the dataset the production version was trained on', async () => {
    const model = await addModel(hub.db, 'cms');
    const dataset = await addDataset(hub.db, 'cms');
    const v1 = await addDatasetVersion(hub.db, dataset, 'v1');
    await addVersion(hub.db, model, [v1.id]);
    await createPolicy(model.slug, { kind: 'dataset_version' });
    const source = await sourceFor(hub, 'cms');
    const publish = (label: string, id: string) =>
      hub.deliver(
        source,
        {
          type: 'dataset.version.published',
          data: {
            dataset: dataset.slug,
            version: { version: label, bytes: 1, fileCount: 1, replicas: [{ uri: `s3://b/${label}` }] },
          },
        },
        { id },
      );
    expect((await publish('v2', 'msg_v2')).status).toBe(200);
    expect((await publish('v2', 'msg_v2')).json.duplicate).toBe(true);
    const requests = await requestsOf(model.slug);
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({
      trigger: 'dataset_version',
      status: 'open',
      inputs: { parentVersion: 1, dataset: { slug: dataset.slug, version: 'v2' } },
    });
    // The worker's catch-up finds nothing new: the dedup key already exists.
    expect((await checkTimedPolicies(hub.db, { publicUrl: 'http://hub', now: new Date() })).fired).toBe(0);
  });

  it('catches up on dataset versions registered through the REST API (worker)', async () => {
    const model = await addModel(hub.db, 'cms');
    const dataset = await addDataset(hub.db, 'cms');
    await createPolicy(model.slug, { kind: 'dataset_version', config: { dataset: dataset.slug } });
    await new Promise((r) => setTimeout(r, 5));
    await addDatasetVersion(hub.db, dataset, 'v7');
    const now = new Date();
    expect((await checkTimedPolicies(hub.db, { publicUrl: 'http://hub', now })).fired).toBe(1);
    expect((await checkTimedPolicies(hub.db, { publicUrl: 'http://hub', now })).fired).toBe(0);
    expect((await requestsOf(model.slug))[0].inputs.dataset).toEqual({ slug: dataset.slug, version: 'v7' });
  });

  it('fires a metric policy when an evaluation crosses the threshold, once per version', async () => {
    const model = await addModel(hub.db, 'cms');
    await addVersion(hub.db, model);
    await createPolicy(model.slug, {
      kind: 'metric_threshold',
      config: { metric: 'auc', comparison: '<', threshold: 0.9, from: 'evaluation' },
    });
    const source = await sourceFor(hub, 'cms');
    const evaluate = (auc: number, kind = 'evaluation') =>
      hub.deliver(source, {
        type: 'job.succeeded',
        data: { job: job(model.slug, { kind, modelVersion: 1 }), metrics: { auc } },
      });
    await evaluate(0.95);
    expect(await requestsOf(model.slug)).toHaveLength(0);
    await evaluate(0.5, 'benchmark');
    expect(await requestsOf(model.slug)).toHaveLength(0);
    await evaluate(0.85);
    await evaluate(0.8);
    const requests = await requestsOf(model.slug);
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({
      trigger: 'metric_threshold',
      inputs: { metric: { name: 'auc', value: 0.85, modelVersion: 1 } },
    });
  });

  it('fires a benchmark metric policy from benchmark.completed', async () => {
    const model = await addModel(hub.db, 'cms');
    await addVersion(hub.db, model);
    await createPolicy(model.slug, {
      kind: 'metric_threshold',
      config: { metric: 'latency_p99_ms', comparison: '>', threshold: 10, from: 'benchmark' },
    });
    const source = await sourceFor(hub, 'cms');
    await hub.deliver(source, {
      type: 'benchmark.completed',
      data: { model: model.slug, version: 1, engine: 'ort', hardware: 'T4', metrics: { latency_p99_ms: 12 } },
    });
    expect((await requestsOf(model.slug))[0]).toMatchObject({
      trigger: 'metric_threshold',
      reason: expect.stringContaining('latency_p99_ms = 12'),
    });
  });

  it('fires a max-age policy once the production version is older than the limit (worker check)', async () => {
    const model = await addModel(hub.db, 'cms');
    await addVersion(hub.db, model);
    const source = await sourceFor(hub, 'cms', undefined, { allowProtectedAliases: true });
    await hub.deliver(source, {
      type: 'model.alias.set',
      data: { model: model.slug, alias: 'production', version: 1 },
    });
    await createPolicy(model.slug, { kind: 'max_age', config: { maxAgeDays: 30 } });
    const soon = new Date(Date.now() + 29 * 86_400_000);
    expect((await checkTimedPolicies(hub.db, { publicUrl: 'http://hub', now: soon })).fired).toBe(0);
    const late = new Date(Date.now() + 31 * 86_400_000);
    expect((await checkTimedPolicies(hub.db, { publicUrl: 'http://hub', now: late })).fired).toBe(1);
    expect((await checkTimedPolicies(hub.db, { publicUrl: 'http://hub', now: late })).fired).toBe(0);
    expect((await requestsOf(model.slug))[0]).toMatchObject({
      trigger: 'max_age',
      inputs: { parentVersion: 1, maxAge: { alias: 'production', version: 1, maxAgeDays: 30 } },
    });
  });

  it('does not fire a disabled policy', async () => {
    const model = await addModel(hub.db, 'cms');
    await addVersion(hub.db, model);
    await createPolicy(model.slug, {
      kind: 'metric_threshold',
      config: { metric: 'auc', comparison: '<', threshold: 1 },
      enabled: false,
    });
    const source = await sourceFor(hub, 'cms');
    await hub.deliver(source, {
      type: 'job.succeeded',
      data: { job: job(model.slug, { kind: 'evaluation', modelVersion: 1 }), metrics: { auc: 0.1 } },
    });
    expect(await hub.db.select().from(retrainRequests)).toEqual([]);
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import { createTestToken } from '../factories';
import { addModel, createLifecycleHub, job, sourceFor, type LifecycleHub } from '../helpers/lifecycle';

let hub: LifecycleHub;

beforeEach(async () => {
  hub = await createLifecycleHub();
});

async function modelWithEvents(count: number, group = 'cms', visibility: 'public' | 'internal' = 'public') {
  const model = await addModel(hub.db, group, { visibility });
  const source = await sourceFor(hub, group);
  for (let i = 0; i < count; i++) {
    const type = i % 2 === 0 ? 'job.queued' : 'job.started';
    expect((await hub.deliver(source, { type, data: { job: job(model.slug, { id: `j${i}` }) } })).status).toBe(200);
  }
  return model;
}

describe('GET /api/models/:slug/events', () => {
  it('pages newest first with a cursor, without gaps or repeats', async () => {
    const model = await modelWithEvents(7);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: { status: number; json: any } = await hub.call(
        'GET',
        `/api/models/${model.slug}/events?limit=3${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(res.status).toBe(200);
      seen.push(...res.json.items.map((e: { job: { id: string } }) => e.job.id));
      cursor = res.json.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['j6', 'j5', 'j4', 'j3', 'j2', 'j1', 'j0']);
  });

  it('filters by type and polls for newer events with after=latestId', async () => {
    const model = await modelWithEvents(4);
    const queued = await hub.call('GET', `/api/models/${model.slug}/events?type=job.queued`);
    expect(queued.json.items.map((e: { stage: string }) => e.stage)).toEqual(['queued', 'queued']);
    const all = await hub.call('GET', `/api/models/${model.slug}/events`);
    const latestId = all.json.latestId;
    const nothing = await hub.call('GET', `/api/models/${model.slug}/events?after=${latestId}`);
    expect(nothing.json).toMatchObject({ items: [], latestId });
    const source = await sourceFor(hub, 'cms');
    await hub.deliver(source, { type: 'job.failed', data: { job: job(model.slug, { id: 'late' }), error: 'OOM' } });
    const fresh = await hub.call('GET', `/api/models/${model.slug}/events?after=${latestId}`);
    expect(fresh.json.items).toHaveLength(1);
    expect(fresh.json.items[0]).toMatchObject({
      stage: 'failed',
      stageLabel: 'Failed',
      summary: 'Training job late failed: OOM',
    });
    expect(fresh.json.latestId).toBeGreaterThan(latestId);
  });

  it('answers 400 for a forged cursor and 404 for an unknown model', async () => {
    const model = await modelWithEvents(1);
    expect((await hub.call('GET', `/api/models/${model.slug}/events?cursor=bogus`)).status).toBe(400);
    expect((await hub.call('GET', '/api/models/no-such-model/events')).status).toBe(404);
  });

  it('hides the events of an internal model from other groups', async () => {
    const model = await modelWithEvents(1, 'cms', 'internal');
    expect((await hub.call('GET', `/api/models/${model.slug}/events`)).status).toBe(404);
    const cms = (await createTestToken(hub.db, [], 'cms')).authorization;
    const own = await hub.call('GET', `/api/models/${model.slug}/events`, { headers: { authorization: cms } });
    expect(own.status).toBe(200);
    expect(own.json.items).toHaveLength(1);
  });
});

describe('GET /api/webhooks/event-types and the OpenAPI document', () => {
  it('lists every event type with its JSON schema and example', async () => {
    const res = await hub.call('GET', '/api/webhooks/event-types');
    expect(res.status).toBe(200);
    const ids = res.json.items.map((e: { id: string }) => e.id);
    expect(ids).toEqual([
      'job.queued@1',
      'job.started@1',
      'job.succeeded@1',
      'job.failed@1',
      'job.cancelled@1',
      'dataset.version.published@1',
      'model.alias.set@1',
      'benchmark.completed@1',
      'release.published@1',
      'mlflow.registered_model.created@1',
      'mlflow.model_version.created@1',
      'mlflow.model_version_tag.set@1',
      'mlflow.model_version_tag.deleted@1',
      'mlflow.model_version_alias.created@1',
      'mlflow.model_version_alias.deleted@1',
      'hardware.capacity.reported@1',
      'benchmark.data_access.reported@1',
      'hpo.trial.started@1',
      'hpo.trial.reported@1',
      'hpo.trial.finished@1',
    ]);
    const succeeded = res.json.items.find((e: { id: string }) => e.id === 'job.succeeded@1');
    expect(succeeded.jsonSchema.properties.job.required).toEqual(expect.arrayContaining(['id', 'kind', 'model']));
    expect(succeeded.schemaRef).toBe('#/components/schemas/EventJobSucceededV1');
  });

  it('serves every event schema as a component, and documents the delivery endpoint', async () => {
    const doc = (await hub.call('GET', '/api/openapi.json')).json;
    for (const name of [
      'EventJobQueuedV1',
      'EventJobSucceededV1',
      'EventDatasetVersionPublishedV1',
      'EventModelAliasSetV1',
      'EventBenchmarkCompletedV1',
    ]) {
      expect(doc.components.schemas[name], name).toBeDefined();
    }
    const hook = doc.paths['/api/hooks/{sourceId}'].post;
    expect(Object.keys(hook.responses)).toEqual(expect.arrayContaining(['200', '401', '413', '422']));
    expect(doc.paths['/api/models/{slug}/events'].get).toBeDefined();
  });
});

import { sql } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { createTestToken, modelInput, modelVersionInput } from '../factories';
import { createLifecycleHub, sourceFor, type LifecycleHub } from '../helpers/lifecycle';

let hub: LifecycleHub;
let writer: { authorization: string; token: { id: string } };
let maintainer: { authorization: string; token: { id: string } };
let atlas: string;

beforeEach(async () => {
  hub = await createLifecycleHub();
  writer = await createTestToken(hub.db, ['write'], 'cms');
  maintainer = await createTestToken(hub.db, ['maintainer'], 'cms');
  atlas = (await createTestToken(hub.db, ['maintainer'], 'atlas')).authorization;
  const created = await hub.call('POST', '/api/models', {
    body: modelInput({ slug: 'jet-tagger' }),
    headers: { authorization: writer.authorization },
  });
  expect(created.status).toBe(201);
});

const call = (method: string, path: string, authorization: string, body?: unknown) =>
  hub.call(method, `/api/models/jet-tagger${path}`, {
    ...(body === undefined ? {} : { body }),
    headers: { authorization },
  });
const register = (authorization = writer.authorization, body: unknown = modelVersionInput()) =>
  call('POST', '/versions', authorization, body);
/** The model's timeline, oldest first. */
const timeline = async () => {
  const res = await hub.call('GET', '/api/models/jet-tagger/events?after=0&limit=200');
  expect(res.status).toBe(200);
  return res.json.items as Array<Record<string, any>>;
};
/** What one write appended to the timeline. */
async function appended<R extends { status: number }>(write: () => Promise<R>, status: number) {
  const before = (await timeline()).length;
  const res = await write();
  expect(res.status).toBe(status);
  return { res, events: (await timeline()).slice(before) };
}

describe('catalog writes through the REST API on the lifecycle timeline', () => {
  it('logs a registered version as one model.version.registered event, naming the token', async () => {
    const { res, events } = await appended(() => register(), 201);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      type: 'model.version.registered',
      origin: 'hub',
      source: null,
      stage: 'registered',
      stageLabel: 'Registered',
      modelVersion: 1,
      summary: 'Version registered through the API (ready, 1 artifact, 0 metrics)',
      data: { version: 1, status: 'ready', artifacts: 1, actor: { tokenId: writer.token.id, name: 'test write' } },
    });
    expect(res.json.version).toBe(1);
    const second = await appended(() => register(), 201);
    expect(second.events.map((e) => [e.type, e.modelVersion])).toEqual([['model.version.registered', 2]]);
  });

  it('logs each move of production as a promotion with where it came from, and a no-op move not at all', async () => {
    await register();
    await register();
    const first = await appended(
      () => call('PUT', '/aliases/production', maintainer.authorization, { version: 1 }),
      201,
    );
    expect(first.events).toHaveLength(1);
    expect(first.events[0]).toMatchObject({
      type: 'model.alias.moved',
      origin: 'hub',
      stage: 'promoted',
      modelVersion: 1,
      summary: 'Alias "production" set to v1',
      data: { alias: 'production', version: 1, fromVersion: null, actor: { tokenId: maintainer.token.id } },
    });
    const second = await appended(
      () => call('PUT', '/aliases/production', maintainer.authorization, { version: 2, reason: 'better AUC' }),
      200,
    );
    expect(second.events).toHaveLength(1);
    expect(second.events[0]).toMatchObject({
      type: 'model.alias.moved',
      stage: 'promoted',
      modelVersion: 2,
      summary: 'Alias "production" set to v2: better AUC',
      data: { version: 2, fromVersion: 1, reason: 'better AUC' },
    });
    const noop = await appended(
      () => call('PUT', '/aliases/production', maintainer.authorization, { version: 2 }),
      200,
    );
    expect(noop.events).toEqual([]);
    const staging = await appended(() => call('PUT', '/aliases/staging', writer.authorization, { version: 1 }), 201);
    expect(staging.events.map((e) => [e.type, e.stage])).toEqual([['model.alias.moved', 'alias-moved']]);
  });

  it('logs a removed alias once, with the version it pointed at', async () => {
    await register();
    await call('PUT', '/aliases/staging', writer.authorization, { version: 1 });
    const { events } = await appended(
      () =>
        hub.call('DELETE', '/api/models/jet-tagger/aliases/staging?reason=retired', {
          headers: { authorization: writer.authorization },
        }),
      204,
    );
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      type: 'model.alias.removed',
      origin: 'hub',
      stage: 'alias-removed',
      modelVersion: 1,
      summary: 'Alias "staging" removed: retired',
      data: { alias: 'staging', fromVersion: 1, reason: 'retired', actor: { tokenId: writer.token.id } },
    });
  });

  it('logs a deployment when it starts and when it ends, each once', async () => {
    await register();
    const started = await appended(
      () =>
        call('POST', '/deployments', writer.authorization, {
          version: 1,
          kind: 'hlt',
          target: 'CMSSW_14_0_X HLT menu v1.2',
          startedAt: '2026-03-01T08:00:00Z',
        }),
      201,
    );
    const id: number = started.res.json.id;
    expect(started.events).toHaveLength(1);
    expect(started.events[0]).toMatchObject({
      type: 'model.deployed',
      origin: 'hub',
      stage: 'deployed',
      stageLabel: 'Deployed',
      modelVersion: 1,
      occurredAt: '2026-03-01T08:00:00.000Z',
      summary: 'Deployed v1 to CMSSW_14_0_X HLT menu v1.2 — High-level trigger',
      data: { deployment: id, kind: 'hlt', target: 'CMSSW_14_0_X HLT menu v1.2', actor: { tokenId: writer.token.id } },
    });
    const ended = await appended(
      () =>
        call('POST', `/deployments/${id}/end`, maintainer.authorization, {
          reason: 'replaced',
          endedAt: '2026-03-05T08:00:00Z',
        }),
      200,
    );
    expect(ended.events).toHaveLength(1);
    expect(ended.events[0]).toMatchObject({
      type: 'model.undeployed',
      stage: 'undeployed',
      modelVersion: 1,
      occurredAt: '2026-03-05T08:00:00.000Z',
      summary: `Deployment ${id} of v1 to CMSSW_14_0_X HLT menu v1.2 ended: replaced`,
      data: { deployment: id, reason: 'replaced', actor: { tokenId: maintainer.token.id, name: 'test maintainer' } },
    });
    const again = await appended(() => call('POST', `/deployments/${id}/end`, maintainer.authorization, {}), 409);
    expect(again.events).toEqual([]);
  });

  it('shows the whole path on the live feed in order: registered → promoted → deployed → undeployed', async () => {
    const start = (await hub.call('GET', '/api/models/jet-tagger/events')).json.latestId;
    await register();
    await call('PUT', '/aliases/production', maintainer.authorization, { version: 1 });
    const d = await call('POST', '/deployments', writer.authorization, {
      version: 1,
      kind: 'l1-trigger',
      target: 'CMS L1 GT board',
    });
    await call('POST', `/deployments/${d.json.id}/end`, writer.authorization);
    const live = await hub.call('GET', `/api/models/jet-tagger/events?after=${start}`);
    expect(live.json.items.map((e: { stage: string }) => e.stage)).toEqual([
      'registered',
      'promoted',
      'deployed',
      'undeployed',
    ]);
    const filtered = await hub.call('GET', '/api/models/jet-tagger/events?type=model.deployed,model.undeployed');
    expect(filtered.json.items.map((e: { type: string }) => e.type)).toEqual(['model.undeployed', 'model.deployed']);
  });

  it('appends nothing for a refused write (400, 403, 404, 409, 422)', async () => {
    await register();
    const refused: Array<[() => Promise<{ status: number }>, number]> = [
      [() => register(writer.authorization, { artifacts: 'none' }), 400],
      [() => register(atlas), 403],
      [
        () =>
          hub.call('POST', '/api/models/no-such-model/versions', {
            body: modelVersionInput(),
            headers: { authorization: writer.authorization },
          }),
        404,
      ],
      [() => call('PUT', '/aliases/production', writer.authorization, { version: 1 }), 403],
      [() => call('PUT', '/aliases/production', maintainer.authorization, { version: 1, protected: false }), 400],
      [() => call('PUT', '/aliases/production', maintainer.authorization, { version: 9 }), 422],
      [() => call('PUT', '/aliases/production', atlas, { version: 1 }), 403],
      [() => call('DELETE', '/aliases/nothing', writer.authorization), 404],
      [() => call('POST', '/deployments', atlas, { version: 1, kind: 'hlt', target: 'x' }), 403],
      [() => call('POST', '/deployments', writer.authorization, { version: 1, kind: 'hlt', target: '' }), 400],
      [() => call('POST', '/deployments', writer.authorization, { version: 9, kind: 'hlt', target: 'x' }), 422],
      [() => call('POST', '/deployments/999/end', writer.authorization), 404],
    ];
    for (const [write, status] of refused) expect((await appended(write, status)).events).toEqual([]);

    await call('PUT', '/aliases/production', maintainer.authorization, { version: 1 });
    const removal = await appended(() => call('DELETE', '/aliases/production', writer.authorization), 403);
    expect(removal.events).toEqual([]);
    const d = await call('POST', '/deployments', writer.authorization, {
      version: 1,
      kind: 'hlt',
      target: 'x',
      startedAt: '2026-03-01T00:00:00Z',
    });
    const early = await appended(
      () => call('POST', `/deployments/${d.json.id}/end`, writer.authorization, { endedAt: '2025-01-01T00:00:00Z' }),
      400,
    );
    expect(early.events).toEqual([]);
    const otherGroup = await appended(() => call('POST', `/deployments/${d.json.id}/end`, atlas), 403);
    expect(otherGroup.events).toEqual([]);
    expect((await call('POST', `/deployments/${d.json.id}/end`, writer.authorization)).status).toBe(200);
    const twice = await appended(() => call('POST', `/deployments/${d.json.id}/end`, writer.authorization), 409);
    expect(twice.events).toEqual([]);
  });

  it('keeps the write and its event together: when the event cannot be stored, the deployment is not either', async () => {
    await register();
    await hub.db.run(
      sql.raw(`create trigger refuse_deployed before insert on events when new.type = 'model.deployed'
        begin select raise(abort, 'refused by test'); end`),
    );
    const res = await hub.call('POST', '/api/models/jet-tagger/deployments', {
      body: { version: 1, kind: 'hlt', target: 'x' },
      headers: { authorization: writer.authorization },
      undocumented: 'the test makes the events table refuse the write, which no request can do',
    });
    expect(res.status).toBe(500);
    expect((await hub.call('GET', '/api/models/jet-tagger/deployments')).json.items).toEqual([]);
    expect((await timeline()).map((e) => e.type)).toEqual(['model.version.registered']);
  });
});

describe('catalog writes made by webhooks keep their single inbound event', () => {
  it('logs a version registered by a job.succeeded and a model.alias.set once each, as the inbound event only', async () => {
    const ci = await sourceFor(hub, 'cms', undefined, { allowProtectedAliases: true });
    const job = { id: 'j1', kind: 'training', model: 'jet-tagger', ciUrl: 'https://ci.example.org/jobs/j1' };
    const trained = await appended(
      () =>
        hub.deliver(ci, {
          type: 'job.succeeded',
          data: { job, version: { artifacts: [{ name: 'model.onnx', format: 'onnx', uri: 's3://m/model.onnx' }] } },
        }),
      200,
    );
    expect(trained.events.map((e) => [e.type, e.origin, e.stage, e.modelVersion])).toEqual([
      ['job.succeeded', 'webhook', 'trained', 1],
    ]);
    const promoted = await appended(
      () =>
        hub.deliver(ci, { type: 'model.alias.set', data: { model: 'jet-tagger', alias: 'production', version: 1 } }),
      200,
    );
    expect(promoted.events.map((e) => [e.type, e.origin, e.stage])).toEqual([
      ['model.alias.set', 'webhook', 'promoted'],
    ]);
    expect((await hub.call('GET', '/api/models/jet-tagger/alias-history')).json.items).toHaveLength(1);
  });
});

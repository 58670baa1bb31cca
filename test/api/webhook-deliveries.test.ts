import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  events,
  modelAliases,
  modelAliasHistory,
  modelVersions,
  webhookDeliveries,
  webhookSources,
} from '../../db/schema';
import { loadVersionDetails } from '../../db/queries/model-versions';
import { encryptSecret, importServerKey, signGithub } from '../../src/lib/webhooks';
import { randomId } from '../../src/lib/tokens';
import {
  addDataset,
  addDatasetVersion,
  addModel,
  addVersion,
  createLifecycleHub,
  job,
  sourceFor,
  TEST_SERVER_KEY,
  type LifecycleHub,
} from '../helpers/lifecycle';

let hub: LifecycleHub;

beforeEach(async () => {
  hub = await createLifecycleHub({ webhooks: { bodyLimitBytes: 4096 } });
});

afterEach(() => {
  vi.useRealTimers();
});

const countEvents = async () => (await hub.db.select().from(events)).length;
const deliveriesOf = async (sourceId: string) =>
  hub.db.select().from(webhookDeliveries).where(eq(webhookDeliveries.sourceId, sourceId));

/** A source whose secret is a given one (the published test vectors), stored the way the API stores secrets. */
async function sourceWithSecret(secret: string, schemes = ['standard', 'mlflow', 'github', 'gitlab']) {
  const key = await importServerKey(TEST_SERVER_KEY);
  const id = randomId('src_');
  await hub.db.insert(webhookSources).values({
    id,
    name: 'vector',
    groupId: 'it',
    schemes: schemes as never,
    secretBox: await encryptSecret(key, secret, id),
  });
  return { id, secret };
}

describe('POST /api/hooks/:sourceId: signatures', () => {
  it('accepts a Standard Webhooks delivery, stores the event and answers only after it is stored', async () => {
    const model = await addModel(hub.db, 'cms');
    const source = await sourceFor(hub, 'cms');
    const res = await hub.deliver(
      source,
      { type: 'job.started', data: { job: job(model.slug, { hardware: '1× A100' }) } },
      { id: 'msg_first' },
    );
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ duplicate: false, deliveryId: 'msg_first', type: 'job.started@1' });
    const [stored] = await hub.db.select().from(events).where(eq(events.id, res.json.eventId));
    expect(stored).toMatchObject({
      type: 'job.started',
      modelId: model.id,
      sourceId: source.id,
      origin: 'webhook',
      jobKind: 'training',
    });
    expect(stored!.summary).toContain('started on 1× A100');
  });

  it('verifies the Standard Webhooks test vector through the endpoint (422 for its non-event body, 401 once tampered)', async () => {
    vi.useFakeTimers({ now: 1614265330 * 1000, toFake: ['Date'] });
    const source = await sourceWithSecret('whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw');
    const headers = {
      'webhook-id': 'msg_p5jXN8AQM9LWM0D4loKWxJek',
      'webhook-timestamp': '1614265330',
      'content-type': 'application/json',
    };
    const good = await hub.call('POST', `/api/hooks/${source.id}`, {
      raw: '{"test": 2432232314}',
      headers: { ...headers, 'webhook-signature': 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=' },
    });
    expect(good.status).toBe(422);
    expect(good.json.error.details.reason).toBe('invalid_envelope');
    const bad = await hub.call('POST', `/api/hooks/${source.id}`, {
      raw: '{"test": 2432232314}',
      headers: { ...headers, 'webhook-signature': 'v1,g1hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=' },
    });
    expect(bad.status).toBe(401);
    expect(bad.json.error.details.reason).toBe('no_matching_signature');
    expect(await deliveriesOf(source.id)).toHaveLength(1);
  });

  it('verifies the GitHub test vector through the endpoint (422 for its non-JSON body, 401 with another body)', async () => {
    const source = await sourceWithSecret("It's a Secret to Everybody");
    const headers = {
      'x-github-delivery': '72d3162e-cc78-11e3-81ab-4c9367dc0958',
      'x-hub-signature-256': 'sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17',
    };
    const good = await hub.call('POST', `/api/hooks/${source.id}`, { raw: 'Hello, World!', headers });
    expect(good.status).toBe(422);
    expect(good.json.error.details.reason).toBe('invalid_json');
    const bad = await hub.call('POST', `/api/hooks/${source.id}`, { raw: 'Hello, World?', headers });
    expect(bad.status).toBe(401);
    expect((await deliveriesOf(source.id)).map((d) => d.status)).toEqual(['rejected']);
  });

  it('accepts GitHub-signed and GitLab-token deliveries, each with its own idempotency header', async () => {
    const model = await addModel(hub.db, 'cms');
    const source = await sourceFor(hub, 'cms');
    const body = JSON.stringify({ type: 'job.queued', data: { job: job(model.slug) } });
    const github = await hub.call('POST', `/api/hooks/${source.id}`, {
      raw: body,
      headers: {
        'x-github-delivery': 'gh-1',
        'x-github-event': 'workflow_job',
        'x-hub-signature-256': await signGithub(source.secret, body),
      },
    });
    expect(github.status).toBe(200);
    expect(github.json.deliveryId).toBe('gh-1');
    const gitlab = await hub.call('POST', `/api/hooks/${source.id}`, {
      raw: body,
      headers: { 'x-gitlab-token': source.secret, 'idempotency-key': 'gl-1' },
    });
    expect(gitlab.status).toBe(200);
    expect(gitlab.json.deliveryId).toBe('gl-1');
    const wrong = await hub.call('POST', `/api/hooks/${source.id}`, {
      raw: body,
      headers: { 'x-gitlab-token': 'whsec_wrong', 'idempotency-key': 'gl-2' },
    });
    expect(wrong.status).toBe(401);
    expect((await deliveriesOf(source.id)).map((d) => d.scheme).sort()).toEqual(['github', 'gitlab']);
  });

  it('answers 401 and stores nothing for a missing signature, a wrong secret or a refused scheme', async () => {
    const model = await addModel(hub.db, 'cms');
    const source = await sourceFor(hub, 'cms', ['standard']);
    const body = { type: 'job.queued', data: { job: job(model.slug) } };
    const unsigned = await hub.call('POST', `/api/hooks/${source.id}`, { body });
    expect(unsigned.status).toBe(401);
    expect(unsigned.json.error.details.reason).toBe('missing_headers');
    const forged = await hub.deliver({ id: source.id, secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw' }, body);
    expect(forged.status).toBe(401);
    expect(forged.json.error.details.reason).toBe('no_matching_signature');
    const gitlab = await hub.call('POST', `/api/hooks/${source.id}`, {
      body,
      headers: { 'x-gitlab-token': source.secret, 'idempotency-key': 'k' },
    });
    expect(gitlab.status).toBe(401);
    expect(gitlab.json.error.details.reason).toBe('scheme_not_allowed');
    expect(await deliveriesOf(source.id)).toEqual([]);
    expect(await countEvents()).toBe(0);
  });

  it('refuses timestamps more than 300 s off in either direction, and accepts 299 s', async () => {
    const model = await addModel(hub.db, 'cms');
    const source = await sourceFor(hub, 'cms');
    const body = { type: 'job.queued', data: { job: job(model.slug) } };
    const now = Math.floor(Date.now() / 1000);
    const old = await hub.deliver(source, body, { timestamp: now - 301 });
    expect(old.status).toBe(401);
    expect(old.json.error.details.reason).toBe('timestamp_too_old');
    const early = await hub.deliver(source, body, { timestamp: now + 301 });
    expect(early.status).toBe(401);
    expect(early.json.error.details.reason).toBe('timestamp_too_new');
    expect(await countEvents()).toBe(0);
    expect((await hub.deliver(source, body, { timestamp: now - 299 })).status).toBe(200);
  });

  it('answers 404 for an unknown source and 410 for a disabled one', async () => {
    const source = await sourceFor(hub, 'cms');
    expect(
      (await hub.deliver({ id: 'src_nosuchsource', secret: source.secret }, { type: 'job.queued', data: {} })).status,
    ).toBe(404);
    await hub.call('POST', `/api/webhooks/sources/${source.id}/disable`, { headers: { authorization: hub.admin } });
    const gone = await hub.deliver(source, { type: 'job.queued', data: {} });
    expect(gone.status).toBe(410);
    expect(gone.json.error.code).toBe('gone');
  });
});

describe('POST /api/hooks/:sourceId: idempotency and limits', () => {
  it('answers a repeated delivery id with 200 duplicate and changes nothing the second time', async () => {
    const model = await addModel(hub.db, 'cms');
    const source = await sourceFor(hub, 'cms');
    const body = { type: 'job.succeeded', data: { job: job(model.slug), version: { hyperParameters: { lr: 0.1 } } } };
    const first = await hub.deliver(source, body, { id: 'msg_once' });
    const second = await hub.deliver(source, body, { id: 'msg_once' });
    expect(first.status).toBe(200);
    expect(second.status).toBe(200);
    expect(second.json).toMatchObject({ duplicate: true, eventId: first.json.eventId });
    expect(await countEvents()).toBe(1);
    expect(await hub.db.select().from(modelVersions).where(eq(modelVersions.modelId, model.id))).toHaveLength(1);
  });

  it('stores one event when the same id arrives many times at once', async () => {
    const model = await addModel(hub.db, 'cms');
    const source = await sourceFor(hub, 'cms');
    const body = { type: 'job.queued', data: { job: job(model.slug) } };
    const answers = await Promise.all(Array.from({ length: 8 }, () => hub.deliver(source, body, { id: 'msg_burst' })));
    expect(answers.map((a) => a.status)).toEqual(Array(8).fill(200));
    expect(answers.filter((a) => !a.json.duplicate)).toHaveLength(1);
    expect(await countEvents()).toBe(1);
  });

  it('answers 413 for a body over the limit and stores nothing', async () => {
    const source = await sourceFor(hub, 'cms');
    const res = await hub.deliver(source, { type: 'job.queued', data: { padding: 'x'.repeat(5000) } });
    expect(res.status).toBe(413);
    expect(res.json.error.details.limitBytes).toBe(4096);
    expect(await deliveriesOf(source.id)).toEqual([]);
  });
});

describe('POST /api/hooks/:sourceId: rejected deliveries', () => {
  it('answers 422 for an unknown event type and keeps it in the delivery log with the reason', async () => {
    const source = await sourceFor(hub, 'cms');
    const res = await hub.deliver(source, { type: 'pipeline.exploded', data: {} }, { id: 'msg_unknown' });
    expect(res.status).toBe(422);
    expect(res.json.error.code).toBe('unprocessable');
    expect(res.json.error.details.reason).toBe('unknown_event_type');
    expect(res.json.error.message).toContain('Known types: job.queued');
    const log = await hub.call('GET', `/api/webhooks/sources/${source.id}/deliveries?status=rejected`, {
      headers: { authorization: hub.admin },
    });
    expect(log.json.items).toHaveLength(1);
    expect(log.json.items[0]).toMatchObject({
      deliveryId: 'msg_unknown',
      status: 'rejected',
      error: { code: 'unknown_event_type' },
    });
    expect(log.json.items[0].rejectedBody).toContain('pipeline.exploded');
    expect(await countEvents()).toBe(0);
  });

  it('answers 422 with field paths for an invalid payload, and accepts the fixed payload under the same id', async () => {
    const model = await addModel(hub.db, 'cms');
    const source = await sourceFor(hub, 'cms');
    const bad = await hub.deliver(
      source,
      { type: 'job.succeeded@1', data: { job: { ...job(model.slug), kind: 'dreaming', gpuHours: -1 } } },
      { id: 'msg_fixme' },
    );
    expect(bad.status).toBe(422);
    expect(bad.json.error.details.reason).toBe('invalid_payload');
    expect(bad.json.error.details.issues.map((i: { path: string }) => i.path)).toEqual([
      'data.job.kind',
      'data.job.gpuHours',
    ]);
    const fixed = await hub.deliver(
      source,
      { type: 'job.succeeded@1', data: { job: job(model.slug) } },
      { id: 'msg_fixme' },
    );
    expect(fixed.status).toBe(200);
    expect(fixed.json.duplicate).toBe(false);
    expect((await deliveriesOf(source.id)).map((d) => d.status).sort()).toEqual(['accepted', 'rejected']);
  });

  it('answers 422 for an unknown schema version, invalid JSON and a model nobody registered', async () => {
    const source = await sourceFor(hub, 'cms');
    const version = await hub.deliver(source, { type: 'job.queued@7', data: {} });
    expect(version.json.error.details.reason).toBe('unknown_schema_version');
    const notJson = await hub.deliver(source, null, { raw: '{"type": ' });
    expect(notJson.status).toBe(422);
    expect(notJson.json.error.details.reason).toBe('invalid_json');
    const model = await hub.deliver(source, { type: 'job.queued', data: { job: job('ghost-model') } });
    expect(model.status).toBe(422);
    expect(model.json.error.details).toMatchObject({ reason: 'unknown_model', issues: [{ path: 'data.job.model' }] });
    expect(await deliveriesOf(source.id)).toHaveLength(3);
  });

  it('answers 403 for a model of another group, stored as rejected', async () => {
    const model = await addModel(hub.db, 'atlas');
    const source = await sourceFor(hub, 'cms');
    const res = await hub.deliver(source, { type: 'job.queued', data: { job: job(model.slug) } });
    expect(res.status).toBe(403);
    expect(res.json.error.message).toContain('belongs to group "atlas"');
    expect((await deliveriesOf(source.id))[0]).toMatchObject({ status: 'rejected', errorCode: 'forbidden' });
  });
});

describe('secret rotation', () => {
  it('keeps the old secret valid during the overlap, then stops it', async () => {
    const model = await addModel(hub.db, 'cms');
    const source = await sourceFor(hub, 'cms');
    const body = { type: 'job.queued', data: { job: job(model.slug) } };
    const rotated = await hub.call('POST', `/api/webhooks/sources/${source.id}/rotate`, {
      body: { overlapSeconds: 600 },
      headers: { authorization: hub.admin },
    });
    expect(rotated.status).toBe(200);
    expect(rotated.json.secret).not.toBe(source.secret);
    expect(Date.parse(rotated.json.previousSecretExpiresAt) - Date.parse(rotated.json.rotatedAt)).toBe(600_000);
    expect((await hub.deliver(source, body)).status).toBe(200);
    expect((await hub.deliver({ id: source.id, secret: rotated.json.secret }, body)).status).toBe(200);

    vi.useFakeTimers({ now: Date.now() + 601_000, toFake: ['Date'] });
    const late = await hub.deliver(source, body);
    expect(late.status).toBe(401);
    expect((await hub.deliver({ id: source.id, secret: rotated.json.secret }, body)).status).toBe(200);
  });

  it('stops the old secret at once with a zero overlap and refuses an overlap over the maximum', async () => {
    const model = await addModel(hub.db, 'cms');
    const source = await sourceFor(hub, 'cms');
    const tooLong = await hub.call('POST', `/api/webhooks/sources/${source.id}/rotate`, {
      body: { overlapSeconds: 31 * 86400 },
      headers: { authorization: hub.admin },
    });
    expect(tooLong.status).toBe(400);
    await hub.call('POST', `/api/webhooks/sources/${source.id}/rotate`, {
      body: { overlapSeconds: 0 },
      headers: { authorization: hub.admin },
    });
    expect((await hub.deliver(source, { type: 'job.queued', data: { job: job(model.slug) } })).status).toBe(401);
  });
});

describe('events that change the catalog', () => {
  it('registers the version a training job.succeeded carries, atomically with the event', async () => {
    const model = await addModel(hub.db, 'cms');
    const dataset = await addDataset(hub.db, 'cms');
    await addDatasetVersion(hub.db, dataset, 'v1');
    const source = await sourceFor(hub, 'cms');
    const res = await hub.deliver(source, {
      type: 'job.succeeded',
      data: {
        job: job(model.slug, { gpuHours: 3.5, commit: 'abcdef1' }),
        version: {
          artifacts: [{ name: 'model.onnx', format: 'onnx', uri: 'root://eos.example//m/model.onnx', bytes: 1234 }],
          hyperParameters: { epochs: 10 },
          metrics: [{ name: 'auc', value: 0.9 }],
          datasets: [{ dataset: dataset.slug, version: 'v1' }],
        },
      },
    });
    expect(res.status).toBe(200);
    const [version] = await hub.db.select().from(modelVersions).where(eq(modelVersions.modelId, model.id));
    expect(version).toMatchObject({ version: 1, status: 'ready', hyperParameters: { epochs: 10 } });
    expect(version!.trainingJob).toMatchObject({
      ciUrl: 'https://gitlab.example.org/ml/p/-/jobs/1',
      commit: 'abcdef1',
      gpuHours: 3.5,
    });
    const details = (await loadVersionDetails(hub.db, [version!], undefined)).get(version!.id)!;
    expect(details.artifacts.map((a) => [a.name, a.format, a.bytes])).toEqual([['model.onnx', 'onnx', 1234]]);
    expect(details.metrics.map((m) => [m.name, m.value, m.split])).toEqual([['auc', 0.9, 'test']]);
    expect(details.datasets.map((d) => [d.dataset, d.version, d.role])).toEqual([[dataset.slug, 'v1', 'training']]);
    const [event] = await hub.db.select().from(events).where(eq(events.id, res.json.eventId));
    expect(event).toMatchObject({ modelVersionId: version!.id, modelVersion: 1, gpuHours: 3.5 });
    expect(hub.published).toEqual([
      `model ${model.slug} version registered by job ${(event!.data as { job: { id: string } }).job.id}`,
    ]);
  });

  it('registers nothing when the version names an unknown dataset version (422)', async () => {
    const model = await addModel(hub.db, 'cms');
    const source = await sourceFor(hub, 'cms');
    const res = await hub.deliver(source, {
      type: 'job.succeeded',
      data: { job: job(model.slug), version: { datasets: [{ dataset: 'nope', version: 'v9' }] } },
    });
    expect(res.status).toBe(422);
    expect(res.json.error.details.reason).toBe('unknown_dataset_version');
    expect(await hub.db.select().from(modelVersions)).toEqual([]);
  });

  it('moves an alias with model.alias.set and records the move in the alias history', async () => {
    const model = await addModel(hub.db, 'cms');
    await addVersion(hub.db, model);
    const source = await sourceFor(hub, 'cms', undefined, { allowProtectedAliases: true });
    const res = await hub.deliver(source, {
      type: 'model.alias.set',
      data: { model: model.slug, alias: 'production', version: 1, reason: 'validated' },
    });
    expect(res.status).toBe(200);
    const [alias] = await hub.db.select().from(modelAliases).where(eq(modelAliases.modelId, model.id));
    expect(alias).toMatchObject({ name: 'production' });
    const [move] = await hub.db.select().from(modelAliasHistory).where(eq(modelAliasHistory.modelId, model.id));
    expect(move).toMatchObject({ alias: 'production', reason: 'validated', fromVersionId: null });
    const missing = await hub.deliver(source, {
      type: 'model.alias.set',
      data: { model: model.slug, alias: 'staging', version: 5 },
    });
    expect(missing.json.error.details.reason).toBe('unknown_model_version');
  });

  it('publishes a dataset version, answers 409 for a label that exists, and a retry of the accepted delivery is a duplicate', async () => {
    const dataset = await addDataset(hub.db, 'cms');
    const source = await sourceFor(hub, 'cms');
    const body = {
      type: 'dataset.version.published',
      data: {
        dataset: dataset.slug,
        version: { version: 'v2', bytes: 10, fileCount: 1, replicas: [{ uri: 'root://eos.example//d/v2/' }] },
      },
    };
    const first = await hub.deliver(source, body, { id: 'msg_dsv' });
    expect(first.status).toBe(200);
    const retry = await hub.deliver(source, body, { id: 'msg_dsv' });
    expect(retry.status).toBe(200);
    expect(retry.json.duplicate).toBe(true);
    const clash = await hub.deliver(source, body, { id: 'msg_other' });
    expect(clash.status).toBe(409);
    const versions = await hub.call('GET', `/api/datasets/${dataset.slug}/versions`);
    if (versions.status === 200) expect(versions.json.items.map((v: { version: string }) => v.version)).toEqual(['v2']);
  });

  it('keeps benchmark.completed results queryable by model version', async () => {
    const model = await addModel(hub.db, 'cms');
    await addVersion(hub.db, model);
    await addVersion(hub.db, model);
    const source = await sourceFor(hub, 'cms');
    for (const version of [1, 2, 2]) {
      const res = await hub.deliver(source, {
        type: 'benchmark.completed',
        data: {
          model: model.slug,
          version,
          engine: 'onnxruntime',
          hardware: 'T4',
          metrics: { latency_p99_ms: version },
        },
      });
      expect(res.status).toBe(200);
    }
    const v2 = await hub.call('GET', `/api/models/${model.slug}/events?type=benchmark.completed&version=2`);
    expect(v2.json.items).toHaveLength(2);
    expect(v2.json.items[0]).toMatchObject({
      stage: 'benchmarked',
      modelVersion: 2,
      data: { engine: 'onnxruntime', metrics: { latency_p99_ms: 2 } },
    });
  });
});

describe('the event log', () => {
  it('refuses UPDATE and DELETE in the database itself', async () => {
    const model = await addModel(hub.db, 'cms');
    const source = await sourceFor(hub, 'cms');
    await hub.deliver(source, { type: 'job.queued', data: { job: job(model.slug) } });
    const refusal = (error: unknown) =>
      /append-only/.test(String((error as { cause?: Error }).cause?.message ?? error));
    await expect(hub.db.update(events).set({ summary: 'rewritten' })).rejects.toSatisfy(refusal);
    await expect(hub.db.delete(events)).rejects.toSatisfy(refusal);
    expect((await hub.db.select().from(events))[0]!.summary).not.toBe('rewritten');
  });
});

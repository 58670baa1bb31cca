import { createHmac } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { events, models, webhookDeliveries } from '../../db/schema';
import { addModel, createLifecycleHub, sourceFor, type LifecycleHub } from '../helpers/lifecycle';

/**
 * MLflow 3.x registry webhooks into a source with the `mlflow` scheme. Bodies are built the way
 * mlflow/webhooks/delivery.py `_send_webhook_request` builds them: `json.dumps` (Python's default
 * separators ", " and ": ", non-ASCII escaped) of `{entity, action, timestamp, data}`, with
 * `timestamp` from `datetime.now(timezone.utc).isoformat()`. The signature is computed here, as
 * `_generate_hmac_signature` does: `v1,` + base64(HMAC-SHA256(secret as UTF-8,
 * "<delivery_id>.<unix_timestamp>.<body>")).
 */

let hub: LifecycleHub;
let source: { id: string; secret: string };
let counter = 0;

beforeEach(async () => {
  hub = await createLifecycleHub();
  source = await sourceFor(hub, 'atlas', ['mlflow']);
});

/** Python's `json.dumps(value)` with its default arguments. */
function pythonJson(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `[${value.map(pythonJson).join(', ')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    return `{${entries.map(([k, v]) => `${pythonJson(k)}: ${pythonJson(v)}`).join(', ')}}`;
  }
  if (typeof value === 'string') {
    return JSON.stringify(value).replace(
      /[\u007f-\uffff]/g,
      (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
    );
  }
  return JSON.stringify(value);
}

const isoNow = () => new Date().toISOString().replace('Z', '000+00:00');

function mlflowBody(event: string, data: Record<string, unknown>): string {
  const [entity, action] = event.split('.');
  return pythonJson({ entity, action, timestamp: isoNow(), data });
}

function sign(secret: string, id: string, timestamp: string, body: string): string {
  return `v1,${createHmac('sha256', Buffer.from(secret, 'utf8')).update(`${id}.${timestamp}.${body}`, 'utf8').digest('base64')}`;
}

async function send(
  event: string,
  data: Record<string, unknown>,
  options: { id?: string; timestamp?: number; secret?: string; raw?: string } = {},
) {
  const raw = options.raw ?? mlflowBody(event, data);
  const id = options.id ?? `6b0f7f0e-1b7e-4f5c-9d2a-${String(++counter).padStart(12, '0')}`;
  const timestamp = String(options.timestamp ?? Math.floor(Date.now() / 1000));
  return hub.call('POST', `/api/hooks/${source.id}`, {
    raw,
    headers: {
      'content-type': 'application/json',
      'x-mlflow-delivery-id': id,
      'x-mlflow-timestamp': timestamp,
      'x-mlflow-signature': sign(options.secret ?? source.secret, id, timestamp, raw),
    },
  });
}

const getModel = (slug: string) => hub.call('GET', `/api/models/${slug}`, { headers: { authorization: hub.admin } });
const getVersion = (slug: string, n: number) =>
  hub.call('GET', `/api/models/${slug}/versions/${n}`, { headers: { authorization: hub.admin } });
const timeline = async (slug: string) =>
  (await hub.call('GET', `/api/models/${slug}/events`, { headers: { authorization: hub.admin } })).json.items as {
    type: string;
    summary: string;
  }[];
/** The registered model as MLflow clients read it (GET /api/2.0/mlflow/registered-models/get). */
const mlflowModel = async (name: string) => {
  const res = await hub.call('GET', `/api/2.0/mlflow/registered-models/get?name=${encodeURIComponent(name)}`, {
    headers: { authorization: hub.admin },
  });
  expect(res.status).toBe(200);
  return res.json.registered_model as { name: string; tags?: { key: string; value: string }[] };
};

/** The version as MLflow clients read it (GET /api/2.0/mlflow/model-versions/get): source, run id, tags. */
const mlflowVersion = async (name: string, version: number) => {
  const res = await hub.call(
    'GET',
    `/api/2.0/mlflow/model-versions/get?name=${encodeURIComponent(name)}&version=${version}`,
    { headers: { authorization: hub.admin } },
  );
  expect(res.status).toBe(200);
  return res.json.model_version as { source: string; run_id?: string; tags?: { key: string; value: string }[] };
};
const countEvents = async () => (await hub.db.select().from(events)).length;

async function createModelAndVersion(name = 'gn2-tagger', source_ = 's3://ml-models/gn2-tagger/1/model.onnx') {
  expect((await send('registered_model.created', { name, tags: {}, description: null })).status).toBe(200);
  const res = await send('model_version.created', {
    name,
    version: '1',
    source: source_,
    run_id: 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
    tags: {},
    description: null,
  });
  expect(res.status).toBe(200);
}

describe('MLflow webhooks: registered models and versions', () => {
  it('registered_model.created registers a model owned by the source group, with its tags', async () => {
    const res = await send('registered_model.created', {
      name: 'gn2-tagger',
      tags: { team: 'flavour-tagging' },
      description: 'GN2 flavour tagger\n\nTrained on ttbar.',
    });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ duplicate: false, type: 'mlflow.registered_model.created@1' });

    const model = await getModel('gn2-tagger');
    expect(model.status).toBe(200);
    expect(model.json).toMatchObject({ slug: 'gn2-tagger', name: 'gn2-tagger', summary: 'GN2 flavour tagger' });
    const [row] = await hub.db.select().from(models).where(eq(models.slug, 'gn2-tagger'));
    expect(row!.ownerGroupId).toBe('atlas');
    expect(await mlflowModel('gn2-tagger')).toMatchObject({
      name: 'gn2-tagger',
      tags: [{ key: 'team', value: 'flavour-tagging' }],
    });
    const items = await timeline('gn2-tagger');
    expect(items.map((e) => e.type)).toEqual(['mlflow.registered_model.created']);
    expect(items[0]!.summary).toBe('Registered in MLflow as "gn2-tagger"');
  });

  it('gives a model whose MLflow name is not a slug a slug, and finds it again by that name', async () => {
    await createModelAndVersion('GN2 Tagger (ATLAS)');
    const model = await getModel('gn2-tagger-atlas');
    expect(model.status).toBe(200);
    expect(model.json.name).toBe('GN2 Tagger (ATLAS)');
    expect((await mlflowModel('GN2 Tagger (ATLAS)')).name).toBe('GN2 Tagger (ATLAS)');
    expect((await getVersion('gn2-tagger-atlas', 1)).status).toBe(200);
  });

  it('model_version.created registers the same version number with its source as artifact, run id and tags', async () => {
    await send('registered_model.created', { name: 'gn2-tagger', tags: {}, description: null });
    const res = await send('model_version.created', {
      name: 'gn2-tagger',
      version: '1',
      source: 's3://ml-models/gn2-tagger/1/model.onnx',
      run_id: 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
      tags: { dataset: 'ttbar-2025', 'validated by': 'ci' },
      description: 'First GN2 export',
    });
    expect(res.status).toBe(200);
    expect(res.json.type).toBe('mlflow.model_version.created@1');

    const version = await getVersion('gn2-tagger', 1);
    expect(version.status).toBe(200);
    expect(version.json).toMatchObject({ version: 1, status: 'ready', description: 'First GN2 export' });
    expect(version.json.artifacts).toMatchObject([
      { name: 'model.onnx', format: 'onnx', uri: 's3://ml-models/gn2-tagger/1/model.onnx' },
    ]);
    expect(await mlflowVersion('gn2-tagger', 1)).toMatchObject({
      source: 's3://ml-models/gn2-tagger/1/model.onnx',
      run_id: 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
      tags: [
        { key: 'dataset', value: 'ttbar-2025' },
        { key: 'validated by', value: 'ci' },
      ],
    });
    const [created] = await timeline('gn2-tagger');
    expect(created).toMatchObject({
      type: 'mlflow.model_version.created',
      summary:
        'Version 1 registered in MLflow from s3://ml-models/gn2-tagger/1/model.onnx (run a1b2c3d4e5f60718293a4b5c6d7e8f90)',
    });
  });

  it('keeps a runs:/ or models:/ source without making it an artifact (the files stay in MLflow)', async () => {
    await createModelAndVersion('gn2-tagger', 'runs:/a1b2c3d4e5f60718293a4b5c6d7e8f90/model');
    const version = await getVersion('gn2-tagger', 1);
    expect(version.json.artifacts).toEqual([]);
    expect((await mlflowVersion('gn2-tagger', 1)).source).toBe('runs:/a1b2c3d4e5f60718293a4b5c6d7e8f90/model');
  });

  it('accepts a repeated model_version.created from the same source, and refuses out-of-step or conflicting numbers', async () => {
    await createModelAndVersion();
    const again = await send('model_version.created', {
      name: 'gn2-tagger',
      version: '1',
      source: 's3://ml-models/gn2-tagger/1/model.onnx',
      tags: {},
    });
    expect(again.status).toBe(200);
    const skipped = await send('model_version.created', {
      name: 'gn2-tagger',
      version: '3',
      source: 's3://ml-models/gn2-tagger/3/model.onnx',
      tags: {},
    });
    expect(skipped.status).toBe(409);
    expect(skipped.json.error.details.reason).toBe('version_out_of_step');
    expect(skipped.json.error.message).toContain("the hub's next version is 2");
    const clash = await send('model_version.created', {
      name: 'gn2-tagger',
      version: '1',
      source: 's3://elsewhere/model.onnx',
      tags: {},
    });
    expect(clash.status).toBe(409);
    expect(clash.json.error.details.reason).toBe('version_conflict');
    expect((await getVersion('gn2-tagger', 2)).status).toBe(404);
  });

  it('takes registered_model.created for a model the group already has as a no-op that sets its tags', async () => {
    const model = await addModel(hub.db, 'atlas', { slug: 'dips-tagger' });
    const res = await send('registered_model.created', { name: 'dips-tagger', tags: { owner: 'ftag' } });
    expect(res.status).toBe(200);
    expect((await getModel('dips-tagger')).json.name).toBe(model.name);
    expect((await mlflowModel('dips-tagger')).tags).toEqual([{ key: 'owner', value: 'ftag' }]);
    expect((await hub.db.select().from(models)).length).toBe(1);
  });

  it("refuses models of another group (403) and versions of models the hub doesn't have (422)", async () => {
    await addModel(hub.db, 'cms', { slug: 'cms-tagger' });
    const foreign = await send('registered_model.created', { name: 'cms-tagger', tags: {} });
    expect(foreign.status).toBe(403);
    const unknown = await send('model_version.created', {
      name: 'never-registered',
      version: '1',
      source: 's3://b/m',
      tags: {},
    });
    expect(unknown.status).toBe(422);
    expect(unknown.json.error.details.reason).toBe('unknown_model');
    const stored = await hub.db.select().from(webhookDeliveries).where(eq(webhookDeliveries.sourceId, source.id));
    expect(stored.map((d) => d.status)).toEqual(['rejected', 'rejected']);
  });
});

describe('MLflow webhooks: tags and aliases', () => {
  it('sets and deletes version tags', async () => {
    await createModelAndVersion();
    expect(
      (await send('model_version_tag.set', { name: 'gn2-tagger', version: '1', key: 'validated', value: 'true' }))
        .status,
    ).toBe(200);
    expect((await mlflowVersion('gn2-tagger', 1)).tags).toEqual([{ key: 'validated', value: 'true' }]);
    expect(
      (await send('model_version_tag.deleted', { name: 'gn2-tagger', version: '1', key: 'validated' })).status,
    ).toBe(200);
    expect((await mlflowVersion('gn2-tagger', 1)).tags ?? []).toEqual([]);
    const unknownVersion = await send('model_version_tag.set', {
      name: 'gn2-tagger',
      version: '9',
      key: 'k',
      value: 'v',
    });
    expect(unknownVersion.status).toBe(422);
    expect(unknownVersion.json.error.details.reason).toBe('unknown_model_version');
  });

  it('moves and deletes aliases, protected ones too once the source may, as model.alias.set does', async () => {
    await createModelAndVersion();
    const allow = await hub.call('PATCH', `/api/webhooks/sources/${source.id}`, {
      body: { allowProtectedAliases: true },
      headers: { authorization: hub.admin },
    });
    expect(allow.status).toBe(200);
    await send('model_version.created', { name: 'gn2-tagger', version: '2', source: 's3://ml-models/gn2/2', tags: {} });
    const protect = await hub.call('PUT', '/api/models/gn2-tagger/aliases/production', {
      body: { version: 1, protected: true },
      headers: { authorization: hub.admin },
    });
    expect(protect.status).toBe(201);

    const moved = await send('model_version_alias.created', { name: 'gn2-tagger', alias: 'production', version: '2' });
    expect(moved.status).toBe(200);
    const alias = await hub.call('GET', '/api/models/gn2-tagger/aliases/production/version', {
      headers: { authorization: hub.admin },
    });
    expect(alias.json.version).toBe(2);
    const history = await hub.call('GET', '/api/models/gn2-tagger/alias-history', {
      headers: { authorization: hub.admin },
    });
    expect(JSON.stringify(history.json)).toContain('set in MLflow');

    expect((await send('model_version_alias.deleted', { name: 'gn2-tagger', alias: 'production' })).status).toBe(200);
    const gone = await hub.call('GET', '/api/models/gn2-tagger/aliases/production/version', {
      headers: { authorization: hub.admin },
    });
    expect(gone.status).toBe(404);
    const types = (await timeline('gn2-tagger')).map((e) => e.type);
    expect(types).toContain('mlflow.model_version_alias.created');
    expect(types).toContain('mlflow.model_version_alias.deleted');
  });

  it('logs an alias name the hub cannot hold as unreadable (202) and moves nothing', async () => {
    await createModelAndVersion();
    const res = await send('model_version_alias.created', { name: 'gn2-tagger', alias: 'Champion', version: '1' });
    expect(res.status).toBe(202);
    const alias = await hub.call('GET', '/api/models/gn2-tagger/aliases/Champion/version', {
      headers: { authorization: hub.admin },
    });
    expect(alias.status).not.toBe(200);
  });
});

describe('MLflow webhooks: what is not mirrored', () => {
  it('acknowledges prompt and budget-policy events with 202 and records nothing', async () => {
    const before = await countEvents();
    for (const [event, data] of [
      ['prompt.created', { name: 'summarizer', tags: {}, description: null }],
      ['prompt_version.created', { name: 'summarizer', version: '1', template: 'Hi {{name}}', tags: {} }],
      ['prompt_alias.created', { name: 'summarizer', alias: 'production', version: '1' }],
      ['budget_policy.exceeded', { budget_policy_id: 'bp-1' }],
    ] as const) {
      const res = await send(event, data);
      expect(res.status, event).toBe(202);
    }
    expect(await countEvents()).toBe(before);
    const stored = await hub.db.select().from(webhookDeliveries).where(eq(webhookDeliveries.sourceId, source.id));
    expect(stored.map((d) => d.eventType)).toContain('mlflow:prompt.created');
    expect(new Set(stored.map((d) => d.status))).toEqual(new Set(['ignored']));
  });

  // The payloads MLflow's "Test webhook" sends: `example()` of each class in mlflow/webhooks/types.py
  // (the model_version.created source was "runs:/abcd1234abcd5678/model" before MLflow 3.4, "models:/123" after).
  it("answers MLflow's test_webhook payloads with 200 and registers no example_model", async () => {
    const examples: [string, Record<string, unknown>][] = [
      [
        'registered_model.created',
        { name: 'example_model', tags: { example_key: 'example_value' }, description: 'An example registered model' },
      ],
      ...['runs:/abcd1234abcd5678/model', 'models:/123'].map((src): [string, Record<string, unknown>] => [
        'model_version.created',
        {
          name: 'example_model',
          version: '1',
          source: src,
          run_id: 'abcd1234abcd5678',
          tags: { example_key: 'example_value' },
          description: 'An example model version',
        },
      ]),
      ['model_version_tag.set', { name: 'example_model', version: '1', key: 'example_key', value: 'example_value' }],
      ['model_version_tag.deleted', { name: 'example_model', version: '1', key: 'example_key' }],
      ['model_version_alias.created', { name: 'example_model', alias: 'example_alias', version: '1' }],
      ['model_version_alias.deleted', { name: 'example_model', alias: 'example_alias' }],
    ];
    for (const [event, data] of examples) {
      const res = await send(event, data);
      expect(res.status, event).toBe(200);
    }
    expect(await hub.db.select().from(models)).toEqual([]);
    expect(await countEvents()).toBe(0);
  });
});

describe('MLflow webhooks: documentation', () => {
  it('lists the mirrored MLflow events with their schemas, under readable component names', async () => {
    const types = (await hub.call('GET', '/api/webhooks/event-types')).json.items as {
      id: string;
      schemaRef: string;
    }[];
    expect(types.find((t) => t.id === 'mlflow.model_version.created@1')?.schemaRef).toBe(
      '#/components/schemas/EventMlflowModelVersionCreatedV1',
    );
    const doc = (await hub.call('GET', '/api/openapi.json')).json;
    expect(doc.components.schemas.EventMlflowModelVersionAliasCreatedV1.required).toEqual(
      expect.arrayContaining(['name', 'alias', 'version']),
    );
  });
});

describe('MLflow webhooks: signatures', () => {
  it('verifies the documented signature over the exact bytes MLflow sends, non-ASCII included', async () => {
    const raw = mlflowBody('registered_model.created', { name: 'jet-tagger', tags: { note: 'Überprüft ✓' } });
    expect(raw).toContain('\\u00dc');
    expect((await send('registered_model.created', {}, { raw })).status).toBe(200);
    // The same bytes re-serialised (compact JSON) no longer match the signature made over the original.
    const res = await hub.call('POST', `/api/hooks/${source.id}`, {
      raw: JSON.stringify(JSON.parse(raw)),
      headers: {
        'x-mlflow-delivery-id': 'd-1',
        'x-mlflow-timestamp': String(Math.floor(Date.now() / 1000)),
        'x-mlflow-signature': sign(source.secret, 'd-1', String(Math.floor(Date.now() / 1000)), raw),
      },
    });
    expect(res.status).toBe(401);
  });

  it('refuses a wrong secret, a stale or future timestamp, and answers a replayed delivery id as a duplicate', async () => {
    const data = { name: 'gn2-tagger', tags: {} };
    expect((await send('registered_model.created', data, { secret: 'not-the-secret' })).status).toBe(401);
    const now = Math.floor(Date.now() / 1000);
    const old = await send('registered_model.created', data, { timestamp: now - 301 });
    expect(old.status).toBe(401);
    expect(old.json.error.details.reason).toBe('timestamp_too_old');
    const future = await send('registered_model.created', data, { timestamp: now + 301 });
    expect(future.status).toBe(401);
    expect(await countEvents()).toBe(0);

    const first = await send('registered_model.created', data, { id: 'replayed-delivery' });
    const replay = await send('registered_model.created', data, { id: 'replayed-delivery' });
    expect(first.status).toBe(200);
    expect(replay.status).toBe(200);
    expect(replay.json).toMatchObject({ duplicate: true, eventId: first.json.eventId });
    expect(await countEvents()).toBe(1);
    expect((await hub.db.select().from(models)).length).toBe(1);
  });

  it('refuses MLflow signatures at a source that does not allow the mlflow scheme', async () => {
    source = await sourceFor(hub, 'atlas', ['standard']);
    const res = await send('registered_model.created', { name: 'gn2-tagger', tags: {} });
    expect(res.status).toBe(401);
    expect(res.json.error.details.reason).toBe('scheme_not_allowed');
  });
});

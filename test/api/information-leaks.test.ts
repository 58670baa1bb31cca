import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTestHub, type TestHub } from '../helpers/app';
import { createLifecycleHub, sourceFor, TEST_SERVER_KEY, type LifecycleHub } from '../helpers/lifecycle';
import {
  benchmarkInput,
  createTestToken,
  datasetInput,
  datasetVersionInput,
  insertTestTool,
  modelInput,
  modelVersionInput,
} from '../factories';
import { deliverDue } from '../../functions/outbound/deliver';
import { serverKeyProvider } from '../../functions/webhooks/services';

/**
 * Issue 14, finding 5: no answer carries a stack trace or a path of the server; what the caller
 * may not see answers exactly as what does not exist; delivery logs, trigger targets and who
 * registered a version are for the owner group and admins only.
 */

const STACK_OR_PATH = /\bat .+\(|\.ts:\d+|\.js:\d+|\/work\/|node_modules|file:\/\/|CLIENT_CLOSED|SQLITE/i;

describe('unexpected errors', () => {
  let hub: TestHub;
  let logged: unknown[][];
  beforeEach(async () => {
    hub = await createTestHub();
    logged = [];
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void logged.push(args));
  });
  afterEach(() => vi.restoreAllMocks());

  const closeDatabase = () => (hub.db as unknown as { $client: { close(): void } }).$client.close();

  it('answer a generic 500 with an error id only; the stack is logged under that id', async () => {
    closeDatabase();
    const res = await hub.call('GET', '/api/models', {
      undocumented: 'the test closes the database under the app, which no request can do',
    });
    expect(res.status).toBe(500);
    expect(res.json).toEqual({
      error: {
        code: 'internal_error',
        message: 'Something went wrong on our side; quote the error id when reporting it.',
        details: { errorId: expect.stringMatching(/^err_[0-9a-f-]{36}$/) },
      },
    });
    expect(JSON.stringify(res.json)).not.toMatch(STACK_OR_PATH);
    const line = logged.find((args) => String(args[0]).includes(res.json.error.details.errorId));
    expect(line, 'the error is logged with its id').toBeDefined();
    expect((line![1] as Error).stack).toMatch(/\n\s+at /);
  });

  it('answer the MLflow door in its own shape, with an error id and no stack', async () => {
    closeDatabase();
    const res = await hub.call('GET', '/api/2.0/mlflow/registered-models/search', {
      undocumented: 'the test closes the database under the app, which no request can do',
    });
    expect(res.status).toBe(500);
    expect(res.json.error_code).toBe('INTERNAL_ERROR');
    expect(res.json.message).toMatch(/error id err_[0-9a-f-]{36}/);
    expect(JSON.stringify(res.json)).not.toMatch(STACK_OR_PATH);
  });

  it('give two failures two ids', async () => {
    closeDatabase();
    const ids = await Promise.all(
      [1, 2].map(async () => {
        const res = await hub.call('GET', '/api/datasets', { undocumented: 'database closed by the test' });
        return res.json.error.details.errorId as string;
      }),
    );
    expect(new Set(ids).size).toBe(2);
  });
});

/** The answer with the slug replaced and per-delivery ids dropped: what may not differ. */
function shape(res: { status: number; json: any }, slug: string): string {
  const json = structuredClone(res.json);
  if (json?.error?.details && typeof json.error.details === 'object') delete json.error.details.delivery;
  return JSON.stringify({ status: res.status, json }).replaceAll(slug, '<slug>');
}

describe('what the caller cannot see answers exactly like what does not exist', () => {
  let hub: LifecycleHub;
  let cms: string;
  let atlas: string;
  const HIDDEN = 'atlas-secret-tagger';
  const MISSING = 'atlas-absent-tagger';
  const HIDDEN_DATA = 'atlas-secret-events';
  const MISSING_DATA = 'atlas-absent-events';
  const PUBLIC = 'atlas-open-tagger';

  beforeEach(async () => {
    hub = await createLifecycleHub();
    cms = (await createTestToken(hub.db, ['write', 'maintainer'], 'cms')).authorization;
    atlas = (await createTestToken(hub.db, ['write', 'maintainer'], 'atlas')).authorization;
    const as = (method: string, path: string, body?: unknown) =>
      hub.call(method, path, { body, headers: { authorization: atlas } }).then((res) => {
        expect(res.status, `${method} ${path}: ${JSON.stringify(res.json)}`).toBeLessThan(300);
        return res;
      });
    await as('POST', '/api/datasets', datasetInput({ slug: HIDDEN_DATA, visibility: 'internal' }));
    await as('POST', `/api/datasets/${HIDDEN_DATA}/versions`, datasetVersionInput({ version: 'v1' }));
    for (const [slug, visibility] of [
      [HIDDEN, 'internal'],
      [PUBLIC, 'public'],
    ] as const) {
      await as('POST', '/api/models', modelInput({ slug, visibility }));
      await as('POST', `/api/models/${slug}/versions`, modelVersionInput());
      await as('PUT', `/api/models/${slug}/aliases/staging`, { version: 1 });
    }
  });

  const ARTIFACT = { name: 'extra.onnx', format: 'onnx', uri: 's3://models/extra.onnx' };
  /** Every write route that names a model or dataset in its path, with a body it would accept. */
  const WRITES: Record<string, { method: string; path: (slug: string) => string; body?: unknown; dataset?: true }> = {
    updateModel: { method: 'PATCH', path: (s) => `/api/models/${s}`, body: { summary: 'A changed summary.' } },
    createModelVersion: { method: 'POST', path: (s) => `/api/models/${s}/versions`, body: modelVersionInput() },
    updateModelVersion: { method: 'PATCH', path: (s) => `/api/models/${s}/versions/1`, body: { description: 'x' } },
    addModelArtifacts: { method: 'POST', path: (s) => `/api/models/${s}/versions/1/artifacts`, body: [ARTIFACT] },
    addModelMetrics: {
      method: 'POST',
      path: (s) => `/api/models/${s}/versions/1/metrics`,
      body: [{ name: 'auc', value: 0.9 }],
    },
    setModelAlias: { method: 'PUT', path: (s) => `/api/models/${s}/aliases/staging`, body: { version: 1 } },
    deleteModelAlias: { method: 'DELETE', path: (s) => `/api/models/${s}/aliases/staging` },
    createModelDeployment: {
      method: 'POST',
      path: (s) => `/api/models/${s}/deployments`,
      body: { version: 1, kind: 'hlt', target: 'HLT menu' },
    },
    endModelDeployment: {
      method: 'POST',
      path: (s) => `/api/models/${s}/deployments/123456/end`,
      body: { reason: 'Replaced.' },
    },
    createRetrainPolicy: {
      method: 'POST',
      path: (s) => `/api/models/${s}/retrain-policies`,
      body: { kind: 'max_age', config: { maxAgeDays: 30 } },
    },
    updateRetrainPolicy: {
      method: 'PATCH',
      path: (s) => `/api/models/${s}/retrain-policies/rp_0123456789`,
      body: { enabled: false },
    },
    deleteRetrainPolicy: { method: 'DELETE', path: (s) => `/api/models/${s}/retrain-policies/rp_0123456789` },
    createRetrainRequest: { method: 'POST', path: (s) => `/api/models/${s}/retrain-requests`, body: { note: 'n' } },
    setRetrainTrigger: {
      method: 'PUT',
      path: (s) => `/api/models/${s}/trigger`,
      body: { url: 'https://ci.example.org/hook' },
    },
    deleteRetrainTrigger: { method: 'DELETE', path: (s) => `/api/models/${s}/trigger` },
    redeliverModelDelivery: { method: 'POST', path: (s) => `/api/models/${s}/deliveries/msg_0123456789/redeliver` },
    createModelStudy: {
      method: 'POST',
      path: (s) => `/api/models/${s}/studies`,
      body: {
        slug: 'lr-scan',
        name: 'Learning-rate scan',
        objective: { metric: 'val_loss', direction: 'minimize' },
        searchSpace: { lr: { type: 'float', low: 1e-5, high: 0.1, log: true } },
      },
    },
    importModelStudy: {
      method: 'POST',
      path: (s) => `/api/models/${s}/studies/import`,
      body: { slug: 'imported', journal: '{"op_code": 0, "worker_id": "w", "study_name": "s", "directions": [1]}\n' },
    },
    updateModelStudy: { method: 'PATCH', path: (s) => `/api/models/${s}/studies/lr-scan`, body: { status: 'stopped' } },
    createStudyTrial: {
      method: 'POST',
      path: (s) => `/api/models/${s}/studies/lr-scan/trials`,
      body: { params: { lr: 0.001 } },
    },
    reportTrialIntermediateValue: {
      method: 'POST',
      path: (s) => `/api/models/${s}/studies/lr-scan/trials/0/intermediate`,
      body: { step: 1, value: 0.5 },
    },
    finishStudyTrial: {
      method: 'POST',
      path: (s) => `/api/models/${s}/studies/lr-scan/trials/0/finish`,
      body: { state: 'FAIL' },
    },
    promoteStudyTrial: { method: 'POST', path: (s) => `/api/models/${s}/studies/lr-scan/promote` },
    updateDataset: { method: 'PATCH', path: (s) => `/api/datasets/${s}`, body: { summary: 'Changed.' }, dataset: true },
    createDatasetVersion: {
      method: 'POST',
      path: (s) => `/api/datasets/${s}/versions`,
      body: datasetVersionInput({ version: 'v2' }),
      dataset: true,
    },
    updateDatasetVersion: {
      method: 'PATCH',
      path: (s) => `/api/datasets/${s}/versions/v1`,
      body: { description: 'x' },
      dataset: true,
    },
    addDatasetReplica: {
      method: 'POST',
      path: (s) => `/api/datasets/${s}/versions/v1/replicas`,
      body: { uri: 's3://bucket/v1/' },
      dataset: true,
    },
    archiveModel: { method: 'POST', path: (s) => `/api/models/${s}/archive`, body: { reason: 'Superseded.' } },
    unarchiveModel: { method: 'POST', path: (s) => `/api/models/${s}/unarchive` },
    deleteModel: { method: 'DELETE', path: (s) => `/api/models/${s}` },
    archiveModelVersion: { method: 'POST', path: (s) => `/api/models/${s}/versions/1/archive` },
    unarchiveModelVersion: { method: 'POST', path: (s) => `/api/models/${s}/versions/1/unarchive` },
    deleteModelVersion: { method: 'DELETE', path: (s) => `/api/models/${s}/versions/1` },
    archiveDataset: { method: 'POST', path: (s) => `/api/datasets/${s}/archive`, dataset: true },
    unarchiveDataset: { method: 'POST', path: (s) => `/api/datasets/${s}/unarchive`, dataset: true },
    deleteDataset: { method: 'DELETE', path: (s) => `/api/datasets/${s}`, dataset: true },
    archiveDatasetVersion: { method: 'POST', path: (s) => `/api/datasets/${s}/versions/v1/archive`, dataset: true },
    unarchiveDatasetVersion: {
      method: 'POST',
      path: (s) => `/api/datasets/${s}/versions/v1/unarchive`,
      dataset: true,
    },
    deleteDatasetVersion: { method: 'DELETE', path: (s) => `/api/datasets/${s}/versions/v1`, dataset: true },
  };

  it('lists every write route that takes a model or dataset slug (a new one must be added here)', async () => {
    const doc = (await hub.call('GET', '/api/openapi.json')).json;
    const found = Object.entries<Record<string, { operationId: string }>>(doc.paths)
      .filter(([path]) => /^\/api\/(models|datasets)\/\{slug\}/.test(path))
      .flatMap(([, ops]) => Object.entries(ops).filter(([method]) => method !== 'get'))
      .map(([, op]) => op.operationId)
      .sort();
    expect(found).toEqual(Object.keys(WRITES).sort());
  });

  for (const [operation, write] of Object.entries(WRITES)) {
    it(`${operation}: another group's internal entry answers as a missing one`, async () => {
      const [hidden, missing] = write.dataset ? [HIDDEN_DATA, MISSING_DATA] : [HIDDEN, MISSING];
      const send = (slug: string) =>
        hub.call(write.method, write.path(slug), { body: write.body, headers: { authorization: cms } });
      const a = await send(hidden);
      const b = await send(missing);
      expect(a.status).toBe(404);
      expect(shape(a, hidden)).toBe(shape(b, missing));
    });
  }

  it('a public model of another group is refused with 403 (its existence is public, writing is not)', async () => {
    const res = await hub.call('PUT', `/api/models/${PUBLIC}/aliases/staging`, {
      body: { version: 1 },
      headers: { authorization: cms },
    });
    expect(res.status).toBe(403);
  });

  it('POST /api/benchmarks: a hidden model answers as a missing one', async () => {
    const send = (slug: string) =>
      hub.call('POST', '/api/benchmarks', { body: benchmarkInput(slug, 1), headers: { authorization: cms } });
    expect(shape(await send(HIDDEN), HIDDEN)).toBe(shape(await send(MISSING), MISSING));
  });

  it('a retrain policy watching a hidden dataset is refused as for a missing one', async () => {
    await hub.call('POST', '/api/models', {
      body: modelInput({ slug: 'cms-tagger' }),
      headers: { authorization: cms },
    });
    const send = (dataset: string) =>
      hub.call('POST', '/api/models/cms-tagger/retrain-policies', {
        body: { kind: 'dataset_version', config: { dataset } },
        headers: { authorization: cms },
      });
    const hidden = await send(HIDDEN_DATA);
    expect(hidden.status).toBe(400);
    expect(shape(hidden, HIDDEN_DATA)).toBe(shape(await send(MISSING_DATA), MISSING_DATA));
  });

  it('a version naming a hidden dataset version is refused as for a missing one', async () => {
    await hub.call('POST', '/api/models', {
      body: modelInput({ slug: 'cms-tagger' }),
      headers: { authorization: cms },
    });
    const send = (dataset: string) =>
      hub.call('POST', '/api/models/cms-tagger/versions', {
        body: modelVersionInput({ datasets: [{ dataset, version: 'v1', role: 'training' }] }),
        headers: { authorization: cms },
      });
    const hidden = await send(HIDDEN_DATA);
    expect(hidden.status).toBe(422);
    expect(shape(hidden, HIDDEN_DATA)).toBe(shape(await send(MISSING_DATA), MISSING_DATA));
  });

  it('the MLflow door answers a hidden registered model as a missing one', async () => {
    const send = (name: string) =>
      hub.call('POST', '/api/2.0/mlflow/registered-models/alias', {
        body: { name, alias: 'staging', version: '1' },
        headers: { authorization: cms },
      });
    const hidden = await send(HIDDEN);
    expect(hidden.json.error_code).toBe('RESOURCE_DOES_NOT_EXIST');
    expect(shape(hidden, HIDDEN)).toBe(shape(await send(MISSING), MISSING));
  });

  const EVENTS: Record<string, { slugs: [string, string]; body: (slug: string) => unknown }> = {
    'model.alias.set': {
      slugs: [HIDDEN, MISSING],
      body: (model) => ({ type: 'model.alias.set', data: { model, alias: 'production', version: 1 } }),
    },
    'job.succeeded': {
      slugs: [HIDDEN, MISSING],
      body: (model) => ({
        type: 'job.succeeded',
        data: { job: { id: 'j1', kind: 'training', model }, version: modelVersionInput() },
      }),
    },
    'dataset.version.published': {
      slugs: [HIDDEN_DATA, MISSING_DATA],
      body: (dataset) => ({
        type: 'dataset.version.published',
        data: { dataset, version: { version: 'v9', bytes: 10, fileCount: 1, replicas: [{ uri: 's3://b/v9/' }] } },
      }),
    },
    'mlflow.model_version_tag.set': {
      slugs: [HIDDEN, MISSING],
      body: (name) => ({
        type: 'mlflow.model_version_tag.set',
        data: { name, version: '1', key: 'validated', value: 'true' },
      }),
    },
  };

  for (const [type, event] of Object.entries(EVENTS)) {
    it(`a webhook ${type} naming a hidden entry is answered as for a missing one`, async () => {
      const source = await sourceFor(hub, 'cms');
      const [hidden, missing] = event.slugs;
      const a = await hub.deliver(source, event.body(hidden));
      const b = await hub.deliver(source, event.body(missing));
      expect(a.status).toBe(422);
      expect(shape(a, hidden)).toBe(shape(b, missing));
    });
  }

  it('an MLflow registered_model.created for a name a hidden model holds is a conflict, not a 403', async () => {
    const source = await sourceFor(hub, 'cms');
    const res = await hub.deliver(source, {
      type: 'mlflow.registered_model.created',
      data: { name: HIDDEN, tags: {} },
    });
    expect(res.status).toBe(409);
    expect(res.json.error.message).not.toMatch(/group/);
  });

  it('a pending tool answers a non-admin PATCH as a missing one', async () => {
    const pending = await insertTestTool(hub.db, { status: 'pending', publishedAt: null });
    const send = (slug: string) =>
      hub.call('PATCH', `/api/tools/${slug}`, { body: { summary: 'Changed.' }, headers: { authorization: cms } });
    const a = await send(pending.slug);
    expect(a.status).toBe(404);
    expect(shape(a, pending.slug)).toBe(shape(await send('no-such-tool-at-all'), 'no-such-tool-at-all'));
  });
});

describe('owner-only details', () => {
  let hub: LifecycleHub;
  let atlas: string;
  let cms: string;

  beforeEach(async () => {
    hub = await createLifecycleHub({ webhooks: { allowPrivateTargets: true } });
    atlas = (await createTestToken(hub.db, ['write', 'maintainer'], 'atlas')).authorization;
    cms = (await createTestToken(hub.db, ['write', 'maintainer'], 'cms')).authorization;
    await hub.call('POST', '/api/models', {
      body: modelInput({ slug: 'open-tagger' }),
      headers: { authorization: atlas },
    });
    await hub.call('POST', '/api/models/open-tagger/versions', {
      body: modelVersionInput(),
      headers: { authorization: atlas },
    });
  });

  it('registeredBy is shown to the owner group and admins, null for everyone else', async () => {
    const get = (authorization?: string) =>
      hub.call('GET', '/api/models/open-tagger/versions/1', {
        headers: authorization ? { authorization } : {},
      });
    expect((await get(atlas)).json.registeredBy).toMatchObject({ name: expect.any(String), group: 'atlas' });
    expect((await get(hub.admin)).json.registeredBy).not.toBeNull();
    expect((await get(cms)).json.registeredBy).toBeNull();
    expect((await get()).json.registeredBy).toBeNull();
    const list = await hub.call('GET', '/api/models/open-tagger/versions');
    expect(list.json.items.map((v: { registeredBy: unknown }) => v.registeredBy)).toEqual([null]);
    // Nor through the MLflow door: its optional `user_id` is never sent.
    const mlflow = await hub.call('GET', '/api/2.0/mlflow/model-versions/get?name=open-tagger&version=1');
    expect(mlflow.status).toBe(200);
    expect(mlflow.json.model_version).not.toHaveProperty('user_id');
  });

  it("the trigger's target and the delivery log are for the owner group and admins only", async () => {
    const put = await hub.call('PUT', '/api/models/open-tagger/trigger', {
      body: { url: 'http://127.0.0.1:9/retrain?token=t' },
      headers: { authorization: atlas },
    });
    expect(put.status).toBe(201);
    expect(put.json.url).toMatch(/^http:\/\/127\.0\.0\.1:9\/retrain/);
    const request = await hub.call('POST', '/api/models/open-tagger/retrain-requests', {
      body: { note: 'please' },
      headers: { authorization: atlas },
    });
    expect(request.status).toBe(201);
    await deliverDue({
      db: hub.db,
      serverKey: serverKeyProvider(TEST_SERVER_KEY),
      allowPrivateTargets: true,
      timeoutMs: 2000,
    });

    const trigger = (authorization?: string) =>
      hub.call('GET', '/api/models/open-tagger/trigger', { headers: authorization ? { authorization } : {} });
    expect((await trigger(atlas)).json.url).toMatch(/^http:\/\/127\.0\.0\.1:9\/retrain/);
    expect((await trigger(hub.admin)).json.url).toMatch(/^http:\/\/127\.0\.0\.1:9\/retrain/);
    expect((await trigger(cms)).json).toMatchObject({ url: null, status: expect.any(String) });
    expect((await trigger()).json.url).toBeNull();

    const log = (authorization?: string) =>
      hub.call('GET', '/api/models/open-tagger/deliveries', { headers: authorization ? { authorization } : {} });
    const own = await log(atlas);
    expect(own.status).toBe(200);
    expect(own.json.items).toHaveLength(1);
    expect(own.json.items[0].attemptLog[0].error).toBeTruthy();
    expect((await log(hub.admin)).json.items).toHaveLength(1);
    for (const other of [cms, undefined]) {
      const res = await log(other);
      expect(res.status).toBe(404);
      expect(res.json.error.code).toBe('not_found');
      expect(JSON.stringify(res.json)).not.toContain('127.0.0.1');
      const one = await hub.call('GET', `/api/models/open-tagger/deliveries/${own.json.items[0].id}`, {
        headers: other ? { authorization: other } : {},
      });
      expect(one.status).toBe(404);
    }
  });

  it('documents who may read them in the OpenAPI descriptions', async () => {
    const doc = (await hub.call('GET', '/api/openapi.json')).json;
    const text = JSON.stringify([
      doc.paths['/api/models/{slug}/deliveries'].get.description,
      doc.components.schemas.ModelVersion.properties.registeredBy.description,
      doc.components.schemas.RetrainTrigger.properties.url.description,
    ]);
    expect(text.match(/owner group and admins only/g)).toHaveLength(3);
  });
});

describe('status endpoints', () => {
  it('there is no /api/site/status any more (no route shows build paths)', async () => {
    const hub = await createTestHub();
    const res = await hub.call('GET', '/api/site/status');
    expect(res.status).toBe(404);
    const doc = JSON.stringify((await hub.call('GET', '/api/openapi.json')).json);
    expect(doc).not.toMatch(/site\/status|clientDir|\/dist\//);
  });
});

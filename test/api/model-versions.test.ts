import { beforeEach, describe, expect, it } from 'vitest';
import { createTestToken, datasetInput, datasetVersionInput, modelInput, modelVersionInput } from '../factories';
import { createTestHub, type TestHub } from '../helpers/app';

let hub: TestHub;
let cms: string;
let atlas: string;

beforeEach(async () => {
  hub = await createTestHub();
  cms = (await createTestToken(hub.db, ['write'], 'cms')).authorization;
  atlas = (await createTestToken(hub.db, ['write'], 'atlas')).authorization;
  await hub.call('POST', '/api/models', { body: modelInput({ slug: 'tagger' }), headers: { authorization: cms } });
  await hub.call('POST', '/api/datasets', { body: datasetInput({ slug: 'jets' }), headers: { authorization: cms } });
  await hub.call('POST', '/api/datasets/jets/versions', {
    body: datasetVersionInput({ version: 'v1' }),
    headers: { authorization: cms },
  });
  await hub.call('POST', '/api/datasets/jets/versions', {
    body: datasetVersionInput({ version: 'v2' }),
    headers: { authorization: cms },
  });
});

const register = (body: unknown, authorization = cms, slug = 'tagger') =>
  hub.call('POST', `/api/models/${slug}/versions`, { body, headers: { authorization } });

describe('POST /api/models/:slug/versions', () => {
  it('assigns 1..50 with no gap or duplicate under 50 concurrent registrations', async () => {
    const results = await Promise.all(Array.from({ length: 50 }, () => register(modelVersionInput())));
    expect(results.map((r) => r.status)).toEqual(Array(50).fill(201));
    const numbers = results.map((r) => r.json.version as number).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    const listed = await hub.call('GET', '/api/models/tagger/versions?limit=200&order=asc');
    expect(listed.json.total).toBe(50);
    expect(listed.json.items.map((v: { version: number }) => v.version)).toEqual(numbers);
    // Every version kept its own artifact: nothing was written twice or to the wrong version.
    expect(new Set(listed.json.items.map((v: { artifacts: { uri: string }[] }) => v.artifacts[0]!.uri)).size).toBe(50);
  });

  it('stores artifacts, hyper-parameters, metrics, datasets, parent and training job together (201 + Location)', async () => {
    await register(modelVersionInput());
    const res = await register({
      description: 'Retrained on v2 with more pile-up.',
      artifacts: [
        {
          name: 'model.onnx',
          format: 'onnx',
          uri: 's3://m/v2/model.onnx',
          bytes: 1_234_567,
          sha256: 'C0'.repeat(32),
          precision: 'fp16',
          sparsityPct: 12.5,
          parameters: 1_200_000,
          framework: 'PyTorch',
          frameworkVersion: '2.4.1',
        },
        {
          name: 'firmware',
          format: 'hls4ml',
          uri: 'https://gitlab.example.org/fw/v2.tgz',
          precision: 'ap_fixed<16,6>',
        },
      ],
      hyperParameters: { learning_rate: 3e-4, layers: [128, 64], optimizer: { name: 'adam', beta1: 0.9 } },
      metrics: [
        { name: 'auc', value: 0.981, split: 'test', dataset: { dataset: 'jets', version: 'v2' } },
        { name: 'auc', value: 0.99, split: 'train' },
      ],
      datasets: [
        { dataset: 'jets', version: 'v2', role: 'training' },
        { dataset: 'jets', version: 'v1', role: 'evaluation' },
      ],
      parent: { version: 1 },
      trainingJob: {
        ciUrl: 'https://gitlab.cern.ch/cms/tagger/-/jobs/42',
        commit: 'ABCDEF1',
        hardware: '4 × A100',
        gpuHours: 96.5,
      },
    });
    expect(res.status).toBe(201);
    expect(res.headers.get('location')).toBe('/api/models/tagger/versions/2');
    expect(res.json).toMatchObject({
      model: 'tagger',
      version: 2,
      status: 'ready',
      parent: { model: 'tagger', version: 1 },
      trainingJob: { commit: 'abcdef1', gpuHours: 96.5 },
      hyperParameters: { layers: [128, 64], optimizer: { name: 'adam', beta1: 0.9 } },
      registeredBy: { name: 'test write', group: 'cms' },
    });
    expect(res.json.artifacts[0]).toMatchObject({
      sha256: 'c0'.repeat(32),
      framework: 'pytorch',
      sparsityPct: 12.5,
      parameters: 1_200_000,
    });
    expect(res.json.artifacts[1].precision).toBe('ap_fixed<16,6>');
    expect(res.json.metrics[0]).toMatchObject({
      name: 'auc',
      value: 0.981,
      dataset: { dataset: 'jets', version: 'v2' },
    });
    expect(res.json.datasets.map((d: { version: string; role: string }) => `${d.version}:${d.role}`)).toEqual([
      'v1:evaluation',
      'v2:training',
    ]);
    expect(hub.published).toContain('model tagger version 2 registered');
    const parent = await hub.call('GET', '/api/models/tagger/versions/1');
    expect(parent.json.children).toEqual([
      { model: 'tagger', modelName: expect.any(String), version: 2, status: 'ready' },
    ]);
  });

  it('records fine-tuning from another model as the parent', async () => {
    await hub.call('POST', '/api/models', {
      body: modelInput({ slug: 'foundation' }),
      headers: { authorization: atlas },
    });
    await register(modelVersionInput(), atlas, 'foundation');
    const res = await register(modelVersionInput({ parent: { model: 'foundation', version: 1 } }));
    expect(res.json.parent).toMatchObject({ model: 'foundation', version: 1 });
    expect((await hub.call('GET', '/api/models/foundation/versions/1')).json.children[0]).toMatchObject({
      model: 'tagger',
      version: 1,
    });
  });

  it('answers 422 naming every unknown dataset version and parent, storing nothing', async () => {
    const res = await register(
      modelVersionInput({
        datasets: [{ dataset: 'jets', version: 'v9' }],
        metrics: [{ name: 'auc', value: 1, dataset: { dataset: 'nope', version: 'v1' } }],
        parent: { version: 7 },
      }),
    );
    expect(res.status).toBe(422);
    expect(res.json.error.details.issues.map((i: { path: string }) => i.path)).toEqual([
      'datasets.0',
      'metrics.0.dataset',
      'parent',
    ]);
    expect((await hub.call('GET', '/api/models/tagger/versions')).json.total).toBe(0);
  });

  it('answers 400 with field paths for invalid artifacts, metrics and duplicates', async () => {
    const res = await register({
      artifacts: [
        { name: 'a', format: 'pickle', uri: 'not a uri', sha256: 'xyz', precision: 'fp 32', sparsityPct: 120 },
      ],
      metrics: [{ name: 'auc', value: 'high' }],
      hyperParameters: [],
      trainingJob: { commit: 'nothex!' },
    });
    expect(res.status).toBe(400);
    expect(res.json.error.details.issues.map((i: { path: string }) => i.path)).toEqual(
      expect.arrayContaining([
        'artifacts.0.format',
        'artifacts.0.uri',
        'artifacts.0.sha256',
        'artifacts.0.precision',
        'artifacts.0.sparsityPct',
        'metrics.0.value',
        'hyperParameters',
        'trainingJob.commit',
      ]),
    );
    const dup = await register(
      modelVersionInput({
        metrics: [
          { name: 'auc', value: 1 },
          { name: 'auc', value: 2 },
        ],
      }),
    );
    expect(dup.status).toBe(400);
    expect(dup.json.error.details.issues[0].path).toBe('metrics');
  });

  it('answers 401, 403 (scope, other group), 404 (unknown model) and 413', async () => {
    expect((await hub.call('POST', '/api/models/tagger/versions', { body: modelVersionInput() })).status).toBe(401);
    expect((await register(modelVersionInput(), atlas)).status).toBe(403);
    const reader = (await createTestToken(hub.db, [], 'cms')).authorization;
    expect((await register(modelVersionInput(), reader)).status).toBe(403);
    expect((await register(modelVersionInput(), cms, 'nope')).status).toBe(404);
    expect((await register(modelVersionInput({ description: 'x'.repeat(300 * 1024) }))).status).toBe(413);
    expect((await hub.call('GET', '/api/models/tagger/versions')).json.total).toBe(0);
  });
});

describe('GET /api/models/:slug/versions(/:version)', () => {
  it('lists newest first, filters by status, pages by cursor; 404 and 400 where due', async () => {
    for (const status of ['ready', 'failed', 'ready']) await register(modelVersionInput({ status }));
    const all = await hub.call('GET', '/api/models/tagger/versions');
    expect(all.json.items.map((v: { version: number }) => v.version)).toEqual([3, 2, 1]);
    expect(
      (await hub.call('GET', '/api/models/tagger/versions?status=failed')).json.items.map(
        (v: { version: number }) => v.version,
      ),
    ).toEqual([2]);
    const page = await hub.call('GET', '/api/models/tagger/versions?limit=2');
    const rest = await hub.call('GET', `/api/models/tagger/versions?limit=2&cursor=${page.json.nextCursor}`);
    expect(rest.json.items.map((v: { version: number }) => v.version)).toEqual([1]);
    expect((await hub.call('GET', '/api/models/tagger/versions?cursor=abc')).status).toBe(400);
    expect((await hub.call('GET', '/api/models/tagger/versions/9')).status).toBe(404);
    expect((await hub.call('GET', '/api/models/tagger/versions/zero')).status).toBe(400);
    expect((await hub.call('GET', '/api/models/nope/versions')).status).toBe(404);
  });
});

describe('PATCH /api/models/:slug/versions/:version', () => {
  it('moves a registering version to ready with a message; 403 other group, 404, 400', async () => {
    await register(modelVersionInput({ status: 'registering' }));
    const res = await hub.call('PATCH', '/api/models/tagger/versions/1', {
      body: { status: 'ready', statusMessage: 'Uploaded.' },
      headers: { authorization: cms },
    });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ status: 'ready', statusMessage: 'Uploaded.' });
    expect(
      (
        await hub.call('PATCH', '/api/models/tagger/versions/1', {
          body: { status: 'failed' },
          headers: { authorization: atlas },
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await hub.call('PATCH', '/api/models/tagger/versions/2', {
          body: { status: 'failed' },
          headers: { authorization: cms },
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await hub.call('PATCH', '/api/models/tagger/versions/1', {
          body: { status: 'done' },
          headers: { authorization: cms },
        })
      ).status,
    ).toBe(400);
    expect((await hub.call('PATCH', '/api/models/tagger/versions/1', { body: { status: 'ready' } })).status).toBe(401);
  });
});

describe('adding artifacts and metrics later', () => {
  it('appends artifacts (409 for a name already used) and metrics (422 for an unknown dataset)', async () => {
    await register(modelVersionInput({ status: 'registering' }));
    const added = await hub.call('POST', '/api/models/tagger/versions/1/artifacts', {
      body: [{ name: 'model-int8.onnx', format: 'onnx', uri: 's3://m/int8.onnx', precision: 'int8' }],
      headers: { authorization: cms },
    });
    expect(added.status).toBe(201);
    expect(added.json.artifacts.map((a: { name: string }) => a.name)).toEqual(['model.onnx', 'model-int8.onnx']);
    const clash = await hub.call('POST', '/api/models/tagger/versions/1/artifacts', {
      body: [{ name: 'model.onnx', format: 'onnx', uri: 's3://x/y' }],
      headers: { authorization: cms },
    });
    expect(clash.status).toBe(409);
    const metrics = await hub.call('POST', '/api/models/tagger/versions/1/metrics', {
      body: [{ name: 'latency-ms', value: 0.8, split: 'test', dataset: { dataset: 'jets', version: 'v1' } }],
      headers: { authorization: cms },
    });
    expect(metrics.status).toBe(201);
    expect(metrics.json.metrics[0]).toMatchObject({ name: 'latency-ms', dataset: { dataset: 'jets', version: 'v1' } });
    const unknown = await hub.call('POST', '/api/models/tagger/versions/1/metrics', {
      body: [{ name: 'x', value: 1, dataset: { dataset: 'jets', version: 'v3' } }],
      headers: { authorization: cms },
    });
    expect(unknown.status).toBe(422);
    expect(
      (await hub.call('POST', '/api/models/tagger/versions/1/metrics', { body: [], headers: { authorization: cms } }))
        .status,
    ).toBe(400);
    expect(
      (
        await hub.call('POST', '/api/models/tagger/versions/1/metrics', {
          body: [{ name: 'x', value: 1 }],
          headers: { authorization: atlas },
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await hub.call('POST', '/api/models/tagger/versions/4/artifacts', {
          body: [{ name: 'a', format: 'onnx', uri: 's3://a/b' }],
          headers: { authorization: cms },
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await hub.call('POST', '/api/models/tagger/versions/1/artifacts', {
          body: [{ name: 'a', format: 'onnx', uri: 's3://a/b' }],
        })
      ).status,
    ).toBe(401);
  });
});

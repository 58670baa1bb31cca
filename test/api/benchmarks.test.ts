import { sql } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { getModelVersion } from '../../db/queries/model-versions';
import { getModelBySlug } from '../../db/queries/models';
import type { SubmittedRecord } from '../../functions/benchmarks/prepare-result';
import { storeBenchmarkResult } from '../../functions/services/benchmark-store';
import type { PublicChange } from '../../src/lib/cache-tags';
import { benchmarkInput, createTestToken, modelInput, modelVersionInput } from '../factories';
import { createTestHub, type TestHub } from '../helpers/app';

let hub: TestHub;
let cms: string;
let atlas: string;
let admin: string;

const SHA_FP32 = 'ab'.repeat(32);
const SHA_FP16 = 'cd'.repeat(32);

beforeEach(async () => {
  hub = await createTestHub();
  cms = (await createTestToken(hub.db, ['write'], 'cms')).authorization;
  atlas = (await createTestToken(hub.db, ['write'], 'atlas')).authorization;
  admin = (await createTestToken(hub.db, ['admin'], 'it')).authorization;
  await post('/api/models', modelInput({ slug: 'tagger' }));
  await post('/api/models/tagger/versions', modelVersionInput());
  await post(
    '/api/models/tagger/versions',
    modelVersionInput({
      artifacts: [
        { name: 'model.onnx', format: 'onnx', uri: 's3://m/2/model.onnx', sha256: SHA_FP32, precision: 'fp32' },
        {
          name: 'model-fp16.onnx',
          format: 'onnx',
          uri: 's3://m/2/model-fp16.onnx',
          sha256: SHA_FP16,
          precision: 'fp16',
        },
      ],
    }),
  );
  hub.published.length = 0;
});

const post = (path: string, body: unknown, authorization: string | null = cms, headers: Record<string, string> = {}) =>
  hub.call('POST', path, { body, headers: { ...(authorization ? { authorization } : {}), ...headers } });
const get = (path: string, headers: Record<string, string> = {}) => hub.call('GET', path, { headers });

describe('POST /api/benchmarks', () => {
  it('stores the full record (201 + Location), fills the artifact and asks for a republish', async () => {
    const res = await post('/api/benchmarks', benchmarkInput('tagger', 1));
    expect(res.status).toBe(201);
    expect(res.headers.get('location')).toBe(`/api/benchmarks/${res.json.id}`);
    expect(res.json).toMatchObject({
      model: { slug: 'tagger', task: 'jet-tagging' },
      version: 1,
      artifact: { sha256: SHA_FP32, name: 'model.onnx', precision: 'fp32' },
      engineLabel: 'onnxruntime-node 1.30.0 · cpu',
      hardwareLabel: 'AMD EPYC 7763 64-Core Processor, 16 cores',
      settings: { batchSize: 1, scenario: 'single-stream' },
      results: { latencyMs: { p50: 0.055, p999: 0.3 }, throughputPerSec: 9500, peakMemoryBytes: 80_000_000 },
      validity: { valid: true },
      provenance: { source: 'harness', submitter: 'test write', eventRef: null },
      supersedes: null,
      supersededBy: null,
      links: {
        page: `/benchmarks/result/?id=${res.json.id}`,
        versionBenchmarks: '/models/tagger/v1/benchmarks/'.replace('v1', 'v/1'),
      },
    });
    expect(res.json.validity.flags.map((f: { code: string }) => f.code)).toEqual(['slow_outliers']);
    expect(hub.published).toEqual(['benchmark of tagger v1']);
  });

  it('judges validity itself: a too-short run claimed valid is stored invalid, with the reason', async () => {
    const body = benchmarkInput('tagger', 1, {
      results: {
        ...benchmarkInput('tagger', 1).results,
        iterations: 80,
        durationMs: 200,
        latencyMs: { min: 0.05, mean: 0.06, p50: 0.055, p90: 0.07, p99: 0.1, p999: 0.3 },
      },
      validity: { valid: true, flags: [] },
    });
    const res = await post('/api/benchmarks', body);
    expect(res.status).toBe(201);
    expect(res.json.validity.valid).toBe(false);
    const reasons = res.json.validity.flags
      .filter((f: { severity: string }) => f.severity === 'invalid')
      .map((f: { message: string }) => f.message);
    expect(reasons.join(' ')).toMatch(/ran 80 iterations, fewer than the 1000 required/);
    expect(reasons.join(' ')).toMatch(/shorter than the 2 s minimum/);
  });

  it('picks the artifact by sha256 and takes its precision', async () => {
    const res = await post('/api/benchmarks', benchmarkInput('tagger', 2, { artifact: { sha256: SHA_FP16 } }));
    expect(res.status).toBe(201);
    expect(res.json.artifact).toMatchObject({ sha256: SHA_FP16, precision: 'fp16', name: 'model-fp16.onnx' });
  });

  it('answers 400 with field paths for a malformed record and for percentiles out of order', async () => {
    const res = await post('/api/benchmarks', { model: 'tagger', version: 1 });
    expect(res.status).toBe(400);
    expect(res.json.error.details.issues.map((i: { path: string }) => i.path)).toEqual(
      expect.arrayContaining(['engine', 'hardware', 'settings', 'results']),
    );
    const disorder = benchmarkInput('tagger', 1, {
      results: {
        ...benchmarkInput('tagger', 1).results,
        latencyMs: { min: 1, mean: 2, p50: 3, p90: 2, p99: 4, p999: 5 },
      },
    });
    const bad = await post('/api/benchmarks', disorder);
    expect(bad.status).toBe(400);
    expect(bad.json.error.details.issues[0].path).toBe('results.latencyMs.p90');
  });

  it('refuses the community source from a token (400)', async () => {
    const res = await post('/api/benchmarks', benchmarkInput('tagger', 1, { provenance: { source: 'community' } }));
    expect(res.status).toBe(400);
    expect(res.json.error.details.issues[0].path).toBe('provenance.source');
  });

  it("answers 401 without a token and 403 for another group's model", async () => {
    expect((await post('/api/benchmarks', benchmarkInput('tagger', 1), null)).status).toBe(401);
    const res = await post('/api/benchmarks', benchmarkInput('tagger', 1), atlas);
    expect(res.status).toBe(403);
    expect(res.json.error.message).toMatch(/belongs to group "cms"/);
    expect((await post('/api/benchmarks', benchmarkInput('tagger', 1), admin)).status).toBe(201);
  });

  it('answers 422 for an unknown model, version, artifact or superseded result, and for implausible numbers', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [benchmarkInput('nope', 1), 'unknown_model'],
      [benchmarkInput('tagger', 9), 'unknown_model_version'],
      [benchmarkInput('tagger', 1, { artifact: { sha256: 'ef'.repeat(32) } }), 'unknown_artifact'],
      [benchmarkInput('tagger', 1, { supersedes: 'bm_doesnotexist00' }), 'unknown_result'],
      [
        benchmarkInput('tagger', 1, { results: { ...benchmarkInput('tagger', 1).results, iterations: 1_000_000 } }),
        'implausible_result',
      ],
    ];
    for (const [body, code] of cases) {
      const res = await post('/api/benchmarks', body);
      expect(res.status, code).toBe(422);
      expect(res.json.error.code).toBe(code);
      expect(res.json.error.details.issues.length).toBeGreaterThan(0);
    }
  });

  it('answers 413 for a body over the limit', async () => {
    const body = benchmarkInput('tagger', 1, { software: { os: 'x'.repeat(70 * 1024) } });
    expect((await post('/api/benchmarks', body)).status).toBe(413);
  });

  it('corrects a result with a new one that supersedes it, once (409 the second time)', async () => {
    const first = await post('/api/benchmarks', benchmarkInput('tagger', 1));
    const fix = await post('/api/benchmarks', benchmarkInput('tagger', 1, { supersedes: first.json.id }));
    expect(fix.status).toBe(201);
    expect(fix.json.supersedes).toBe(first.json.id);
    const again = await post('/api/benchmarks', benchmarkInput('tagger', 1, { supersedes: first.json.id }));
    expect(again.status).toBe(409);
    expect(again.json.error.message).toContain(fix.json.id);

    const old = await get(`/api/benchmarks/${first.json.id}`);
    expect(old.json.supersededBy).toBe(fix.json.id);
    const list = await get('/api/benchmarks?model=tagger');
    expect(list.json.items.map((r: { id: string }) => r.id)).toEqual([fix.json.id]);
    const all = await get('/api/benchmarks?model=tagger&superseded=include');
    expect(all.json.total).toBe(2);
  });

  it('cannot supersede a result of another version (422)', async () => {
    const first = await post('/api/benchmarks', benchmarkInput('tagger', 1));
    const res = await post('/api/benchmarks', benchmarkInput('tagger', 2, { supersedes: first.json.id }));
    expect(res.status).toBe(422);
    expect(res.json.error.code).toBe('unknown_result');
  });

  it('keeps results immutable in the database itself', async () => {
    const first = await post('/api/benchmarks', benchmarkInput('tagger', 1));
    const update = hub.db.run(sql`update benchmark_results set latency_p50_ms = 0 where id = ${first.json.id}`);
    await expect(update.catch((e: Error) => Promise.reject(e.cause ?? e))).rejects.toThrow(
      /benchmark results are immutable/,
    );
    expect((await get(`/api/benchmarks/${first.json.id}`)).json.results.latencyMs.p50).toBe(0.055);
  });

  it('announces a result stored outside the API (the self-profile) like one posted, naming its model', async () => {
    const changes: PublicChange[] = [];
    const model = (await getModelBySlug(hub.db, 'tagger'))!;
    const version = (await getModelVersion(hub.db, model.id, 1))!;
    const { model: _slug, version: _number, ...record } = benchmarkInput('tagger', 1);
    const stored = await storeBenchmarkResult(
      { db: hub.db, hooks: { onPublicChange: (change) => changes.push(change) } },
      {
        model,
        version,
        record: record as unknown as SubmittedRecord,
        source: 'harness',
        submitter: 'this hub (first-start self-profile)',
        now: new Date(),
      },
    );
    expect(stored).toMatchObject({ model: { slug: 'tagger' }, version: 1 });
    expect(changes).toEqual([{ reason: 'benchmark of tagger v1', tags: ['benchmarks', 'model:tagger'] }]);
  });
});

describe('GET /api/benchmarks', () => {
  beforeEach(async () => {
    for (const batchSize of [1, 8, 64]) {
      const base = benchmarkInput('tagger', 1);
      await post('/api/benchmarks', {
        ...base,
        settings: { ...base.settings, batchSize },
        results: {
          ...base.results,
          latencyMs: {
            ...base.results.latencyMs,
            p50: [0.051, 0.058, 0.114][[1, 8, 64].indexOf(batchSize)]!,
            p90: 0.2,
            p95: 0.21,
            p99: 0.3,
          },
        },
      });
    }
    await post(
      '/api/benchmarks',
      benchmarkInput('tagger', 2, {
        engine: { name: 'onnxruntime-web', version: '1.30.0', executionProvider: 'wasm' },
        hardware: { browser: { name: 'Chrome Headless', version: '140.0.1', userAgent: 'HeadlessChrome/140.0.1' } },
        provenance: { source: 'browser' },
      }),
    );
    await post(
      '/api/benchmarks',
      benchmarkInput('tagger', 1, { results: { ...benchmarkInput('tagger', 1).results, p50StabilityCv: 0.4 } }),
    );
  });

  it('lists newest first with the total, filtered by engine, provider, source, hardware and validity', async () => {
    const all = await get('/api/benchmarks');
    expect(all.status).toBe(200);
    expect(all.json.total).toBe(5);
    expect(
      (await get('/api/benchmarks?provider=wasm')).json.items.map((r: { engine: { name: string } }) => r.engine.name),
    ).toEqual(['onnxruntime-web']);
    expect((await get('/api/benchmarks?engine=onnxruntime-node')).json.total).toBe(4);
    expect((await get('/api/benchmarks?source=browser')).json.total).toBe(1);
    expect((await get('/api/benchmarks?hardware=epyc')).json.total).toBe(4);
    expect((await get('/api/benchmarks?valid=false')).json.items[0].validity.flags[0].message).toMatch(
      /p50 is not stable/,
    );
    expect((await get('/api/benchmarks?precision=fp32&batch=8')).json.total).toBe(1);
    expect((await get('/api/benchmarks?model=tagger&version=2')).json.total).toBe(1);
  });

  it('sorts by p50 ascending and pages with a cursor', async () => {
    const first = await get('/api/benchmarks?sort=p50&limit=2');
    expect(first.json.items.map((r: { results: { latencyMs: { p50: number } } }) => r.results.latencyMs.p50)).toEqual([
      0.051, 0.055,
    ]);
    const second = await get(`/api/benchmarks?sort=p50&limit=2&cursor=${first.json.nextCursor}`);
    expect(second.json.items).toHaveLength(2);
    const third = await get(`/api/benchmarks?sort=p50&limit=2&cursor=${second.json.nextCursor}`);
    expect(third.json.items).toHaveLength(1);
    expect(third.json.nextCursor).toBeNull();
    const ids = [...first.json.items, ...second.json.items, ...third.json.items].map((r: { id: string }) => r.id);
    expect(new Set(ids).size).toBe(5);
  });

  it('exports the same rows as CSV with every field, by ?format=csv or Accept: text/csv', async () => {
    const res = await hub.app.request('/api/benchmarks?model=tagger&version=1&format=csv');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="benchmarks-tagger-v1.csv"');
    const lines = (await res.text()).trim().split('\r\n');
    expect(lines).toHaveLength(5);
    const header = lines[0]!.split(',');
    expect(header).toEqual(
      expect.arrayContaining([
        'latency_p999_ms',
        'throughput_per_s',
        'peak_memory_bytes',
        'validity_flags',
        'artifact_sha256',
        'submitter',
      ]),
    );
    const accept = await hub.app.request('/api/benchmarks?limit=2', { headers: { accept: 'text/csv' } });
    expect(accept.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(accept.headers.get('link')).toMatch(/cursor=.*rel="next"/);
  });

  it('answers 400 for a bad cursor or a version without a model, 404 for an unknown model', async () => {
    expect((await get('/api/benchmarks?cursor=garbage')).status).toBe(400);
    expect((await get('/api/benchmarks?version=1')).status).toBe(400);
    expect((await get('/api/benchmarks?sort=fastest')).status).toBe(400);
    expect((await get('/api/benchmarks?model=unknown-model')).status).toBe(404);
    expect((await get('/api/benchmarks?model=tagger&version=7')).status).toBe(404);
  });
});

describe('GET /api/benchmarks/:id and version lists', () => {
  it('returns one full record, 404 for unknown ids, 400 for malformed ones', async () => {
    const created = await post('/api/benchmarks', benchmarkInput('tagger', 1));
    const res = await get(`/api/benchmarks/${created.json.id}`);
    expect(res.status).toBe(200);
    expect(res.json).toEqual(created.json);
    expect((await get('/api/benchmarks/bm_unknown000000')).status).toBe(404);
    expect((await get('/api/benchmarks/42')).status).toBe(400);
  });

  it('hides results of internal models from anyone outside the group', async () => {
    await post('/api/models', modelInput({ slug: 'secret-tagger', visibility: 'internal' }));
    await post('/api/models/secret-tagger/versions', modelVersionInput());
    const created = await post('/api/benchmarks', benchmarkInput('secret-tagger', 1));
    expect(created.status).toBe(201);
    expect(hub.published).toEqual([]);
    expect((await get(`/api/benchmarks/${created.json.id}`)).status).toBe(404);
    expect((await get('/api/benchmarks')).json.total).toBe(0);
    expect((await get(`/api/benchmarks/${created.json.id}`, { authorization: cms })).status).toBe(200);
    expect((await post('/api/benchmarks', benchmarkInput('secret-tagger', 1), atlas)).json.error.code).toBe(
      'unknown_model',
    );
  });

  it("lists a version's results, and with include=family its variants", async () => {
    await post('/api/models', modelInput({ slug: 'tagger-int8' }));
    await post(
      '/api/models/tagger-int8/versions',
      modelVersionInput({
        parent: { model: 'tagger', version: 1 },
        artifacts: [
          { name: 'q.onnx', format: 'onnx', uri: 's3://m/q.onnx', sha256: 'ee'.repeat(32), precision: 'int8' },
        ],
      }),
    );
    await post('/api/benchmarks', benchmarkInput('tagger', 1));
    await post('/api/benchmarks', benchmarkInput('tagger-int8', 1));
    const own = await get('/api/models/tagger/versions/1/benchmarks');
    expect(own.status).toBe(200);
    expect(own.json.items.map((r: { model: { slug: string } }) => r.model.slug)).toEqual(['tagger']);
    const family = await get('/api/models/tagger/versions/1/benchmarks?include=family&sort=p50');
    expect(family.json.items.map((r: { artifact: { precision: string } }) => r.artifact.precision).sort()).toEqual([
      'fp32',
      'int8',
    ]);
    const fromVariant = await get('/api/models/tagger-int8/versions/1/benchmarks?include=family');
    expect(fromVariant.json.total).toBe(2);
    expect((await get('/api/models/tagger/versions/5/benchmarks')).status).toBe(404);
    expect((await get('/api/models/tagger/versions/0/benchmarks')).status).toBe(400);
  });
});

describe('POST /api/benchmarks/community', () => {
  const UA =
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/140.0.7339.80 Safari/537.36';
  const community = (overrides: Record<string, unknown> = {}) => ({
    model: 'tagger',
    version: 1,
    engine: { name: 'onnxruntime-web', version: '1.30.0', executionProvider: 'webgpu' },
    device: {
      webgpuAdapter: { vendor: 'google', architecture: 'swiftshader', description: '' },
      hardwareConcurrency: 8,
    },
    settings: { batchSize: 1, warmupRuns: 5, runsPerSample: 10 },
    results: {
      iterations: 2000,
      durationMs: 1500,
      latencyMs: { min: 0.3, mean: 0.4, p50: 0.38, p90: 0.5, p99: 0.9, p999: 1.5 },
      p50StabilityCv: 0.03,
    },
    ...overrides,
  });
  const send = (body: unknown, client = '198.51.100.1') =>
    post('/api/benchmarks/community', body, null, { 'user-agent': UA, 'x-test-client': client });

  it('stores a community result with the device from the user agent and the adapter, marked software-rendered', async () => {
    const res = await send(community());
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({
      provenance: { source: 'community', submitter: 'anonymous visitor' },
      hardware: {
        browser: { name: 'Chrome Headless', version: '140.0.7339.80' },
        webgpuAdapter: { vendor: 'google', softwareRendered: true },
        description: 'Linux x86_64, 8 logical cores',
      },
      hardwareLabel: 'Chrome Headless 140 · google swiftshader (software-rendered)',
      software: { os: 'Linux x86_64', runtime: 'Chrome Headless 140.0.7339.80' },
      validity: { valid: true },
    });
    expect(res.json.results.throughputPerSec).toBeCloseTo((1 * 2000 * 1000) / 1500, 6);
    expect(res.json.validity.flags.map((f: { code: string }) => f.code)).toEqual(
      expect.arrayContaining(['community', 'software_rendered']),
    );
    expect((await get('/api/benchmarks?source=community')).json.total).toBe(1);
  });

  it('cannot claim another source, another engine or extra fields (400)', async () => {
    expect((await send(community({ source: 'harness' }))).json.error.details.issues[0].path).toBe('source');
    expect(
      (await send(community({ engine: { name: 'tensorrt', version: '10', executionProvider: 'wasm' } }))).status,
    ).toBe(400);
    expect((await send(community({ provenance: { source: 'ci' } }))).status).toBe(400);
  });

  it('accepts public models only and checks the numbers (422)', async () => {
    await post('/api/models', modelInput({ slug: 'hidden', visibility: 'internal' }));
    await post('/api/models/hidden/versions', modelVersionInput());
    expect((await send(community({ model: 'hidden' }))).json.error.code).toBe('unknown_model');
    expect((await send(community({ version: 4 }))).json.error.code).toBe('unknown_model_version');
    const implausible = await send(community({ results: { ...community().results, iterations: 100_000 } }));
    expect(implausible.status).toBe(422);
    expect(implausible.json.error.code).toBe('implausible_result');
  });

  it('limits each client to 20 submissions an hour (429 with Retry-After)', async () => {
    for (let i = 0; i < 20; i++) expect((await send(community(), '198.51.100.9')).status).toBe(201);
    const limited = await send(community(), '198.51.100.9');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await send(community(), '198.51.100.10')).status).toBe(201);
  });
});

describe('OpenAPI', () => {
  it('documents the benchmark routes with their schemas', async () => {
    const doc = (await get('/api/openapi.json')).json;
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/benchmarks',
        '/api/benchmarks/{id}',
        '/api/benchmarks/community',
        '/api/models/{slug}/versions/{version}/benchmarks',
      ]),
    );
    expect(doc.components.schemas).toHaveProperty('BenchmarkResult');
    expect(doc.components.schemas).toHaveProperty('BenchmarkCreate');
    expect(Object.keys(doc.paths['/api/benchmarks'].get.responses['200'].content)).toEqual([
      'application/json',
      'text/csv',
    ]);
  });
});

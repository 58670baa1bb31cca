import { beforeEach, describe, expect, it } from 'vitest';
import { resolveConfig } from '../../functions/config';
import { benchmarkPage, bestBenchmarks, getBenchmark, listBenchmarks } from '../../functions/services/benchmarks';
import {
  benchmarkListing,
  benchmarkListParams,
  benchmarkSummary,
  harnessTarget,
  readBenchmarkListQuery,
  versionBenchmarks,
} from '../../functions/services/benchmark-pages';
import type { ServiceContext } from '../../functions/hub';
import type { BenchmarkResultJson } from '../../src/lib/benchmarks/result-json';
import { bestByEngineAndHardware } from '../../src/lib/benchmarks/series';
import { benchmarkInput, createTestToken, modelInput, modelVersionInput } from '../factories';
import { createTestHub, type TestHub } from '../helpers/app';

let hub: TestHub;
let ctx: ServiceContext;
let cms: string;

const post = async (path: string, body: unknown) => {
  const res = await hub.call('POST', path, { body, headers: { authorization: cms } });
  expect(res.status, JSON.stringify(res.json)).toBe(201);
  return res.json;
};

/** A result of `model` v`version` at `batch` with the given p50 (and a throughput to match). */
const result = (
  model: string,
  version: number,
  batch: number,
  p50: number,
  overrides: Record<string, unknown> = {},
) => {
  const base = benchmarkInput(model, version);
  return post('/api/benchmarks', {
    ...base,
    settings: { ...base.settings, batchSize: batch },
    results: {
      ...base.results,
      iterations: 1000,
      durationMs: Math.max(2100, 1000 * p50),
      latencyMs: {
        ...base.results.latencyMs,
        min: p50 / 2,
        mean: p50,
        p50,
        p90: p50 * 2,
        p95: p50 * 2,
        p99: p50 * 3,
        p999: p50 * 4,
        max: p50 * 5,
      },
      throughputPerSec: (batch * 1000) / p50,
    },
    ...overrides,
  }) as Promise<BenchmarkResultJson>;
};

beforeEach(async () => {
  hub = await createTestHub();
  ctx = { db: hub.db, config: resolveConfig({}) };
  cms = (await createTestToken(hub.db, ['write'], 'cms')).authorization;
  await post('/api/models', modelInput({ slug: 'tagger', name: 'Jet tagger' }));
  await post(
    '/api/models/tagger/versions',
    modelVersionInput({
      artifacts: [
        {
          name: 'tagger.onnx',
          format: 'onnx',
          uri: 'https://hub.example/models/tagger.onnx',
          sha256: 'ab'.repeat(32),
          precision: 'fp32',
        },
      ],
    }),
  );
});

describe('benchmark pages service', () => {
  it('pages through results by offset with the total, and has no page past the last', async () => {
    for (let i = 1; i <= 5; i++) await result('tagger', 1, i, 0.1 * i);
    const first = await benchmarkPage(ctx, { filters: {}, page: null, pageSize: 2 });
    const third = await benchmarkPage(ctx, { filters: {}, page: '3', pageSize: 2 });
    expect(first!.window).toMatchObject({ page: 1, pageCount: 3, total: 5 });
    expect(first!.items.map((r) => r.settings.batchSize)).toEqual([5, 4]);
    expect(third!.items.map((r) => r.settings.batchSize)).toEqual([1]);
    expect(await benchmarkPage(ctx, { filters: {}, page: '4', pageSize: 2 })).toBeNull();
    expect(await benchmarkPage(ctx, { filters: {}, page: 'x', pageSize: 2 })).toBeNull();
    const byLatency = await benchmarkPage(ctx, { filters: {}, sort: 'p50', page: '2', pageSize: 2 });
    expect(byLatency!.items.map((r) => r.settings.batchSize)).toEqual([3, 4]);
    expect((await benchmarkPage(ctx, { filters: { batchSize: 9 }, page: null, pageSize: 2 }))!.window).toMatchObject({
      page: 1,
      pageCount: 1,
      total: 0,
    });
  });

  it('lists for the API with a cursor and the same items as the pages', async () => {
    for (let i = 1; i <= 3; i++) await result('tagger', 1, i, 0.1 * i);
    const api = await listBenchmarks(ctx, undefined, { filters: {}, sort: 'recorded', limit: 2 });
    expect(api.total).toBe(3);
    expect(api.next).not.toBeNull();
    const page = await benchmarkPage(ctx, { filters: {}, page: null, pageSize: 2 });
    expect(page!.items).toEqual(api.items);
  });

  it('finds the same best figures in the database as the pure overview does over every result', async () => {
    await post('/api/models', modelInput({ slug: 'calo', task: 'calibration' }));
    await post('/api/models/calo/versions', modelVersionInput());
    await result('tagger', 1, 1, 0.05);
    await result('tagger', 1, 1, 0.04);
    await result('tagger', 1, 8, 0.2);
    await result('tagger', 1, 64, 1.1);
    // Invalid (too short) and community runs are counted but set no figure.
    await result('tagger', 1, 1, 0.001, {
      results: { ...benchmarkInput('tagger', 1).results, iterations: 50, durationMs: 100 },
    });
    await result('tagger', 1, 1, 0.03, {
      engine: { name: 'onnxruntime-web', version: '1.30.0', executionProvider: 'wasm' },
      hardware: { browser: { name: 'Chrome', version: '140.0', userAgent: 'Chrome/140.0' } },
      provenance: { source: 'browser' },
    });
    await hub.call('POST', '/api/benchmarks/community', {
      body: {
        model: 'tagger',
        version: 1,
        engine: { name: 'onnxruntime-web', version: '1.30.0', executionProvider: 'wasm' },
        settings: { batchSize: 1, warmupRuns: 5 },
        results: {
          iterations: 2000,
          durationMs: 1500,
          latencyMs: { min: 0.001, mean: 0.002, p50: 0.002, p90: 0.003, p99: 0.004, p999: 0.005 },
          p50StabilityCv: 0.01,
        },
      },
      headers: { 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) Chrome/140.0.1.2 Safari/537.36' },
    });
    await result('calo', 1, 4, 2);

    const all = (await listBenchmarks(ctx, undefined, { filters: {}, sort: 'recorded', limit: 100 })).items;
    const best = await bestBenchmarks(ctx, {}, 100);
    expect(best.rows).toEqual(bestByEngineAndHardware(all));
    const cpu = best.rows.find((r) => r.model === 'tagger' && r.engine.includes('cpu'))!;
    expect(cpu).toMatchObject({
      latency: { p50: 0.04, batch: 1 },
      throughput: { batch: 64 },
      valid: 4,
      invalid: 1,
      community: 0,
    });
    // The community run shares the browser run's setup: counted there, but the browser run sets the figure.
    expect(best.rows.find((r) => r.model === 'tagger' && r.engine.includes('wasm'))).toMatchObject({
      latency: { p50: 0.03 },
      valid: 1,
      community: 1,
    });
    expect(best.total).toBe(3);
    expect((await bestBenchmarks(ctx, {}, 2)).rows).toHaveLength(2);
    expect((await bestBenchmarks(ctx, { engine: 'onnxruntime-web' }, 10)).rows.map((r) => r.hardware)).toEqual([
      'Chrome 140',
    ]);

    const summary = await benchmarkSummary(ctx, 'tagger', 1, 10);
    expect(summary).toMatchObject({ count: 7, invalid: 1, total: 2 });
    expect(await benchmarkSummary(ctx, 'nope', undefined, 10)).toBeNull();
  });

  it('reads the list page filters as the API does, leaving out empty fields and naming bad ones', async () => {
    const read = readBenchmarkListQuery(
      new URLSearchParams('model=&engine=onnxruntime-node&valid=true&batch=8&sort=&page=3'),
    );
    expect(read).toEqual({ ok: true, query: { engine: 'onnxruntime-node', valid: true, batch: 8, sort: 'recorded' } });
    expect(read.ok && benchmarkListParams(read.query).toString()).toBe('engine=onnxruntime-node&valid=true&batch=8');
    const bad = readBenchmarkListQuery(new URLSearchParams('valid=maybe&batch=0&sort=fastest'));
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.problems.join(' ')).toMatch(/\?valid=maybe.*\?batch=0.*\?sort=fastest/);
  });

  it('answers the list page: not-found for an unknown model or page, bad-query for bad filters', async () => {
    await result('tagger', 1, 1, 0.05);
    const sizes = { pageSize: 10, bestLimit: 10 };
    const ok = await benchmarkListing(ctx, new URLSearchParams('model=tagger'), sizes);
    expect(ok.status === 'ok' && ok.listing).toMatchObject({
      filtered: true,
      page: { window: { total: 1 } },
      best: { total: 1 },
      facets: {
        models: [{ slug: 'tagger', name: 'Jet tagger' }],
        engines: ['onnxruntime-node'],
        providers: ['cpu'],
        precisions: ['fp32'],
      },
    });
    expect((await benchmarkListing(ctx, new URLSearchParams('model=unknown-model'), sizes)).status).toBe('not-found');
    expect((await benchmarkListing(ctx, new URLSearchParams('page=2'), sizes)).status).toBe('not-found');
    expect((await benchmarkListing(ctx, new URLSearchParams('valid=perhaps'), sizes)).status).toBe('bad-query');
    const unfiltered = await benchmarkListing(ctx, new URLSearchParams('sort=p50'), sizes);
    expect(unfiltered.status === 'ok' && unfiltered.listing.filtered).toBe(false);
  });

  it("shows a version with its public relatives and never an internal model's results", async () => {
    await post('/api/models', modelInput({ slug: 'tagger-int8' }));
    await post('/api/models/tagger-int8/versions', modelVersionInput({ parent: { model: 'tagger', version: 1 } }));
    await post('/api/models', modelInput({ slug: 'tagger-secret', visibility: 'internal' }));
    await post('/api/models/tagger-secret/versions', modelVersionInput({ parent: { model: 'tagger', version: 1 } }));
    await result('tagger', 1, 1, 0.05);
    await result('tagger-int8', 1, 1, 0.03);
    const secret = await result('tagger-secret', 1, 1, 0.01);

    const page = await versionBenchmarks(ctx, 'tagger', 1);
    expect(page).toMatchObject({
      model: { slug: 'tagger' },
      version: 1,
      relatives: [{ model: 'tagger-int8', version: 1 }],
    });
    const results = await benchmarkPage(ctx, { filters: page!.filters, page: null, pageSize: 10 });
    expect(results!.items.map((r) => r.model.slug).sort()).toEqual(['tagger', 'tagger-int8']);
    expect(await versionBenchmarks(ctx, 'tagger', 2)).toBeNull();
    expect(await versionBenchmarks(ctx, 'tagger-secret', 1)).toBeNull();
    expect(await getBenchmark(ctx, secret.id)).toBeUndefined();
    expect((await getBenchmark(ctx, secret.id, { groupId: 'cms', admin: false }))?.result.id).toBe(secret.id);
  });

  it('names the file the browser harness measures, or why there is none', async () => {
    expect(await harnessTarget(ctx, 'tagger')).toEqual({
      target: {
        model: { slug: 'tagger', name: 'Jet tagger' },
        version: 1,
        artifact: {
          name: 'tagger.onnx',
          uri: 'https://hub.example/models/tagger.onnx',
          sha256: 'ab'.repeat(32),
          precision: 'fp32',
          sparsityPct: null,
        },
      },
    });
    expect(await harnessTarget(ctx, 'tagger', 3)).toEqual({ missing: 'Jet tagger has no version 3.' });
    expect(await harnessTarget(ctx, 'unknown-model')).toEqual({
      missing: 'The catalog has no public model "unknown-model".',
    });
  });
});

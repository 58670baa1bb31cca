import { beforeEach, describe, expect, it } from 'vitest';
import { resolveConfig } from '../../functions/config';
import type { ServiceContext } from '../../functions/hub';
import { hardwarePoolPage } from '../../functions/services/hardware-pages';
import { toolHardwarePools } from '../../functions/services/tool-pools';
import { benchmarkInput, createTestToken, insertTestTool, modelInput, modelVersionInput } from '../factories';
import { createLifecycleHub, sourceFor, type LifecycleHub } from '../helpers/lifecycle';

let hub: LifecycleHub;
let cms: string;
let ctx: ServiceContext;

beforeEach(async () => {
  hub = await createLifecycleHub();
  ctx = { db: hub.db, config: resolveConfig({ publicUrl: 'https://hub.example.org' }) };
  cms = (await createTestToken(hub.db, ['write'], 'cms')).authorization;
  const admin = (await createTestToken(hub.db, ['admin'], 'it')).authorization;
  await insertTestTool(hub.db, { slug: 'condor-gpus', status: 'published' });
  const pool = await hub.call('POST', '/api/hardware', {
    body: {
      slug: 'epn-farm',
      name: 'EPN farm',
      summary: 'GPUs for reconstruction.',
      site: 'LHC Point 2',
      zone: 'online',
      availability: 'opportunistic',
      access: 'Ask the ALICE computing coordinators.',
      accelerators: [{ kind: 'gpu', vendor: 'AMD', model: 'AMD MI50', memoryGb: 32, count: 8 }],
      scheduler: 'slurm',
      tools: ['condor-gpus'],
    },
    headers: { authorization: admin },
  });
  expect(pool.status).toBe(201);
  await hub.call('POST', '/api/models', { body: modelInput({ slug: 'tagger' }), headers: { authorization: cms } });
  await hub.call('POST', '/api/models/tagger/versions', { body: modelVersionInput(), headers: { authorization: cms } });
  // Several API calls: slow on a loaded machine.
}, 30_000);

const post = (body: unknown) => hub.call('POST', '/api/benchmarks', { body, headers: { authorization: cms } });

describe('benchmark results name a hardware pool', () => {
  it('stores the pool and returns it; the pool page lists the result as measured on it', async () => {
    const res = await post({ ...benchmarkInput('tagger', 1), hardwarePool: 'epn-farm' });
    expect(res.status).toBe(201);
    expect(res.json.hardwarePool).toBe('epn-farm');
    expect((await hub.call('GET', `/api/benchmarks/${res.json.id}`)).json.hardwarePool).toBe('epn-farm');
    const other = await post(benchmarkInput('tagger', 1));
    expect(other.json.hardwarePool).toBeNull();

    const page = await hardwarePoolPage(ctx, 'epn-farm');
    expect(page!.onPool.map((b) => b.id)).toEqual([res.json.id]);
  });

  it('refuses an unknown pool with 422 naming the field, and a malformed one with 400', async () => {
    const unknown = await post({ ...benchmarkInput('tagger', 1), hardwarePool: 'no-such-pool' });
    expect(unknown.status).toBe(422);
    expect(unknown.json.error.details.issues[0]).toMatchObject({ in: 'body', path: 'hardwarePool' });
    const malformed = await post({ ...benchmarkInput('tagger', 1), hardwarePool: 'Not A Slug' });
    expect(malformed.status).toBe(400);
    expect(malformed.json.error.details.issues[0]).toMatchObject({ in: 'body', path: 'hardwarePool' });
  });

  it('takes the pool from a signed benchmark.completed event, and refuses an unknown one there too', async () => {
    const source = await sourceFor(hub, 'cms');
    const { model, version, ...result } = benchmarkInput('tagger', 1);
    const event = (pool: string) => ({
      type: 'benchmark.completed',
      data: {
        model,
        version,
        engine: 'onnxruntime-node 1.30.0 · cpu',
        hardware: 'AMD EPYC 7763, 16 cores',
        settings: { batch: 1, threads: 1 },
        metrics: { latency_p50_ms: 0.055, latency_p99_ms: 0.1, throughput_per_s: 9500 },
        result: { ...result, hardwarePool: pool, provenance: { ...result.provenance, source: 'ci' } },
      },
    });
    expect((await hub.deliver(source, event('epn-farm'))).status).toBe(200);
    expect((await hardwarePoolPage(ctx, 'epn-farm'))!.onPool).toHaveLength(1);
    const refused = await hub.deliver(source, event('nowhere'));
    expect(refused.status).toBe(422);
  });

  it('a tool page lists the pools that name the tool', async () => {
    expect(await toolHardwarePools(ctx, 'condor-gpus')).toEqual([
      { slug: 'epn-farm', name: 'EPN farm', site: 'LHC Point 2' },
    ]);
    expect(await toolHardwarePools(ctx, 'other-tool')).toEqual([]);
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { seedDatabase } from '../../db/seed';
import { SEED_POOLS } from '../../db/seed/hardware';
import { SEED_TOOLS } from '../../db/seed/tools';
import { resolveConfig } from '../../functions/config';
import type { ServiceContext } from '../../functions/hub';
import { hardwareDirectory, hardwarePoolPage } from '../../functions/services/hardware-pages';
import { sitemapEntries, sitemapIndex } from '../../functions/services/sitemap';
import { PoolCreateSchema } from '../../functions/contract/hardware/schema';
import { benchmarkInput, createTestToken, modelInput, modelVersionInput } from '../factories';
import { createTestHub, type TestHub } from '../helpers/app';

let hub: TestHub;
let ctx: ServiceContext;

beforeAll(async () => {
  hub = await createTestHub();
  ctx = { db: hub.db, config: resolveConfig({ publicUrl: 'https://hub.example.org' }) };
  await seedDatabase(hub.db);
  const cms = (await createTestToken(hub.db, ['write'], 'cms')).authorization;
  const alice = (await createTestToken(hub.db, ['write'], 'alice')).authorization;
  const post = (path: string, body: unknown, authorization = cms) =>
    hub.call('POST', path, { body, headers: { authorization } });
  await post('/api/models', modelInput({ slug: 'tagger', name: 'Tagger' }));
  await post('/api/models/tagger/versions', modelVersionInput());
  const gpu = (model: string) => ({
    hardware: { accelerators: [{ kind: 'gpu', model, count: 1 }], cpu: { model: 'AMD EPYC 7B12', cores: 8 } },
  });
  expect((await post('/api/benchmarks', benchmarkInput('tagger', 1, gpu('Tesla T4')))).status).toBe(201);
  await post('/api/benchmarks', benchmarkInput('tagger', 1, gpu('NVIDIA RTX A4000')));
  await post('/api/benchmarks', benchmarkInput('tagger', 1));
  await post(
    '/api/hardware/alice-epn/capacity',
    { freeGpus: 40, totalGpus: 64, queueLength: 3, observedAt: '2026-01-05T08:30:00Z' },
    alice,
  );
});

describe('seeded hardware pools', () => {
  it('seeds at least 8 pools that the API schema accepts, linking only seeded tools, idempotently', async () => {
    expect(SEED_POOLS.length).toBeGreaterThanOrEqual(8);
    const toolSlugs = new Set(SEED_TOOLS.map((t) => t.slug));
    for (const p of SEED_POOLS) {
      const body = {
        slug: p.slug,
        name: p.name,
        summary: p.summary,
        site: p.site,
        zone: p.zone,
        accelerators: p.accelerators,
        precisions: p.precisions,
        scheduler: p.scheduler,
        availability: p.availability,
        access: p.accessMd,
        description: p.descriptionMd,
        tools: p.toolSlugs,
        unverified: p.unverified,
      };
      expect(PoolCreateSchema.safeParse(body).error?.issues ?? []).toEqual([]);
      for (const t of p.toolSlugs) expect(toolSlugs.has(t), `${p.slug} → ${t}`).toBe(true);
    }
    await seedDatabase(hub.db);
    expect((await hub.call('GET', '/api/hardware')).json.total).toBe(SEED_POOLS.length);
  });
});

describe('/hardware/ directory', () => {
  it('filters in SQL from GET parameters, several values per facet, with counts over the other chosen facets', async () => {
    const all = (await hardwareDirectory(ctx, new URLSearchParams()))!;
    expect(all.pools).toHaveLength(SEED_POOLS.length);
    expect(all.window).toMatchObject({ page: 1, total: SEED_POOLS.length });
    const online = (await hardwareDirectory(ctx, new URLSearchParams('zone=online&accelerator=gpu')))!;
    expect(online.pools.map((p) => p.slug).sort()).toEqual(['alice-epn', 'lhcb-hlt1-gpus']);
    const zones = online.facets.find((f) => f.name === 'zone')!.values;
    // Counts for zones among GPU pools: the technical network has none.
    expect(zones.find((f) => f.value === 'technical')).toBeUndefined();
    expect(zones.find((f) => f.value === 'online')!.count).toBe(2);
    expect(online.filterLabel).toBe('Accelerator: GPU · Network zone: Online / UCAP');
    const either = (await hardwareDirectory(ctx, new URLSearchParams('zone=online&zone=technical')))!;
    expect(either.pools.map((p) => p.zone).sort()).toEqual(
      SEED_POOLS.filter((p) => p.zone !== 'general-purpose')
        .map((p) => p.zone)
        .sort(),
    );
    expect(either.filter).toEqual({ zone: ['technical', 'online'] });
    expect(await hardwareDirectory(ctx, new URLSearchParams('page=2'))).toBeUndefined();
  });

  it('names parameters with no such value instead of silently dropping them', async () => {
    const dir = (await hardwareDirectory(ctx, new URLSearchParams('zone=moon&scheduler=slurm')))!;
    expect(dir.invalid).toEqual(['zone=moon']);
    expect(dir.pools).toEqual([]);
  });

  it('summarises capacity from the latest report, else the recorded GPU count', async () => {
    const dir = (await hardwareDirectory(ctx, new URLSearchParams()))!;
    const epn = dir.capacity.find((r) => r.slug === 'alice-epn')!;
    expect(epn).toMatchObject({ totalGpus: 64, freeGpus: 40, queueLength: 3, updatedAt: '2026-01-05T08:30:00.000Z' });
    expect(dir.capacity.find((r) => r.slug === 'lhcb-hlt1-gpus')).toMatchObject({ totalGpus: 500, freeGpus: null });
    expect(dir.capacity.find((r) => r.slug === 'lxplus-gpu')!.totalGpus).toBeNull();
    expect(dir.capacity.find((r) => r.slug === 'ucap')!.totalGpus).toBe(0);
  });
});

describe('/hardware/<slug>/ page', () => {
  it('shows linked tools and the benchmarks whose hardware names the pool accelerator model', async () => {
    const page = (await hardwarePoolPage(ctx, 'lxplus-gpu'))!;
    expect(page.problems).toEqual([]);
    expect(page.tools.map((t) => t.slug)).toEqual(['lxplus-gpu']);
    expect(page.matchedModels).toEqual(['NVIDIA T4']);
    expect(page.benchmarks.map((b) => b.hardware)).toEqual(['Tesla T4 · AMD EPYC 7B12, 8 cores']);
    expect(page.benchmarks[0]).toMatchObject({ model: 'tagger', version: 1, matched: 'NVIDIA T4' });
  });

  it('matches nothing when the pool accelerator model is not recorded', async () => {
    const page = (await hardwarePoolPage(ctx, 'alice-epn'))!;
    expect(page.matchedModels).toEqual([]);
    expect(page.benchmarks).toEqual([]);
    expect(page.pool.capacity).toMatchObject({ freeGpus: 40 });
  });

  it('is undefined for an unknown pool and lists what breaks the schema for a broken row', async () => {
    expect(await hardwarePoolPage(ctx, 'no-such-pool')).toBeUndefined();
    await hub.db.run(`update hardware_pools set zone = 'moon' where slug = 'ucap'` as never);
    const page = (await hardwarePoolPage(ctx, 'ucap'))!;
    expect(page.problems).toEqual([expect.stringMatching(/^zone: /)]);
    await hub.db.run(`update hardware_pools set zone = 'online' where slug = 'ucap'` as never);
  });

  it('is in the sitemap, with the directory among the fixed pages', async () => {
    const index = await sitemapIndex(ctx);
    expect(index).toContain('https://hub.example.org/sitemaps/hardware-1.xml');
    const entries = (await sitemapEntries(ctx, { series: 'hardware', page: 1 }))!;
    expect(entries.map((e) => e.loc)).toContain('https://hub.example.org/hardware/alice-epn/');
    const pages = (await sitemapEntries(ctx, { series: 'pages' }))!;
    expect(pages.map((e) => e.loc)).toContain('https://hub.example.org/hardware/');
  });
});

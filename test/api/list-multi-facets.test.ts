import { beforeAll, describe, expect, it } from 'vitest';
import { seedDatabase } from '../../db/seed';
import { SEED_POOLS } from '../../db/seed/hardware';
import { resolveConfig } from '../../functions/config';
import type { ServiceContext } from '../../functions/hub';
import { DIRECTORY_PAGE_SIZE } from '../../functions/services/catalog-directory';
import { hardwareDirectory } from '../../functions/services/hardware-pages';
import { toolDirectory } from '../../functions/services/tool-directory';
import { insertTestTool } from '../factories';
import { createTestHub, type TestHub } from '../helpers/app';

/** The tools and hardware lists take several values per facet: any value of a facet, every facet. */
let hub: TestHub;
let ctx: ServiceContext;

beforeAll(async () => {
  hub = await createTestHub();
  ctx = { db: hub.db, config: resolveConfig({ publicUrl: 'https://hub.example.org' }) };
  await seedDatabase(hub.db);
  await insertTestTool(hub.db, { slug: 'mt-a', name: 'MT A', categories: ['library'], experiments: ['CMS'] });
  await insertTestTool(hub.db, {
    slug: 'mt-b',
    name: 'MT B',
    categories: ['inference-serving'],
    experiments: ['ATLAS'],
    lifecycle: 'experimental',
  });
  await insertTestTool(hub.db, { slug: 'mt-c', name: 'MT C', categories: ['library'], lifecycle: 'deprecated' });
  await insertTestTool(hub.db, {
    slug: 'mt-pending',
    name: 'MT pending',
    categories: ['library'],
    status: 'pending',
    publishedAt: null,
  });
}, 60_000);

const apiSlugs = async (path: string) => {
  const res = await hub.call('GET', path);
  expect(res.status, JSON.stringify(res.json)).toBe(200);
  return (res.json.items as { slug: string }[]).map((i) => i.slug).sort();
};

describe('GET /api/tools with repeated parameters', () => {
  it('matches any value of one facet and every facet given', async () => {
    const mine = (slugs: string[]) => slugs.filter((s) => s.startsWith('mt-'));
    expect(mine(await apiSlugs('/api/tools?tag=none-such&limit=100'))).toEqual([]);
    expect(mine(await apiSlugs('/api/tools?lifecycle=experimental&lifecycle=deprecated&limit=100'))).toEqual([
      'mt-b',
      'mt-c',
    ]);
    expect(await apiSlugs('/api/tools?experiment=cms&experiment=atlas&category=inference-serving&limit=100')).toEqual(
      expect.arrayContaining(['mt-b']),
    );
    expect(mine(await apiSlugs('/api/tools?experiment=cms&experiment=atlas&category=inference-serving'))).toEqual([
      'mt-b',
    ]);
    const both = await hub.call('GET', '/api/tools?category=library&category=inference-serving&limit=100');
    const one = await hub.call('GET', '/api/tools?category=library&limit=100');
    expect(both.json.total).toBeGreaterThan(one.json.total);
    expect(mine((both.json.items as { slug: string }[]).map((t) => t.slug)).sort()).toEqual(['mt-a', 'mt-b', 'mt-c']);
  });

  it('refuses an unknown value among several with a 400 naming the parameter', async () => {
    const res = await hub.call('GET', '/api/tools?category=library&category=teleportation');
    expect(res.status).toBe(400);
    expect(res.json.error.details.issues[0]).toMatchObject({ in: 'query', path: expect.stringMatching(/^category/) });
  });

  it('answers the same tools as the /tools/ page for the same filter', async () => {
    const query = 'category=library&category=inference-serving&lifecycle=experimental&lifecycle=deprecated';
    const page = (await toolDirectory(ctx, undefined, new URLSearchParams(query)))!;
    expect(page.items.map((t) => t.slug).sort()).toEqual(await apiSlugs(`/api/tools?${query}&limit=100`));
    expect(page.selectedLabel).toBe('Category: Library or Inference / serving · Lifecycle: Experimental or Deprecated');
    expect(page.selected).toEqual({
      category: ['library', 'inference-serving'],
      lifecycle: ['experimental', 'deprecated'],
    });
    // A facet page's value counts as one of them; an unknown query value is ignored and named, an unknown page is a 404 (undefined).
    const facet = (await toolDirectory(
      ctx,
      { facet: 'experiment', slug: 'cms' },
      new URLSearchParams('experiment=atlas'),
    ))!;
    expect(facet.selected).toEqual({ experiment: ['atlas', 'cms'] });
    expect((await toolDirectory(ctx, undefined, new URLSearchParams('category=teleportation')))!.invalid).toEqual([
      'category=teleportation',
    ]);
    expect(
      await toolDirectory(ctx, { facet: 'category', slug: 'teleportation' }, new URLSearchParams()),
    ).toBeUndefined();
    expect(await toolDirectory(ctx, undefined, new URLSearchParams('page=2'))).toBeUndefined();
  });

  it('pages the directory by name, 50 a page', async () => {
    const total = (await toolDirectory(ctx, undefined, new URLSearchParams()))!.window.total;
    for (let i = total; i <= DIRECTORY_PAGE_SIZE; i++) {
      await insertTestTool(hub.db, { slug: `zz-page-${i}`, name: `Zz page ${String(i).padStart(3, '0')}` });
    }
    const first = (await toolDirectory(ctx, undefined, new URLSearchParams()))!;
    expect(first.items).toHaveLength(DIRECTORY_PAGE_SIZE);
    expect(first.window.pageCount).toBe(2);
    const second = (await toolDirectory(ctx, undefined, new URLSearchParams('page=2')))!;
    expect(second.items.length).toBe(first.window.total - DIRECTORY_PAGE_SIZE);
    expect(new Set([...first.items, ...second.items].map((t) => t.slug)).size).toBe(first.window.total);
    expect(await toolDirectory(ctx, undefined, new URLSearchParams('page=3'))).toBeUndefined();
  });
});

describe('GET /api/hardware with repeated parameters', () => {
  it('matches any value of one facet and every facet given, like the /hardware/ page', async () => {
    const expected = (pick: (p: (typeof SEED_POOLS)[number]) => boolean) =>
      SEED_POOLS.filter(pick)
        .map((p) => p.slug)
        .sort();
    expect(await apiSlugs('/api/hardware?zone=online&zone=technical')).toEqual(
      expected((p) => p.zone === 'online' || p.zone === 'technical'),
    );
    const query = 'zone=online&zone=technical&accelerator=gpu&accelerator=fpga';
    const both = await apiSlugs(`/api/hardware?${query}`);
    expect(both).toEqual(
      expected(
        (p) =>
          (p.zone === 'online' || p.zone === 'technical') &&
          p.accelerators.some((a) => a.kind === 'gpu' || a.kind === 'fpga'),
      ),
    );
    expect(both.length).toBeGreaterThan(0);
    const page = (await hardwareDirectory(ctx, new URLSearchParams(query)))!;
    expect(page.pools.map((p) => p.slug).sort()).toEqual(both);
    expect(page.filterLabel).toBe('Accelerator: GPU or FPGA · Network zone: Technical network or Online / UCAP');
  });

  it('refuses an unknown value among several with a 400', async () => {
    const res = await hub.call('GET', '/api/hardware?zone=online&zone=moon');
    expect(res.status).toBe(400);
    expect(res.json.error.details.issues[0]).toMatchObject({ in: 'query' });
  });
});

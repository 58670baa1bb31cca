import { beforeAll, describe, expect, it } from 'vitest';
import { resolveConfig } from '../../functions/config';
import type { ServiceContext } from '../../functions/hub';
import { homeSummary } from '../../functions/services/home';
import { toolDirectory } from '../../functions/services/tool-directory';
import { toolPage } from '../../functions/services/tools';
import { createTestToken, datasetInput, insertTestTool, modelInput, modelVersionInput } from '../factories';
import { createTestHub, type TestHub } from '../helpers/app';

let hub: TestHub;
let ctx: ServiceContext;

beforeAll(async () => {
  hub = await createTestHub();
  ctx = { db: hub.db, config: resolveConfig({ publicUrl: 'https://hub.example.org' }) };
  const t = (days: number) => new Date(Date.UTC(2026, 0, days));
  await insertTestTool(hub.db, {
    slug: 'slurm',
    name: 'Slurm',
    categories: ['batch-hpc'],
    experiments: ['CMS'],
    publishedAt: t(1),
  });
  await insertTestTool(hub.db, {
    slug: 'allen',
    name: 'Allen',
    categories: ['library'],
    experiments: ['LHCb'],
    publishedAt: t(3),
  });
  await insertTestTool(hub.db, {
    slug: 'hls4ml',
    name: 'hls4ml',
    categories: ['compiler-conversion', 'library'],
    publishedAt: t(2),
  });
  await insertTestTool(hub.db, { slug: 'waiting', status: 'pending', publishedAt: null });
  // A link written straight into the database, past the API's validation.
  await insertTestTool(hub.db, {
    slug: 'broken',
    name: 'Broken',
    links: { homepage: 'javascript:alert(1)' },
    publishedAt: t(0),
  });

  const cms = (await createTestToken(hub.db, ['write'], 'cms')).authorization;
  const maintainer = (await createTestToken(hub.db, ['maintainer'], 'cms')).authorization;
  const call = (method: string, path: string, body: unknown, authorization = cms) =>
    hub.call(method, path, { body, headers: { authorization } });
  await call('POST', '/api/models', modelInput({ slug: 'live' }));
  await call('POST', '/api/models/live/versions', modelVersionInput());
  await call('PUT', '/api/models/live/aliases/production', { version: 1, reason: 'First release' }, maintainer);
  await call('POST', '/api/models', modelInput({ slug: 'draft' }));
  await call('POST', '/api/models', modelInput({ slug: 'internal', visibility: 'internal' }));
  await call('POST', '/api/datasets', datasetInput());
});

describe('home page service', () => {
  it('counts published tools and their categories, public models (those in production) and datasets, with the newest tools', async () => {
    const home = await homeSummary(ctx);
    expect(home.tools.count).toBe(4);
    expect(home.tools.categories).toBe(3);
    expect(home.tools.recent.map((t) => t.slug)).toEqual(['allen', 'hls4ml', 'slurm', 'broken']);
    expect(home.catalog).toEqual({ models: 2, modelsInProduction: 1, datasets: 1 });
  });
});

describe('tool page services', () => {
  it('lists the published tools by name, as the API shows them', async () => {
    const tools = (await toolDirectory(ctx, undefined, new URLSearchParams()))!.items;
    expect(tools.map((t) => t.slug)).toEqual(['allen', 'broken', 'hls4ml', 'slurm']);
    expect(tools[0]).toMatchObject({ url: 'https://hub.example.org/tools/allen/', status: 'published' });
  });

  it('finds a facet page only for a value some tool has', async () => {
    const page = (facet: string, slug: string) => toolDirectory(ctx, { facet, slug }, new URLSearchParams());
    expect((await page('experiment', 'lhcb'))?.active).toEqual({ facet: 'experiment', slug: 'lhcb', label: 'LHCb' });
    expect((await page('category', 'library'))?.active).toMatchObject({ label: 'Library' });
    expect(await page('experiment', 'atlas')).toBeUndefined();
    expect(await page('colour', 'blue')).toBeUndefined();
    expect(await page('constructor', 'x')).toBeUndefined();
  });

  it('has a page for a published tool only, and says what breaks a stored entry the schema refuses', async () => {
    expect(await toolPage(ctx, 'slurm')).toMatchObject({ tool: { slug: 'slurm', name: 'Slurm' }, problems: [] });
    expect(await toolPage(ctx, 'waiting')).toBeUndefined();
    expect(await toolPage(ctx, 'nope')).toBeUndefined();
    expect((await toolPage(ctx, 'broken'))?.problems).toEqual([expect.stringMatching(/^links.homepage: /)]);
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { resolveConfig } from '../../functions/config';
import type { ServiceContext } from '../../functions/hub';
import { sitemapEntries, sitemapIndex, STATIC_PAGES } from '../../functions/services/sitemap';
import { parseSitemapName } from '../../src/lib/sitemap';
import { createTestToken, datasetInput, insertTestTool, modelInput, modelVersionInput } from '../factories';
import { createTestHub, type TestHub } from '../helpers/app';

let hub: TestHub;
let ctx: ServiceContext;
const PAGE = 2;

const file = (name: string) => parseSitemapName(name)!;
const locs = async (name: string) => (await sitemapEntries(ctx, file(name), PAGE))?.map((e) => e.loc) ?? null;

beforeAll(async () => {
  hub = await createTestHub();
  ctx = { db: hub.db, config: resolveConfig({ publicUrl: 'https://hub.example.org' }) };
  const cms = (await createTestToken(hub.db, ['write'], 'cms')).authorization;
  const post = (path: string, body: unknown) => hub.call('POST', path, { body, headers: { authorization: cms } });
  for (const slug of ['alpha', 'beta', 'gamma']) await insertTestTool(hub.db, { slug });
  await insertTestTool(hub.db, { slug: 'waiting', status: 'pending', publishedAt: null });
  await post('/api/models', modelInput({ slug: 'tagger' }));
  await post('/api/models', modelInput({ slug: 'secret', visibility: 'internal' }));
  for (let i = 0; i < 3; i++) await post('/api/models/tagger/versions', modelVersionInput());
  await post('/api/models/secret/versions', modelVersionInput());
  await post('/api/datasets', datasetInput({ slug: 'ttbar' }));
  await post('/api/datasets', datasetInput({ slug: 'hidden-set', visibility: 'internal' }));
});

describe('sitemap (services behind /sitemap.xml and /sitemaps/<file>.xml)', () => {
  it('indexes the fixed pages and each kind in files of the page size, by absolute URL, leaving out empty and private ones', async () => {
    expect(await sitemapIndex(ctx, PAGE)).toEqual([
      'https://hub.example.org/sitemaps/pages.xml',
      'https://hub.example.org/sitemaps/tools-1.xml',
      'https://hub.example.org/sitemaps/tools-2.xml',
      'https://hub.example.org/sitemaps/models-1.xml',
      'https://hub.example.org/sitemaps/model-versions-1.xml',
      'https://hub.example.org/sitemaps/model-versions-2.xml',
      'https://hub.example.org/sitemaps/datasets-1.xml',
    ]);
  });

  it('lists published tools, public models, their versions and public datasets, each once across the files', async () => {
    expect([...(await locs('tools-1'))!, ...(await locs('tools-2'))!]).toEqual(
      ['alpha', 'beta', 'gamma'].map((s) => `https://hub.example.org/tools/${s}/`),
    );
    expect(await locs('models-1')).toEqual(['https://hub.example.org/models/tagger/']);
    expect([...(await locs('model-versions-1'))!, ...(await locs('model-versions-2'))!]).toEqual(
      [1, 2, 3].map((v) => `https://hub.example.org/models/tagger/v/${v}/`),
    );
    expect(await locs('datasets-1')).toEqual(['https://hub.example.org/datasets/ttbar/']);
    const [version] = (await sitemapEntries(ctx, file('model-versions-1'), PAGE))!;
    expect(version!.lastmod).toBeInstanceOf(Date);
  });

  it('lists the fixed pages, and has no file past the end of a series', async () => {
    expect(await locs('pages')).toEqual(STATIC_PAGES.map((p) => `https://hub.example.org${p}`));
    expect(await locs('pages')).toContain('https://hub.example.org/demos/pid-dedx/');
    expect(await locs('tools-3')).toBeNull();
    expect(await locs('models-2')).toBeNull();
  });
});

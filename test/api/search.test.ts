import { beforeEach, describe, expect, it } from 'vitest';
import { createTestToken, datasetInput, insertTestTool, modelInput, modelVersionInput } from '../factories';
import { createTestHub, type TestHub } from '../helpers/app';
import { resolveConfig } from '../../functions/config';

let hub: TestHub;
let cms: string;
let atlas: string;

const post = (path: string, body: unknown, authorization = cms) =>
  hub.call('POST', path, { body, headers: { authorization } });
const search = async (query: string) => (await hub.call('GET', `/api/search?${query}`)).json;
const slugs = async (query: string) => (await search(query)).hits.map((h: { slug: string }) => h.slug);
const artifact = (format: string, precision: string, framework: string) => ({
  name: `${format}-${precision}`,
  format,
  uri: `s3://m/${format}`,
  precision,
  framework,
});

beforeEach(async () => {
  hub = await createTestHub();
  cms = (await createTestToken(hub.db, ['write'], 'cms')).authorization;
  atlas = (await createTestToken(hub.db, ['write'], 'atlas')).authorization;
  await post(
    '/api/models',
    modelInput({
      slug: 'deepjet',
      name: 'DeepJet',
      summary: 'Jet flavour tagging with a graph network.',
      task: 'jet-tagging',
      license: 'Apache-2.0',
      tags: ['b-tagging'],
      card: 'Trained on **ttbar** events with pile-up.',
    }),
  );
  await post('/api/models/deepjet/versions', modelVersionInput({ artifacts: [artifact('onnx', 'fp32', 'pytorch')] }));
  await post('/api/models/deepjet/versions', modelVersionInput({ artifacts: [artifact('onnx', 'fp16', 'pytorch')] }));
  await post(
    '/api/models',
    modelInput({
      slug: 'l1-anomaly',
      name: 'L1 anomaly detector',
      summary: 'Autoencoder in the level-1 trigger.',
      task: 'anomaly-detection',
    }),
    atlas,
  );
  await post(
    '/api/models/l1-anomaly/versions',
    modelVersionInput({ artifacts: [artifact('hls4ml', 'ap_fixed<16,6>', 'keras')] }),
    atlas,
  );
  await post(
    '/api/datasets',
    datasetInput({
      slug: 'jet-images',
      name: 'Jet images',
      summary: 'Calorimeter jet images for tagging studies.',
      format: 'hdf5',
    }),
  );
  await insertTestTool(hub.db, {
    slug: 'jet-notebooks',
    name: 'Jet notebooks',
    summary: 'Notebooks for jet studies.',
    ownerGroupId: null,
  });
});

describe('GET /api/search', () => {
  it('finds models, datasets and tools in one ranked list, with snippets and badges', async () => {
    const result = await search('q=jet');
    expect(result.hits.map((h: { kind: string; slug: string }) => `${h.kind}:${h.slug}`).sort()).toEqual([
      'dataset:jet-images',
      'model:deepjet',
      'tool:jet-notebooks',
    ]);
    expect(result).toMatchObject({ total: 3, totalExact: true, facetsExact: true, nextCursor: null });
    const deepjet = result.hits.find((h: { slug: string }) => h.slug === 'deepjet');
    expect(deepjet).toMatchObject({
      url: 'http://localhost:4321/models/deepjet/',
      badges: ['Jet tagging', 'ONNX', 'CMS'],
    });
    const card = await search('q=ttbar');
    expect(card.hits[0].snippetHtml).toContain('<mark>ttbar</mark>');
  });

  it('counts facet values over the matches, and narrows by kind and facets', async () => {
    const all = await search('q=');
    expect(all.total).toBe(4);
    expect(all.facets.kind).toEqual(
      expect.arrayContaining([
        { value: 'model', label: 'Models', count: 2 },
        { value: 'dataset', label: 'Datasets', count: 1 },
      ]),
    );
    expect(all.facets.precision).toEqual(
      expect.arrayContaining([
        { value: 'fp16', label: 'fp16', count: 1 },
        { value: 'ap_fixed<16,6>', label: 'ap_fixed<16,6>', count: 1 },
      ]),
    );
    expect(all.facets.format).toEqual(
      expect.arrayContaining([
        { value: 'hdf5', label: 'HDF5', count: 1 },
        { value: 'hls4ml', label: 'hls4ml project', count: 1 },
      ]),
    );
    expect(await slugs('kind=model')).toEqual(['l1-anomaly', 'deepjet']);
    expect(await slugs('group=atlas')).toEqual(['l1-anomaly']);
    expect(await slugs('q=jet&kind=model&framework=pytorch&precision=fp16')).toEqual(['deepjet']);
    expect(await slugs(`precision=${encodeURIComponent('ap_fixed<16,6>')}`)).toEqual(['l1-anomaly']);
    expect(await slugs('task=jet-tagging&license=Apache-2.0')).toEqual(['deepjet']);
    expect(await slugs('format=hdf5')).toEqual(['jet-images']);
    expect(await slugs('task=tracking')).toEqual([]);
  });

  it('counts a filtered facet as if unfiltered, so its other values stay visible', async () => {
    const result = await search('kind=model');
    expect(result.hits).toHaveLength(2);
    expect(result.facets.kind.map((k: { value: string }) => k.value).sort()).toEqual(['dataset', 'model', 'tool']);
    expect(result.facets.group).toEqual(expect.arrayContaining([{ value: 'atlas', label: 'ATLAS', count: 1 }]));
  });

  it('keeps the index in sync: renames, new artifacts and internal models', async () => {
    await hub.call('PATCH', '/api/models/deepjet', { body: { name: 'ParticleNet' }, headers: { authorization: cms } });
    expect(await slugs('q=particlenet')).toEqual(['deepjet']);
    expect(await slugs('q=deepjet')).toEqual([]);
    await post(
      '/api/models/deepjet/versions',
      modelVersionInput({ artifacts: [artifact('torchscript', 'bf16', 'pytorch')] }),
    );
    expect(await slugs('format=torchscript')).toEqual(['deepjet']);
    expect(await slugs('q=torchscript')).toEqual(['deepjet']);
    await hub.call('PATCH', '/api/models/deepjet', {
      body: { visibility: 'internal' },
      headers: { authorization: cms },
    });
    expect(await slugs('q=particlenet')).toEqual([]);
    expect((await search('q=')).facets.precision.map((p: { value: string }) => p.value)).toEqual(['ap_fixed<16,6>']);
  });

  it('pages with a cursor without gaps or repeats', async () => {
    for (let i = 0; i < 5; i++) await post('/api/models', modelInput({ slug: `pager-${i}`, name: `Pager model ${i}` }));
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const result: { hits: { slug: string }[]; nextCursor: string | null } = await search(
        `q=pager&limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      );
      seen.push(...result.hits.map((h) => h.slug));
      cursor = result.nextCursor;
    } while (cursor);
    expect(seen.sort()).toEqual(['pager-0', 'pager-1', 'pager-2', 'pager-3', 'pager-4']);
  });

  it('ranks entries described by the words before those that only mention them in the card, paging across both', async () => {
    for (let i = 0; i < 3; i++)
      await post(
        '/api/models',
        modelInput({ slug: `card-only-${i}`, name: `Model ${i}`, card: 'Robust against zeppelin noise.' }),
      );
    for (let i = 0; i < 2; i++)
      await post('/api/models', modelInput({ slug: `named-${i}`, name: `Zeppelin finder ${i}` }));
    const all = await slugs('q=zeppelin&limit=10');
    expect(all.slice(0, 2).sort()).toEqual(['named-0', 'named-1']);
    expect(all.slice(2).sort()).toEqual(['card-only-0', 'card-only-1', 'card-only-2']);
    const paged: string[] = [];
    for (let offset = 0, cursor: string | null = null; ; offset++) {
      const result: { hits: { slug: string }[]; nextCursor: string | null } = await search(
        `q=zeppelin&limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      );
      paged.push(...result.hits.map((h) => h.slug));
      cursor = result.nextCursor;
      if (!cursor) break;
    }
    expect(paged).toEqual(all);
  });

  it('answers 400 for a bad kind, cursor or over-long query; nothing for punctuation only', async () => {
    expect((await hub.call('GET', '/api/search?q=x&kind=paper')).status).toBe(400);
    expect((await hub.call('GET', '/api/search?q=x&cursor=bad')).status).toBe(400);
    expect((await hub.call('GET', `/api/search?q=${'a'.repeat(201)}`)).status).toBe(400);
    expect((await search('q=%22%2A%28')).hits).toEqual([]);
    expect((await search('q=jet&facets=false')).facets.kind).toEqual([]);
  });
});

describe('the /search/ page for its URL (search service, rendered server-side)', () => {
  it('renders hits and facet links for the query and filters', async () => {
    const { searchPage } = await import('../../functions/services/search');
    const { renderSearchFacets, renderSearchResults } = await import('../../src/html/search-results');
    const view = await searchPage({ db: hub.db, config: resolveConfig({}) }, new URLSearchParams('q=jet&kind=model'));
    expect(view.query).toBe('jet');
    expect(view.filters).toEqual({ kind: 'model' });
    const results = renderSearchResults(view);
    const facets = renderSearchFacets(view);
    expect(results).toContain('href="/models/deepjet/"');
    expect(facets).toContain('href="/search/?q=jet&#38;kind=model&#38;group=cms"');
    expect(facets).toContain('aria-current="page"');
  });

  it('groups the hits by kind when no kind is chosen: counts, the first hits, a link to each kind alone', async () => {
    const { searchPage } = await import('../../functions/services/search');
    const { renderSearchResults } = await import('../../src/html/search-results');
    const ctx = { db: hub.db, config: resolveConfig({}) };
    const view = await searchPage(ctx, new URLSearchParams('q=jet'));
    expect(view.groups?.map((g) => g.kind)).toEqual(['model', 'dataset', 'tool']);
    for (const group of view.groups!) {
      const alone = (await hub.call('GET', `/api/search?q=jet&kind=${group.kind}&limit=100`)).json;
      expect(group.total).toBe(alone.total);
      expect(group.hits.map((h) => h.url)).toEqual(alone.hits.slice(0, 5).map((h: { url: string }) => h.url));
    }
    expect(view.total).toBe(view.groups!.reduce((n, g) => n + g.total, 0));
    const html = renderSearchResults(view);
    const shown = view.groups!.filter((g) => g.total > 0);
    expect(shown.length).toBeGreaterThan(0);
    for (const g of shown) expect(html).toContain(`data-search-group="${g.kind}"`);
    const order = shown.map((g) => html.indexOf(`data-search-group="${g.kind}"`));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    for (const g of shown.filter((g) => g.total > g.hits.length)) {
      expect(html).toContain(`href="/search/?q=jet&#38;kind=${g.kind}" data-search-show-all="${g.kind}"`);
    }
  });

  it('searches nothing without words or filters, and starts over on a cursor it did not hand out', async () => {
    const { searchPage } = await import('../../functions/services/search');
    const ctx = { db: hub.db, config: resolveConfig({}) };
    expect((await searchPage(ctx, new URLSearchParams(''))).hits).toEqual([]);
    const first = await searchPage(ctx, new URLSearchParams('q=jet&kind=model'));
    const bad = await searchPage(ctx, new URLSearchParams('q=jet&kind=model&cursor=bad'));
    expect(bad.hits.map((h) => h.url)).toEqual(first.hits.map((h) => h.url));
    expect(first.hits.length).toBeGreaterThan(0);
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import { createTestToken, datasetInput, insertTestTool, modelInput, modelVersionInput } from '../factories';
import { createTestHub, type TestHub } from '../helpers/app';

let hub: TestHub;
let cms: string;

const post = (path: string, body: unknown) => hub.call('POST', path, { body, headers: { authorization: cms } });
const search = async (query: string) => (await hub.call('GET', `/api/search?${query}`)).json;
const slugs = async (query: string) => (await search(query)).hits.map((h: { slug: string }) => h.slug);

beforeEach(async () => {
  hub = await createTestHub();
  cms = (await createTestToken(hub.db, ['write'], 'cms')).authorization;
  await post(
    '/api/models',
    modelInput({ slug: 'l1-anomaly', name: 'L1 anomaly detector', summary: 'Autoencoder in the level-1 trigger.' }),
  );
  await post(
    '/api/models',
    modelInput({ slug: 'anomaly-gnn', name: 'Graph anomaly finder', summary: 'Unsupervised search for new physics.' }),
  );
  await post(
    '/api/models',
    modelInput({
      slug: 'deepjet',
      name: 'DeepJet',
      summary: 'Jet flavour tagging.',
      card: 'Mentions anomally, as typed, in the card.',
    }),
  );
  await post('/api/models/deepjet/versions', modelVersionInput());
  await post(
    '/api/datasets',
    datasetInput({ slug: 'calo-images', name: 'Calorimeter images', summary: 'Jet images.', format: 'hdf5' }),
  );
  await insertTestTool(hub.db, { slug: 'notebooks', name: 'Analysis notebooks', summary: 'Jupyter for the lab.' });
}, 60_000);

describe('typo-tolerant search', () => {
  it('finds the anomaly models for "anomally", after the entry that has the word as typed', async () => {
    const result = await search('q=anomally');
    expect(result.hits.map((h: { slug: string }) => h.slug)).toEqual(['deepjet', 'anomaly-gnn', 'l1-anomaly']);
    expect(result.total).toBe(3);
    expect(result.alternatives).toEqual([{ word: 'anomally', terms: ['anomaly'] }]);
    const l1 = result.hits.find((h: { slug: string }) => h.slug === 'l1-anomaly');
    expect(l1.name).toBe('L1 anomaly detector');
  });

  it('corrects words in any kind, combined with exact words and filters', async () => {
    expect(await slugs('q=calorimetr%20imagse')).toEqual(['calo-images']);
    expect(await slugs('q=notebok')).toEqual(['notebooks']);
    expect(await slugs('q=anomaly%20finderr')).toEqual(['anomaly-gnn']);
    expect(await slugs('q=anomali&kind=dataset')).toEqual([]);
  });

  it('leaves words that match as typed or as a prefix alone', async () => {
    const result = await search('q=anomal');
    expect(result.alternatives).toEqual([]);
    // Described entries first (bm25: the shorter name ranks higher), then the card that has "anomally".
    expect(result.hits.map((h: { slug: string }) => h.slug)).toEqual(['anomaly-gnn', 'l1-anomaly', 'deepjet']);
  });

  it('learns the words of new and renamed entries in the same write', async () => {
    expect(await slugs('q=quarkonium')).toEqual([]);
    await hub.call('PATCH', '/api/models/deepjet', {
      body: { summary: 'Quarkonium tagging.' },
      headers: { authorization: cms },
    });
    expect(await slugs('q=quarkonuim')).toEqual(['deepjet']);
  });

  it('pages through exact and corrected matches without repeating or skipping any', async () => {
    const first = await search('q=anomally&limit=2');
    expect(first.hits.map((h: { slug: string }) => h.slug)).toEqual(['deepjet', 'anomaly-gnn']);
    const second = await search(`q=anomally&limit=2&cursor=${first.nextCursor}`);
    expect(second.hits.map((h: { slug: string }) => h.slug)).toEqual(['l1-anomaly']);
    const third = await search('q=anomally&limit=1');
    const fourth = await search(`q=anomally&limit=1&cursor=${third.nextCursor}`);
    expect([...third.hits, ...fourth.hits].map((h: { slug: string }) => h.slug)).toEqual(['deepjet', 'anomaly-gnn']);
    expect(second.nextCursor).toBeNull();
  });
});

describe('GET /api/search/suggest', () => {
  it('groups suggestions by kind, exact first, with a small cacheable answer', async () => {
    const response = await hub.call('GET', '/api/search/suggest?q=anomally');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=60');
    expect(response.json).toEqual({
      query: 'anomally',
      groups: [
        {
          kind: 'model',
          label: 'Models',
          items: [
            { name: 'Graph anomaly finder', path: '/models/anomaly-gnn/' },
            { name: 'L1 anomaly detector', path: '/models/l1-anomaly/' },
          ],
        },
      ],
      alternatives: [{ word: 'anomally', terms: ['anomaly'] }],
      searchPath: '/search/?q=anomally',
    });
  });

  it('suggests every kind for a prefix, and nothing for nothing', async () => {
    const { json } = await hub.call('GET', '/api/search/suggest?q=ima&limit=1');
    expect(json.groups).toEqual([
      { kind: 'dataset', label: 'Datasets', items: [{ name: 'Calorimeter images', path: '/datasets/calo-images/' }] },
    ]);
    expect((await hub.call('GET', '/api/search/suggest?q=')).json.groups).toEqual([]);
    expect((await hub.call('GET', '/api/search/suggest?q=%22%29*')).json.groups).toEqual([]);
  });

  it('suggests hardware pools by name or summary, mistyped words too', async () => {
    const pool = {
      slug: 'gpu-anomaly-farm',
      name: 'Anomaly trigger farm',
      summary: 'FPGAs for trigger studies.',
      site: 'CERN Meyrin',
      zone: 'general-purpose',
      availability: 'shared',
      access: 'Ask the service desk.',
      accelerators: [{ kind: 'fpga', vendor: 'AMD', model: 'Alveo U250', count: 2 }],
      scheduler: 'htcondor',
    };
    expect((await post('/api/hardware', pool)).status).toBe(201);
    const { json } = await hub.call('GET', '/api/search/suggest?q=anomally%20fpga');
    expect(json.groups).toEqual([
      {
        kind: 'hardware',
        label: 'Hardware',
        items: [{ name: 'Anomaly trigger farm', path: '/hardware/gpu-anomaly-farm/' }],
      },
    ]);
  });

  it('rejects a limit out of range', async () => {
    const response = await hub.call('GET', '/api/search/suggest?q=jet&limit=50');
    expect(response.status).toBe(400);
    expect(response.json.error.details.issues[0]).toMatchObject({ in: 'query', path: 'limit' });
  });
});

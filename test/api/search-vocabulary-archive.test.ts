import { beforeEach, describe, expect, it } from 'vitest';
import { createTestToken, datasetInput, modelInput } from '../factories';
import { createTestHub, type TestHub } from '../helpers/app';

/** Typo corrections come from the words of what search shows: archived entries leave the vocabulary too. */
let hub: TestHub;
let cms: string;

const post = (path: string, body?: unknown) => hub.call('POST', path, { body, headers: { authorization: cms } });
const suggest = async (q: string) =>
  (await hub.call('GET', `/api/search/suggest?${new URLSearchParams({ q })}`)).json as {
    alternatives: { word: string; terms: string[] }[];
  };
const search = async (q: string) =>
  (await hub.call('GET', `/api/search?${new URLSearchParams({ q })}`)).json as {
    hits: { slug: string }[];
    alternatives: { word: string; terms: string[] }[];
  };
const terms = async (q: string) => (await suggest(q)).alternatives.flatMap((a) => a.terms);

beforeEach(async () => {
  hub = await createTestHub();
  cms = (await createTestToken(hub.db, ['write'], 'cms')).authorization;
  await post('/api/models', modelInput({ slug: 'quorpian', name: 'Zyxquorpian regressor', summary: 'Old one.' }));
  await post('/api/models', modelInput({ slug: 'finder', name: 'Anomaly finder', summary: 'Finds anomalies.' }));
  // Its name has the very typo people make: while it was live, "anomally" was a word as typed.
  await post('/api/models', modelInput({ slug: 'misspelt', name: 'Anomally tagger', summary: 'Misspelt name.' }));
  await post(
    '/api/datasets',
    datasetInput({ slug: 'flurbish', name: 'Flurbishwide samples', summary: 'Old samples.', format: 'hdf5' }),
  );
}, 60_000);

describe('typo vocabulary and archived entries', () => {
  it('offers no correction that only archived models or datasets contain, and offers it again after unarchiving', async () => {
    expect(await terms('zyxquorpan')).toEqual(['zyxquorpian']);
    expect(await terms('flurbishwade')).toContain('flurbishwide');
    expect((await post('/api/models/quorpian/archive', { reason: 'superseded' })).status).toBe(200);
    expect((await post('/api/datasets/flurbish/archive', { reason: 'superseded' })).status).toBe(200);
    expect(await terms('zyxquorpan')).toEqual([]);
    expect(await terms('flurbishwade')).toEqual([]);
    expect((await search('zyxquorpan')).alternatives).toEqual([]);

    expect((await post('/api/models/quorpian/unarchive')).status).toBe(200);
    expect(await terms('zyxquorpan')).toEqual(['zyxquorpian']);
    expect((await search('zyxquorpan')).hits.map((h) => h.slug)).toEqual(['quorpian']);
  });

  it("a word only an archived model had no longer counts as typed, so the typo finds the live models' word", async () => {
    expect((await search('anomally')).hits.map((h) => h.slug)).toEqual(['misspelt']);
    expect((await post('/api/models/misspelt/archive', { reason: 'renamed' })).status).toBe(200);
    const found = await search('anomally');
    expect(found.hits.map((h) => h.slug)).toEqual(['finder']);
    expect(found.alternatives).toEqual([{ word: 'anomally', terms: ['anomaly'] }]);
  });

  it('keeps a word that a live entry still has when another entry with it is archived', async () => {
    await post('/api/models', modelInput({ slug: 'quorpian-2', name: 'Zyxquorpian classifier', summary: 'New one.' }));
    expect((await post('/api/models/quorpian/archive', { reason: 'superseded' })).status).toBe(200);
    expect(await terms('zyxquorpan')).toEqual(['zyxquorpian']);
  });
});

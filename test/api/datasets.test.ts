import { beforeEach, describe, expect, it } from 'vitest';
import { createTestToken, datasetInput, datasetVersionInput, modelInput, modelVersionInput } from '../factories';
import { createTestHub, type TestHub } from '../helpers/app';

let hub: TestHub;
let cms: string;
let atlas: string;
let admin: string;
let reader: string;

beforeEach(async () => {
  hub = await createTestHub();
  cms = (await createTestToken(hub.db, ['write'], 'cms')).authorization;
  atlas = (await createTestToken(hub.db, ['write'], 'atlas')).authorization;
  admin = (await createTestToken(hub.db, ['admin'], 'it')).authorization;
  reader = (await createTestToken(hub.db, [], 'cms')).authorization;
});

const post = (path: string, body: unknown, authorization = cms) =>
  hub.call('POST', path, { body, headers: { authorization } });

describe('POST /api/datasets', () => {
  it('registers a dataset owned by the token group, with Location, and asks for a republish', async () => {
    const res = await post('/api/datasets', datasetInput({ slug: 'jets-run3', tags: ['b-tagging'] }));
    expect(res.status).toBe(201);
    expect(res.headers.get('location')).toBe('/api/datasets/jets-run3');
    expect(res.json).toMatchObject({
      slug: 'jets-run3',
      ownerGroup: 'cms',
      format: 'root',
      visibility: 'public',
      versionCount: 0,
      latestVersion: null,
    });
    expect(res.json.url).toBe('http://localhost:4321/datasets/jets-run3/');
    expect(hub.published).toEqual(['dataset jets-run3 created']);
  });

  it('answers 401 without a token and 403 without the write scope', async () => {
    expect((await hub.call('POST', '/api/datasets', { body: datasetInput() })).status).toBe(401);
    const res = await post('/api/datasets', datasetInput(), reader);
    expect(res.status).toBe(403);
    expect(res.json.error.details.required).toBe('write');
  });

  it('answers 403 for another group, but lets an admin register for any group', async () => {
    expect((await post('/api/datasets', datasetInput({ ownerGroup: 'atlas' }))).status).toBe(403);
    const res = await post('/api/datasets', datasetInput({ ownerGroup: 'atlas' }), admin);
    expect(res.status).toBe(201);
    expect(res.json.ownerGroup).toBe('atlas');
  });

  it('answers 400 with field paths for invalid fields and unknown groups', async () => {
    const res = await post('/api/datasets', {
      slug: 'Bad',
      name: '',
      summary: 's',
      format: 'xlsx',
      contacts: [{ name: 'A', email: 'nope' }],
    });
    expect(res.status).toBe(400);
    expect(res.json.error.details.issues.map((i: { path: string }) => i.path)).toEqual(
      expect.arrayContaining(['slug', 'name', 'format', 'contacts.0.email']),
    );
    const unknownGroup = await post('/api/datasets', datasetInput({ ownerGroup: 'nasa' }), admin);
    expect(unknownGroup.status).toBe(400);
    expect(unknownGroup.json.error.details.issues[0].path).toBe('ownerGroup');
  });

  it('answers 409 for a taken slug', async () => {
    await post('/api/datasets', datasetInput({ slug: 'dup' }));
    const res = await post('/api/datasets', datasetInput({ slug: 'dup' }));
    expect(res.status).toBe(409);
    expect(res.json.error.code).toBe('conflict');
  });

  it('answers 413 for a body over the limit', async () => {
    const res = await post('/api/datasets', datasetInput({ description: 'x'.repeat(70 * 1024) }));
    expect(res.status).toBe(413);
  });
});

describe('GET /api/datasets', () => {
  it('filters by group, format, tag and text, and pages with a cursor', async () => {
    await post('/api/datasets', datasetInput({ slug: 'a-root', name: 'Alpha', format: 'root', tags: ['muons'] }));
    await post('/api/datasets', datasetInput({ slug: 'b-h5', name: 'Beta calorimeter images', format: 'hdf5' }));
    await post('/api/datasets', datasetInput({ slug: 'c-atlas', name: 'Gamma', format: 'parquet' }), atlas);
    const slugs = async (query: string) =>
      (await hub.call('GET', `/api/datasets?${query}`)).json.items.map((d: { slug: string }) => d.slug);
    expect(await slugs('')).toEqual(['a-root', 'b-h5', 'c-atlas']);
    expect(await slugs('group=atlas')).toEqual(['c-atlas']);
    expect(await slugs('format=hdf5')).toEqual(['b-h5']);
    expect(await slugs('tag=MUONS')).toEqual(['a-root']);
    expect(await slugs('q=calorim')).toEqual(['b-h5']);
    const first = await hub.call('GET', '/api/datasets?limit=2');
    expect(first.json).toMatchObject({ total: 3 });
    const second = await hub.call('GET', `/api/datasets?limit=2&cursor=${first.json.nextCursor}`);
    expect(second.json.items.map((d: { slug: string }) => d.slug)).toEqual(['c-atlas']);
    expect(second.json.nextCursor).toBeNull();
  });

  it('answers 400 for a bad filter or cursor', async () => {
    expect((await hub.call('GET', '/api/datasets?format=xls')).status).toBe(400);
    expect((await hub.call('GET', '/api/datasets?cursor=bogus')).json.error.details.issues[0].path).toBe('cursor');
  });

  it('shows internal datasets only to their group and admins', async () => {
    await post('/api/datasets', datasetInput({ slug: 'secret-data', visibility: 'internal' }));
    expect((await hub.call('GET', '/api/datasets')).json.total).toBe(0);
    expect((await hub.call('GET', '/api/datasets', { headers: { authorization: atlas } })).json.total).toBe(0);
    expect((await hub.call('GET', '/api/datasets', { headers: { authorization: reader } })).json.total).toBe(1);
    expect((await hub.call('GET', '/api/datasets/secret-data')).status).toBe(404);
    expect((await hub.call('GET', '/api/datasets/secret-data', { headers: { authorization: admin } })).status).toBe(
      200,
    );
    expect(hub.published).toEqual([]);
  });
});

describe('GET and PATCH /api/datasets/:slug', () => {
  it('returns the dataset with its latest version figures', async () => {
    await post('/api/datasets', datasetInput({ slug: 'dd' }));
    await post('/api/datasets/dd/versions', datasetVersionInput({ version: 'v1', bytes: 10 }));
    await post('/api/datasets/dd/versions', datasetVersionInput({ version: 'v2', bytes: 48_318_382_080_000 }));
    const res = await hub.call('GET', '/api/datasets/dd');
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ versionCount: 2, latestVersion: 'v2', latestBytes: 48_318_382_080_000 });
    expect((await hub.call('GET', '/api/datasets/none')).status).toBe(404);
    expect((await hub.call('GET', '/api/datasets/Bad_Slug')).status).toBe(400);
  });

  it('changes the fields sent; 403 for another group, 404 unknown, 409 taken slug, 400 empty', async () => {
    await post('/api/datasets', datasetInput({ slug: 'one' }));
    await post('/api/datasets', datasetInput({ slug: 'two' }));
    const res = await hub.call('PATCH', '/api/datasets/one', {
      body: { summary: 'Better.', schemaNotes: '`pt` in GeV' },
      headers: { authorization: cms },
    });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ summary: 'Better.', schemaNotes: '`pt` in GeV' });
    expect(hub.published).toContain('dataset one changed');
    expect(
      (await hub.call('PATCH', '/api/datasets/one', { body: { name: 'Hijack' }, headers: { authorization: atlas } }))
        .status,
    ).toBe(403);
    expect((await hub.call('GET', '/api/datasets/one')).json.name).not.toBe('Hijack');
    expect(
      (await hub.call('PATCH', '/api/datasets/zzz', { body: { name: 'Z' }, headers: { authorization: cms } })).status,
    ).toBe(404);
    expect(
      (await hub.call('PATCH', '/api/datasets/one', { body: { slug: 'two' }, headers: { authorization: cms } })).status,
    ).toBe(409);
    expect((await hub.call('PATCH', '/api/datasets/one', { body: {}, headers: { authorization: cms } })).status).toBe(
      400,
    );
    expect((await hub.call('PATCH', '/api/datasets/one', { body: { name: 'X' } })).status).toBe(401);
  });
});

describe('dataset versions', () => {
  beforeEach(async () => {
    await post('/api/datasets', datasetInput({ slug: 'ds' }));
  });

  it('registers a version with exact bytes, normalised checksum and replicas (201 + Location)', async () => {
    const res = await post(
      '/api/datasets/ds/versions',
      datasetVersionInput({
        version: 'mc23a',
        bytes: 48_318_382_080_000,
        fileCount: 12_800,
        checksum: 'AB'.repeat(32),
        producedBy: { kind: 'simulation', name: 'MC23a', details: 'ttbar, 13.6 TeV' },
        replicas: [
          { uri: 'root://eosatlas.cern.ch//eos/atlas/ml/jets/mc23a/' },
          { uri: 's3://atlas-ml/jets/mc23a/', location: 'CERN S3' },
        ],
      }),
    );
    expect(res.status).toBe(201);
    expect(res.headers.get('location')).toBe('/api/datasets/ds/versions/mc23a');
    expect(res.json).toMatchObject({
      dataset: 'ds',
      version: 'mc23a',
      bytes: 48_318_382_080_000,
      fileCount: 12_800,
      checksum: `sha256:${'ab'.repeat(32)}`,
      producedBy: { kind: 'simulation', name: 'MC23a' },
    });
    expect(res.json.replicas.map((r: { uri: string }) => r.uri)).toEqual([
      'root://eosatlas.cern.ch//eos/atlas/ml/jets/mc23a/',
      's3://atlas-ml/jets/mc23a/',
    ]);
    expect(hub.published).toContain('dataset ds version mc23a registered');
    expect((await hub.call('GET', '/api/datasets/ds/versions/mc23a')).json.bytes).toBe(48_318_382_080_000);
  });

  it('lists versions newest first with the model versions that used them', async () => {
    await post('/api/datasets/ds/versions', datasetVersionInput({ version: 'v1' }));
    await post('/api/datasets/ds/versions', datasetVersionInput({ version: 'v2' }));
    await post('/api/models', modelInput({ slug: 'user' }));
    await post(
      '/api/models/user/versions',
      modelVersionInput({ datasets: [{ dataset: 'ds', version: 'v1', role: 'training' }] }),
    );
    const res = await hub.call('GET', '/api/datasets/ds/versions');
    expect(res.status).toBe(200);
    expect(res.json.total).toBe(2);
    expect(res.json.items.map((v: { version: string }) => v.version)).toEqual(['v2', 'v1']);
    expect(res.json.items[1].usedBy).toEqual([
      { model: 'user', modelName: expect.any(String), version: 1, role: 'training' },
    ]);
    const paged = await hub.call('GET', '/api/datasets/ds/versions?limit=1');
    expect(
      (await hub.call('GET', `/api/datasets/ds/versions?limit=1&cursor=${paged.json.nextCursor}`)).json.items[0]
        .version,
    ).toBe('v1');
  });

  it('answers 400 with field paths, 404 for a missing dataset, 409 for a reused label, 403 for another group', async () => {
    const bad = await post('/api/datasets/ds/versions', {
      version: 'has space',
      bytes: -1,
      fileCount: 1.5,
      checksum: 'md5',
      replicas: [{ uri: 'ftp://x' }],
    });
    expect(bad.status).toBe(400);
    expect(bad.json.error.details.issues.map((i: { path: string }) => i.path)).toEqual(
      expect.arrayContaining(['version', 'bytes', 'fileCount', 'checksum', 'replicas.0.uri']),
    );
    expect((await post('/api/datasets/ds/versions', datasetVersionInput({ replicas: [] }))).status).toBe(400);
    expect((await post('/api/datasets/nope/versions', datasetVersionInput())).status).toBe(404);
    await post('/api/datasets/ds/versions', datasetVersionInput({ version: 'v1', bytes: 1 }));
    const dup = await post('/api/datasets/ds/versions', datasetVersionInput({ version: 'v1', bytes: 2 }));
    expect(dup.status).toBe(409);
    expect((await hub.call('GET', '/api/datasets/ds/versions/v1')).json.bytes).toBe(1);
    expect((await post('/api/datasets/ds/versions', datasetVersionInput(), atlas)).status).toBe(403);
    expect((await hub.call('GET', '/api/datasets/ds/versions/v9')).status).toBe(404);
  });

  it('corrects a version description and adds replicas (409 for a known URI)', async () => {
    await post(
      '/api/datasets/ds/versions',
      datasetVersionInput({ version: 'v1', replicas: [{ uri: 'https://data.example.org/v1/' }] }),
    );
    const patched = await hub.call('PATCH', '/api/datasets/ds/versions/v1', {
      body: { description: 'Fixed notes.', checksum: null },
      headers: { authorization: cms },
    });
    expect(patched.status).toBe(200);
    expect(patched.json).toMatchObject({ description: 'Fixed notes.', checksum: null });
    expect(
      (await hub.call('PATCH', '/api/datasets/ds/versions/v1', { body: { bytes: 5 }, headers: { authorization: cms } }))
        .status,
    ).toBe(400);
    expect(
      (
        await hub.call('PATCH', '/api/datasets/ds/versions/v7', {
          body: { description: 'x' },
          headers: { authorization: cms },
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await hub.call('PATCH', '/api/datasets/ds/versions/v1', {
          body: { description: 'x' },
          headers: { authorization: atlas },
        })
      ).status,
    ).toBe(403);
    const added = await post('/api/datasets/ds/versions/v1/replicas', { uri: 's3://bucket/v1/', location: 'Backup' });
    expect(added.status).toBe(201);
    expect(added.json.replicas).toHaveLength(2);
    expect((await post('/api/datasets/ds/versions/v1/replicas', { uri: 's3://bucket/v1/' })).status).toBe(409);
    expect((await post('/api/datasets/ds/versions/v1/replicas', { uri: 'nope' })).status).toBe(400);
    expect(
      (await hub.call('POST', '/api/datasets/ds/versions/v1/replicas', { body: { uri: 's3://b/x/' } })).status,
    ).toBe(401);
  });
});

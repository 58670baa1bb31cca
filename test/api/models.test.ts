import { beforeEach, describe, expect, it } from 'vitest';
import { createTestToken, modelInput, modelVersionInput } from '../factories';
import { createTestHub, type TestHub } from '../helpers/app';

let hub: TestHub;
let cms: string;
let atlas: string;
let admin: string;
let maintainer: string;

beforeEach(async () => {
  hub = await createTestHub();
  cms = (await createTestToken(hub.db, ['write'], 'cms')).authorization;
  atlas = (await createTestToken(hub.db, ['write'], 'atlas')).authorization;
  admin = (await createTestToken(hub.db, ['admin'], 'it')).authorization;
  maintainer = (await createTestToken(hub.db, ['maintainer'], 'cms')).authorization;
});

const post = (path: string, body: unknown, authorization = cms) =>
  hub.call('POST', path, { body, headers: { authorization } });

const HF_CARD = `---
license: apache-2.0
tags: [b-tagging, gnn]
pipeline_tag: jet-tagging
datasets:
  - jetclass-run3
language: en
library_name: PyTorch
model_name: GN2 flavour tagger
training_notes: kept as metadata
---
# GN2

A **transformer** that tags b-jets from tracks.

## Performance
| wp | rejection |
|----|-----------|
| 70% | 250 |
`;

describe('POST /api/models', () => {
  it('registers a model owned by the token group (201 + Location) and asks for a republish', async () => {
    const res = await post(
      '/api/models',
      modelInput({
        slug: 'muon-id',
        tags: ['muons'],
        license: 'MIT',
        contacts: [{ name: 'Muon POG', email: 'muon@example.org' }],
      }),
    );
    expect(res.status).toBe(201);
    expect(res.headers.get('location')).toBe('/api/models/muon-id');
    expect(res.json).toMatchObject({
      slug: 'muon-id',
      ownerGroup: 'cms',
      task: 'jet-tagging',
      visibility: 'public',
      versionCount: 0,
      aliases: [],
      card: '',
    });
    expect(res.json.url).toBe('http://localhost:4321/models/muon-id/');
    expect(hub.published).toEqual(['model muon-id created']);
  });

  it('fills fields from a Hugging Face card; fields sent explicitly win', async () => {
    const res = await post('/api/models', { slug: 'gn2', card: HF_CARD, license: 'MIT' });
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({
      name: 'GN2 flavour tagger',
      summary: 'A transformer that tags b-jets from tracks.',
      task: 'jet-tagging',
      license: 'MIT',
      tags: ['b-tagging', 'gnn'],
      datasets: ['jetclass-run3'],
      languages: ['en'],
      library: 'pytorch',
    });
    expect(res.json.card.startsWith('# GN2')).toBe(true);
    expect(res.json.cardMetadata).toMatchObject({ training_notes: 'kept as metadata', pipeline_tag: 'jet-tagging' });
  });

  it('answers 400 naming the card key when a card value is invalid, and when nothing gives the task', async () => {
    const badTags = await post('/api/models', {
      slug: 'x1',
      card: '---\ntags: ["ok", "no {braces}"]\npipeline_tag: trigger\n---\n# X\n\nText.',
    });
    expect(badTags.status).toBe(400);
    expect(badTags.json.error.details.issues[0].path).toBe('card.tags.1');
    const noTask = await post('/api/models', {
      slug: 'x2',
      card: '---\npipeline_tag: image-classification\n---\n# X\n\nText.',
    });
    expect(noTask.status).toBe(400);
    expect(noTask.json.error.details.issues).toEqual([expect.objectContaining({ path: 'task', code: 'missing' })]);
    const badYaml = await post('/api/models', { slug: 'x3', task: 'other', card: '---\ntags: [unclosed\n---\nbody' });
    expect(badYaml.status).toBe(400);
    expect(badYaml.json.error.details.issues[0].path).toBe('card');
    expect((await hub.call('GET', '/api/models')).json.total).toBe(0);
  });

  it('answers 400 for invalid explicit fields and unknown keys, with paths', async () => {
    const res = await post('/api/models', { slug: 'BAD', name: '', summary: 'ok', task: 'astrology', colour: 'red' });
    expect(res.status).toBe(400);
    expect(res.json.error.details.issues.map((i: { code: string }) => i.code)).toContain('unrecognized_keys');
    const fields = await post('/api/models', { slug: 'ok-slug', name: '', summary: 'ok', task: 'astrology' });
    expect(fields.json.error.details.issues.map((i: { path: string }) => i.path)).toEqual(
      expect.arrayContaining(['name', 'task']),
    );
  });

  it('answers 401, 403 (scope and group), 409 and 413', async () => {
    expect((await hub.call('POST', '/api/models', { body: modelInput() })).status).toBe(401);
    const reader = (await createTestToken(hub.db, [], 'cms')).authorization;
    expect((await post('/api/models', modelInput(), reader)).status).toBe(403);
    expect((await post('/api/models', modelInput({ ownerGroup: 'atlas' }))).status).toBe(403);
    expect((await post('/api/models', modelInput({ ownerGroup: 'atlas' }), admin)).json.ownerGroup).toBe('atlas');
    await post('/api/models', modelInput({ slug: 'taken' }));
    const dup = await post('/api/models', modelInput({ slug: 'taken', name: 'Second' }));
    expect(dup.status).toBe(409);
    expect((await hub.call('GET', '/api/models/taken')).json.name).not.toBe('Second');
    expect((await post('/api/models', modelInput({ card: 'x'.repeat(300 * 1024) }))).status).toBe(413);
  });
});

describe('GET /api/models', () => {
  beforeEach(async () => {
    await post(
      '/api/models',
      modelInput({ slug: 'alpha', name: 'Alpha tagger', task: 'jet-tagging', license: 'MIT', tags: ['gnn'] }),
    );
    await post(
      '/api/models',
      modelInput({
        slug: 'beta',
        name: 'Beta tracker',
        task: 'tracking',
        summary: 'Finds tracks with a graph network.',
      }),
    );
    await post('/api/models', modelInput({ slug: 'gamma', name: 'Gamma trigger', task: 'trigger' }), atlas);
    await post(
      '/api/models/gamma/versions',
      modelVersionInput({
        artifacts: [
          {
            name: 'fw',
            format: 'hls4ml',
            uri: 'https://gitlab.example.org/fw.tgz',
            precision: 'ap_fixed<16,6>',
            framework: 'keras',
          },
        ],
      }),
      atlas,
    );
  });

  const slugs = async (query: string, headers: Record<string, string> = {}) =>
    (await hub.call('GET', `/api/models?${query}`, { headers })).json.items.map((m: { slug: string }) => m.slug);

  it('filters by group, task, tag, license, artifact facets and text', async () => {
    expect(await slugs('')).toEqual(['alpha', 'beta', 'gamma']);
    expect(await slugs('group=atlas')).toEqual(['gamma']);
    expect(await slugs('task=tracking')).toEqual(['beta']);
    expect(await slugs('tag=GNN')).toEqual(['alpha']);
    expect(await slugs('license=mit')).toEqual(['alpha']);
    expect(await slugs('format=hls4ml')).toEqual(['gamma']);
    expect(await slugs('precision=ap_fixed%3C16%2C6%3E&framework=keras')).toEqual(['gamma']);
    expect(await slugs('q=graph')).toEqual(['beta']);
  });

  it('sorts by update time and pages with a cursor', async () => {
    expect((await slugs('sort=updated'))[0]).toBe('gamma');
    const first = await hub.call('GET', '/api/models?limit=2');
    expect(first.json).toMatchObject({ total: 3 });
    expect(
      (await hub.call('GET', `/api/models?limit=2&cursor=${first.json.nextCursor}`)).json.items.map(
        (m: { slug: string }) => m.slug,
      ),
    ).toEqual(['gamma']);
    expect((await hub.call('GET', '/api/models?cursor=zzz')).status).toBe(400);
    expect((await hub.call('GET', '/api/models?task=astrology')).status).toBe(400);
  });

  it('lists figures about versions: count, latest and production', async () => {
    const gamma = (await hub.call('GET', '/api/models?group=atlas')).json.items[0];
    expect(gamma).toMatchObject({ versionCount: 1, latestVersion: 1, productionVersion: null });
  });

  it('hides internal models from everyone but their group and admins', async () => {
    await post('/api/models', modelInput({ slug: 'hidden', visibility: 'internal' }));
    expect(await slugs('')).not.toContain('hidden');
    expect(await slugs('', { authorization: atlas })).not.toContain('hidden');
    expect(await slugs('', { authorization: cms })).toContain('hidden');
    expect((await hub.call('GET', '/api/models/hidden')).status).toBe(404);
    expect((await hub.call('GET', '/api/models/hidden', { headers: { authorization: admin } })).status).toBe(200);
    expect(hub.published).not.toContain('model hidden created');
  });
});

describe('GET /api/models/:slug and /api/models/:slug/aliases/:alias/version', () => {
  it('returns the model with its aliases; resolves production and latest to versions', async () => {
    await post('/api/models', modelInput({ slug: 'pid' }));
    await post('/api/models/pid/versions', modelVersionInput());
    await post('/api/models/pid/versions', modelVersionInput());
    await post('/api/models/pid/versions', modelVersionInput({ status: 'registering' }));
    await hub.call('PUT', '/api/models/pid/aliases/production', {
      body: { version: 1 },
      headers: { authorization: maintainer },
    });
    const model = await hub.call('GET', '/api/models/pid');
    expect(model.json).toMatchObject({
      versionCount: 3,
      latestVersion: 3,
      productionVersion: 1,
      aliases: [{ name: 'production', version: 1, protected: true }],
    });
    const production = await hub.call('GET', '/api/models/pid/aliases/production/version');
    expect(production.status).toBe(200);
    expect(production.json).toMatchObject({ model: 'pid', version: 1, aliases: ['production'] });
    expect(production.headers.get('content-location')).toBe('/api/models/pid/versions/1');
    expect((await hub.call('GET', '/api/models/pid/aliases/latest/version')).json.version).toBe(2);
  });

  it('still answers the short form slug@alias (in scripts people wrote) like the documented path', async () => {
    await post('/api/models', modelInput({ slug: 'pid' }));
    await post('/api/models/pid/versions', modelVersionInput());
    await post('/api/models/pid/versions', modelVersionInput());
    await hub.call('PUT', '/api/models/pid/aliases/production', {
      body: { version: 1 },
      headers: { authorization: maintainer },
    });
    const short = await hub.call('GET', '/api/models/pid@production');
    expect(short.status).toBe(200);
    expect(short.json).toEqual((await hub.call('GET', '/api/models/pid/aliases/production/version')).json);
    expect(short.headers.get('content-location')).toBe('/api/models/pid/versions/1');
    expect((await hub.call('GET', '/api/models/pid@latest')).json.version).toBe(2);
    expect((await hub.call('GET', '/api/models/pid%40production')).json.version).toBe(1);
    expect((await hub.call('GET', '/api/models/pid@staging')).status).toBe(404);
    expect((await hub.call('GET', '/api/models/pid@Bad')).json.error.details.issues[0]).toMatchObject({
      in: 'path',
      path: 'alias',
    });
  });

  it('answers 404 for an unknown model or alias and 400 for a malformed reference', async () => {
    await post('/api/models', modelInput({ slug: 'empty' }));
    expect((await hub.call('GET', '/api/models/nope')).status).toBe(404);
    expect((await hub.call('GET', '/api/models/empty/aliases/staging/version')).status).toBe(404);
    expect((await hub.call('GET', '/api/models/empty/aliases/latest/version')).status).toBe(404);
    expect((await hub.call('GET', '/api/models/empty@@x')).status).toBe(400);
    expect((await hub.call('GET', '/api/models/empty/aliases/Not_An_Alias/version')).status).toBe(400);
  });
});

describe('PATCH /api/models/:slug', () => {
  beforeEach(async () => {
    await post(
      '/api/models',
      modelInput({ slug: 'edit-me', name: 'Original', summary: 'Original summary.', tags: ['a'] }),
    );
  });

  it('changes the fields sent, and a new card refills only the keys it names', async () => {
    const res = await hub.call('PATCH', '/api/models/edit-me', {
      body: { card: '---\nlicense: bsd-3-clause\n---\n# Another title\n\nAnother first paragraph.', tags: ['b'] },
      headers: { authorization: cms },
    });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({
      name: 'Original',
      summary: 'Original summary.',
      license: 'bsd-3-clause',
      tags: ['b'],
      card: '# Another title\n\nAnother first paragraph.',
    });
    expect(hub.published).toContain('model edit-me changed');
  });

  it("answers 403 for another group's writer, and lets the group and admins edit", async () => {
    const res = await hub.call('PATCH', '/api/models/edit-me', {
      body: { name: 'Hijack' },
      headers: { authorization: atlas },
    });
    expect(res.status).toBe(403);
    expect(res.json.error.details).toEqual({ owner: 'cms', yourGroup: 'atlas' });
    expect((await hub.call('GET', '/api/models/edit-me')).json.name).toBe('Original');
    expect(
      (
        await hub.call('PATCH', '/api/models/edit-me', {
          body: { name: 'By admin' },
          headers: { authorization: admin },
        })
      ).status,
    ).toBe(200);
  });

  it('answers 400 for an empty or invalid patch, 404 unknown, 409 taken slug, 401 anonymous', async () => {
    await post('/api/models', modelInput({ slug: 'other' }));
    expect((await hub.call('PATCH', '/api/models/edit-me', { body: {}, headers: { authorization: cms } })).status).toBe(
      400,
    );
    expect(
      (await hub.call('PATCH', '/api/models/edit-me', { body: { task: 'nope' }, headers: { authorization: cms } }))
        .status,
    ).toBe(400);
    expect(
      (await hub.call('PATCH', '/api/models/nope', { body: { name: 'X' }, headers: { authorization: cms } })).status,
    ).toBe(404);
    expect(
      (await hub.call('PATCH', '/api/models/edit-me', { body: { slug: 'other' }, headers: { authorization: cms } }))
        .status,
    ).toBe(409);
    expect((await hub.call('PATCH', '/api/models/edit-me', { body: { name: 'X' } })).status).toBe(401);
    expect(
      (
        await hub.call('PATCH', '/api/models/edit-me', {
          body: { card: 'y'.repeat(300 * 1024) },
          headers: { authorization: cms },
        })
      ).status,
    ).toBe(413);
  });
});

describe('OpenAPI document', () => {
  it('documents the catalog endpoints, including alias resolution', async () => {
    const doc = (await hub.call('GET', '/api/openapi.json')).json;
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/groups',
        '/api/datasets',
        '/api/datasets/{slug}/versions/{version}',
        '/api/datasets/{slug}/versions/{version}/replicas',
        '/api/models',
        '/api/models/{slug}',
        '/api/models/{slug}/aliases/{alias}/version',
        '/api/models/{slug}/versions',
        '/api/models/{slug}/versions/{version}',
        '/api/models/{slug}/aliases/{alias}',
        '/api/models/{slug}/alias-history',
        '/api/models/{slug}/deployments',
        '/api/models/{slug}/deployments/{id}/end',
        '/api/search',
      ]),
    );
    expect(doc.paths['/api/models/{slug}/versions'].post.responses).toHaveProperty('422');
    expect(doc.components.schemas.ModelCreate.properties.card.description).toContain('pipeline_tag');
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import { createTestToken, insertTestTool, toolInput } from '../factories';
import { createTestHub, type TestHub } from '../helpers/app';

let hub: TestHub;
let writer: string;
let admin: string;
let reader: string;

beforeEach(async () => {
  hub = await createTestHub({ config: { suggestionRateLimit: { limit: 3, windowSeconds: 3600 } } });
  writer = (await createTestToken(hub.db, ['write'], 'cms')).authorization;
  admin = (await createTestToken(hub.db, ['admin'], 'it')).authorization;
  reader = (await createTestToken(hub.db, [], 'cms')).authorization;
});

describe('GET /api/tools', () => {
  it('lists only published tools, sorted by name, with a total', async () => {
    await insertTestTool(hub.db, { slug: 'zeta', name: 'Zeta' });
    await insertTestTool(hub.db, { slug: 'alpha', name: 'alpha' });
    await insertTestTool(hub.db, { slug: 'hidden', name: 'Hidden', status: 'pending', publishedAt: null });
    const res = await hub.call('GET', '/api/tools');
    expect(res.status).toBe(200);
    expect(res.json.items.map((t: { slug: string }) => t.slug)).toEqual(['alpha', 'zeta']);
    expect(res.json.total).toBe(2);
    expect(res.json.nextCursor).toBeNull();
  });

  it('filters by category, experiment, lifecycle and text', async () => {
    await insertTestTool(hub.db, {
      slug: 'a',
      name: 'Alpha notebooks',
      categories: ['notebook-interactive'],
      experiments: ['ALICE'],
    });
    await insertTestTool(hub.db, {
      slug: 'b',
      name: 'Beta batch',
      categories: ['batch-hpc'],
      experiments: ['CMS'],
      lifecycle: 'deprecated',
    });
    await insertTestTool(hub.db, {
      slug: 'c',
      name: 'Gamma',
      summary: 'GPU inference server',
      categories: ['inference-serving'],
      experiments: ['CMS'],
    });
    const slugs = async (query: string) =>
      (await hub.call('GET', `/api/tools?${query}`)).json.items.map((t: { slug: string }) => t.slug);
    expect(await slugs('category=batch-hpc')).toEqual(['b']);
    expect(await slugs('experiment=cms')).toEqual(['b', 'c']);
    expect(await slugs('lifecycle=deprecated')).toEqual(['b']);
    expect(await slugs('q=infer')).toEqual(['c']);
    expect(await slugs('q=notebook')).toEqual(['a']);
    expect(await slugs('experiment=CMS&lifecycle=production')).toEqual(['c']);
  });

  it('paginates with a cursor without gaps or repeats', async () => {
    for (let i = 0; i < 7; i++) await insertTestTool(hub.db, { slug: `p${i}`, name: `P${i}` });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await hub.call('GET', `/api/tools?limit=3${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.status).toBe(200);
      seen.push(...res.json.items.map((t: { slug: string }) => t.slug));
      cursor = res.json.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['p0', 'p1', 'p2', 'p3', 'p4', 'p5', 'p6']);
  });

  it('sorts by last update, newest first', async () => {
    await insertTestTool(hub.db, { slug: 'old', name: 'Old', updatedAt: new Date('2025-01-01') });
    await insertTestTool(hub.db, { slug: 'new', name: 'New', updatedAt: new Date('2026-01-01') });
    const res = await hub.call('GET', '/api/tools?sort=updated');
    expect(res.json.items.map((t: { slug: string }) => t.slug)).toEqual(['new', 'old']);
  });

  it('answers 400 with the field path for a bad filter value', async () => {
    const res = await hub.call('GET', '/api/tools?category=teleportation');
    expect(res.status).toBe(400);
    expect(res.json.error.code).toBe('validation_failed');
    expect(res.json.error.details.issues[0]).toMatchObject({ in: 'query', path: 'category' });
  });

  it('answers 400 for a forged cursor', async () => {
    const res = await hub.call('GET', '/api/tools?cursor=not-a-cursor');
    expect(res.status).toBe(400);
    expect(res.json.error.details.issues[0].path).toBe('cursor');
  });

  it('shows pending tools to admins only (403 otherwise)', async () => {
    await insertTestTool(hub.db, { slug: 'pending-one', status: 'pending', publishedAt: null });
    expect((await hub.call('GET', '/api/tools?status=pending')).status).toBe(403);
    const res = await hub.call('GET', '/api/tools?status=pending', { headers: { authorization: admin } });
    expect(res.status).toBe(200);
    expect(res.json.items.map((t: { slug: string }) => t.slug)).toEqual(['pending-one']);
  });
});

describe('GET /api/tools/:slug', () => {
  it('returns the tool with its page URL', async () => {
    await insertTestTool(hub.db, { slug: 'swan', name: 'SWAN' });
    const res = await hub.call('GET', '/api/tools/swan');
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ slug: 'swan', name: 'SWAN', status: 'published' });
    expect(res.json.url).toBe('http://localhost:4321/tools/swan/');
  });

  it('answers 404 for an unknown slug and for a pending tool seen anonymously', async () => {
    await insertTestTool(hub.db, { slug: 'secret', status: 'pending', publishedAt: null });
    const missing = await hub.call('GET', '/api/tools/nope');
    expect(missing.status).toBe(404);
    expect(missing.json.error.code).toBe('not_found');
    expect((await hub.call('GET', '/api/tools/secret')).status).toBe(404);
    expect((await hub.call('GET', '/api/tools/secret', { headers: { authorization: admin } })).status).toBe(200);
  });
});

describe('POST /api/tools', () => {
  it('creates a published tool owned by the token group and asks for a republish', async () => {
    const res = await hub.call('POST', '/api/tools', {
      body: toolInput({ slug: 'new-tool' }),
      headers: { authorization: writer },
    });
    expect(res.status).toBe(201);
    expect(res.headers.get('location')).toBe('/api/tools/new-tool');
    expect(res.json).toMatchObject({
      slug: 'new-tool',
      status: 'published',
      ownerGroup: 'cms',
      lifecycle: 'production',
    });
    expect(hub.published).toEqual(['tool new-tool created']);
    expect((await hub.call('GET', '/api/tools/new-tool')).status).toBe(200);
  });

  it('answers 401 without a token and with an unknown token, storing nothing', async () => {
    const none = await hub.call('POST', '/api/tools', { body: toolInput({ slug: 'x1' }) });
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toContain('Bearer');
    const bad = await hub.call('POST', '/api/tools', {
      body: toolInput({ slug: 'x1' }),
      headers: { authorization: 'Bearer hub_nope' },
    });
    expect(bad.status).toBe(401);
    expect((await hub.call('GET', '/api/tools/x1')).status).toBe(404);
  });

  it('answers 403 for a token without the write scope', async () => {
    const res = await hub.call('POST', '/api/tools', { body: toolInput(), headers: { authorization: reader } });
    expect(res.status).toBe(403);
    expect(res.json.error.details.required).toBe('write');
  });

  it('answers 403 when a writer creates a tool for another group', async () => {
    const res = await hub.call('POST', '/api/tools', {
      body: toolInput({ ownerGroup: 'atlas' }),
      headers: { authorization: writer },
    });
    expect(res.status).toBe(403);
  });

  it('answers 400 listing every invalid field with its path, and stores nothing', async () => {
    const res = await hub.call('POST', '/api/tools', {
      body: {
        slug: 'Bad Slug',
        name: '',
        summary: 'ok',
        categories: ['nope'],
        accessSteps: [],
        links: { docs: 'ftp://x' },
      },
      headers: { authorization: writer },
    });
    expect(res.status).toBe(400);
    const paths = res.json.error.details.issues.map((i: { path: string }) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['slug', 'name', 'categories.0', 'accessSteps', 'links.docs']));
    expect(res.json.error.message).toMatch(/Invalid body field/);
    expect((await hub.call('GET', '/api/tools')).json.total).toBe(0);
  });

  it('answers 400 for unknown fields rather than silently dropping them', async () => {
    const res = await hub.call('POST', '/api/tools', {
      body: toolInput({ colour: 'blue' }),
      headers: { authorization: writer },
    });
    expect(res.status).toBe(400);
    expect(res.json.error.details.issues[0].code).toBe('unrecognized_keys');
  });

  it('answers 400 for malformed JSON and 415 for a non-JSON body', async () => {
    const malformed = await hub.call('POST', '/api/tools', {
      raw: '{"slug": ',
      headers: { authorization: writer, 'content-type': 'application/json' },
    });
    expect(malformed.status).toBe(400);
    expect(malformed.json.error.code).toBe('malformed_request');
    const text = await hub.call('POST', '/api/tools', {
      raw: 'hello',
      headers: { authorization: writer, 'content-type': 'text/plain' },
    });
    expect(text.status).toBe(415);
    expect(text.json.error.code).toBe('unsupported_media_type');
  });

  it('answers 409 for a duplicate slug and keeps the original', async () => {
    await hub.call('POST', '/api/tools', {
      body: toolInput({ slug: 'dup', name: 'First' }),
      headers: { authorization: writer },
    });
    const res = await hub.call('POST', '/api/tools', {
      body: toolInput({ slug: 'dup', name: 'Second' }),
      headers: { authorization: writer },
    });
    expect(res.status).toBe(409);
    expect(res.json.error.code).toBe('conflict');
    expect((await hub.call('GET', '/api/tools/dup')).json.name).toBe('First');
  });

  it('answers 413 for a body over the documented limit', async () => {
    const res = await hub.call('POST', '/api/tools', {
      body: toolInput({ description: 'x'.repeat(70 * 1024) }),
      headers: { authorization: writer },
    });
    expect(res.status).toBe(413);
    expect(res.json.error).toMatchObject({ code: 'payload_too_large', details: { limitBytes: 65536 } });
  });
});

describe('PATCH /api/tools/:slug', () => {
  it('changes only the fields sent', async () => {
    await hub.call('POST', '/api/tools', {
      body: toolInput({ slug: 'pp', name: 'P', tags: ['gpu'] }),
      headers: { authorization: writer },
    });
    const res = await hub.call('PATCH', '/api/tools/pp', {
      body: { summary: 'New summary.' },
      headers: { authorization: writer },
    });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ name: 'P', summary: 'New summary.', tags: ['gpu'] });
    expect(hub.published).toContain('tool pp changed');
  });

  it('answers 400 for an empty patch, 404 for an unknown tool, 409 for a taken slug', async () => {
    await hub.call('POST', '/api/tools', { body: toolInput({ slug: 'one' }), headers: { authorization: writer } });
    await hub.call('POST', '/api/tools', { body: toolInput({ slug: 'two' }), headers: { authorization: writer } });
    expect((await hub.call('PATCH', '/api/tools/one', { body: {}, headers: { authorization: writer } })).status).toBe(
      400,
    );
    expect(
      (await hub.call('PATCH', '/api/tools/zzz', { body: { name: 'Z' }, headers: { authorization: writer } })).status,
    ).toBe(404);
    const taken = await hub.call('PATCH', '/api/tools/one', {
      body: { slug: 'two' },
      headers: { authorization: writer },
    });
    expect(taken.status).toBe(409);
    expect((await hub.call('GET', '/api/tools/one')).status).toBe(200);
  });

  it("answers 403 when a writer edits another group's tool; its own group and admin may", async () => {
    const atlasWriter = await createTestToken(hub.db, ['write'], 'atlas');
    await insertTestTool(hub.db, { slug: 'atlas-tool', ownerGroupId: 'atlas' });
    const res = await hub.call('PATCH', '/api/tools/atlas-tool', {
      body: { name: 'Hijack' },
      headers: { authorization: writer },
    });
    expect(res.status).toBe(403);
    expect((await hub.call('GET', '/api/tools/atlas-tool')).json.name).not.toBe('Hijack');
    const own = await hub.call('PATCH', '/api/tools/atlas-tool', {
      body: { name: 'Own' },
      headers: { authorization: atlasWriter.authorization },
    });
    expect(own.status).toBe(200);
    expect(
      (await hub.call('PATCH', '/api/tools/atlas-tool', { body: { name: 'Admin' }, headers: { authorization: admin } }))
        .status,
    ).toBe(200);
  });
});

describe('POST /api/tools/suggestions and approval', () => {
  const suggestion = (name: string) => ({
    name,
    summary: 'A suggested tool.',
    categories: ['community'],
    accessSteps: [{ text: 'Join the mailing list.' }],
    suggestedBy: 'Ada Lovelace <ada@example.org>',
  });

  it('lands a suggestion as pending, invisible until an admin approves it', async () => {
    const res = await hub.call('POST', '/api/tools/suggestions', { body: suggestion('My New Tool') });
    expect(res.status).toBe(202);
    expect(res.json).toMatchObject({ slug: 'my-new-tool', status: 'pending' });
    expect(hub.published).toEqual([]);
    expect((await hub.call('GET', '/api/tools/my-new-tool')).status).toBe(404);

    expect(
      (await hub.call('POST', '/api/tools/my-new-tool/approve', { headers: { authorization: writer } })).status,
    ).toBe(403);
    const approved = await hub.call('POST', '/api/tools/my-new-tool/approve', { headers: { authorization: admin } });
    expect(approved.status).toBe(200);
    expect(approved.json.status).toBe('published');
    expect(approved.json.publishedAt).not.toBeNull();
    expect(hub.published).toEqual(['tool my-new-tool approved']);
    expect((await hub.call('GET', '/api/tools/my-new-tool')).status).toBe(200);
    expect(
      (await hub.call('POST', '/api/tools/my-new-tool/approve', { headers: { authorization: admin } })).status,
    ).toBe(409);
  });

  it('answers 401 and 404 on approval without a token or for an unknown tool', async () => {
    expect((await hub.call('POST', '/api/tools/ghost/approve')).status).toBe(401);
    expect((await hub.call('POST', '/api/tools/ghost/approve', { headers: { authorization: admin } })).status).toBe(
      404,
    );
  });

  it('rate-limits suggestions per client with 429 and Retry-After, without storing the extra ones', async () => {
    for (let i = 0; i < 3; i++) {
      expect((await hub.call('POST', '/api/tools/suggestions', { body: suggestion(`Limited ${i}`) })).status).toBe(202);
    }
    const limited = await hub.call('POST', '/api/tools/suggestions', { body: suggestion('Limited 3') });
    expect(limited.status).toBe(429);
    expect(limited.json.error.code).toBe('rate_limited');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    const pending = await hub.call('GET', '/api/tools?status=pending', { headers: { authorization: admin } });
    expect(pending.json.total).toBe(3);
    const otherClient = await hub.call('POST', '/api/tools/suggestions', {
      body: suggestion('From elsewhere'),
      headers: { 'x-test-client': '198.51.100.9' },
    });
    expect(otherClient.status).toBe(202);
  });

  it('answers 409 when the suggested name matches an existing tool', async () => {
    await insertTestTool(hub.db, { slug: 'swan', name: 'SWAN' });
    const res = await hub.call('POST', '/api/tools/suggestions', { body: suggestion('SWAN') });
    expect(res.status).toBe(409);
  });
});

describe('GET /api/openapi.json', () => {
  it('documents the tool endpoints from the same zod schemas (OpenAPI 3.1)', async () => {
    const res = await hub.call('GET', '/api/openapi.json');
    expect(res.status).toBe(200);
    expect(res.json.openapi).toBe('3.1.0');
    expect(Object.keys(res.json.paths)).toEqual(
      expect.arrayContaining([
        '/api/tools',
        '/api/tools/{slug}',
        '/api/tools/suggestions',
        '/api/tools/{slug}/approve',
      ]),
    );
    expect(res.json.components.schemas.ToolCreate.required).toEqual(
      expect.arrayContaining(['slug', 'name', 'categories']),
    );
    expect(res.json.paths['/api/tools'].post.security).toEqual([{ Bearer: [] }]);
  });

  it('answers unknown API paths with a JSON 404', async () => {
    const res = await hub.call('GET', '/api/nothing-here');
    expect(res.status).toBe(404);
    expect(res.json.error.code).toBe('not_found');
  });
});

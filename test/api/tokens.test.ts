import { beforeEach, describe, expect, it } from 'vitest';
import { listTokens } from '../../db/queries/tokens';
import { seedDatabase } from '../../db/seed';
import { createTestToken } from '../factories';
import { createTestHub, type TestHub } from '../helpers/app';

let hub: TestHub;
let admin: { authorization: string; token: { id: string } };
let maintainer: string;

beforeEach(async () => {
  hub = await createTestHub();
  await seedDatabase(hub.db);
  admin = await createTestToken(hub.db, ['admin'], 'it');
  maintainer = (await createTestToken(hub.db, ['maintainer'], 'cms')).authorization;
});

const create = (body: unknown, authorization = admin.authorization) =>
  hub.call('POST', '/api/tokens', { body, headers: { authorization } });

describe('POST /api/tokens', () => {
  it('creates a group token whose secret is shown once and works for writes to that group', async () => {
    const res = await create({ name: 'CMS GitLab CI', scopes: ['write'], group: 'cms', expiresInDays: 30 });
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({
      name: 'CMS GitLab CI',
      scopes: ['write'],
      group: 'cms',
      status: 'active',
      revokedAt: null,
      lastUsedAt: null,
    });
    expect(res.json.secret).toMatch(/^hub_/);
    expect(res.headers.get('location')).toBe(`/api/tokens/${res.json.id}`);
    expect(Date.parse(res.json.expiresAt) - Date.now()).toBeGreaterThan(29 * 86_400_000);
    // Only the hash is stored.
    const stored = (await listTokens(hub.db)).find((t) => t.id === res.json.id)!;
    expect(stored.tokenHash).not.toContain(res.json.secret);
    expect(JSON.stringify(stored)).not.toContain(res.json.secret);

    const authorization = `Bearer ${res.json.secret}`;
    const model = await hub.call('POST', '/api/models', {
      body: { slug: 'ci-tagger', name: 'CI tagger', summary: 'From CI.', task: 'jet-tagging', ownerGroup: 'cms' },
      headers: { authorization },
    });
    expect(model.status).toBe(201);
    const foreign = await hub.call('POST', '/api/models', {
      body: { slug: 'atlas-x', name: 'ATLAS x', summary: 'Not ours.', task: 'jet-tagging', ownerGroup: 'atlas' },
      headers: { authorization },
    });
    expect(foreign.status).toBe(403);
    // A write token cannot manage tokens.
    expect((await create({ name: 'escalate', scopes: ['admin'] }, authorization)).status).toBe(403);
  });

  it('answers 400 with the field for bad input and an unknown group, storing nothing', async () => {
    const before = (await listTokens(hub.db)).length;
    const bad = await create({ name: '', scopes: ['root'], expiresInDays: 0, extra: 1 });
    expect(bad.status).toBe(400);
    expect(bad.json.error.details.issues.map((i: { path: string }) => i.path).sort()).toEqual(
      ['', 'expiresInDays', 'name', 'scopes.0'].sort(),
    );
    const unknown = await create({ name: 'x', scopes: ['write'], group: 'nope' });
    expect(unknown.status).toBe(400);
    expect(unknown.json.error.details.issues[0]).toMatchObject({ path: 'group', code: 'unknown_group' });
    expect((await listTokens(hub.db)).length).toBe(before);
  });

  it('needs an admin token: 401 without one, 403 for a maintainer', async () => {
    expect((await hub.call('POST', '/api/tokens', { body: { name: 'x', scopes: ['write'] } })).status).toBe(401);
    expect((await create({ name: 'x', scopes: ['write'] }, maintainer)).status).toBe(403);
    expect((await hub.call('GET', '/api/tokens', { headers: { authorization: maintainer } })).status).toBe(403);
    expect((await hub.call('DELETE', `/api/tokens/${admin.token.id}`)).status).toBe(401);
  });
});

describe('GET /api/tokens and DELETE /api/tokens/:id', () => {
  it('lists tokens without secrets, revokes one at once, and filters by state', async () => {
    const created = await create({ name: 'to revoke', scopes: ['write'], group: 'cms' });
    const authorization = `Bearer ${created.json.secret}`;
    expect(
      (
        await hub.call('GET', '/api/tokens?status=active', { headers: { authorization: admin.authorization } })
      ).json.items.map((t: { id: string }) => t.id),
    ).toContain(created.json.id);

    const revoked = await hub.call('DELETE', `/api/tokens/${created.json.id}`, {
      headers: { authorization: admin.authorization },
    });
    expect(revoked.status).toBe(200);
    expect(revoked.json).toMatchObject({ id: created.json.id, status: 'revoked' });
    expect(revoked.json.revokedAt).not.toBeNull();
    // The revoked token stops working on the next request.
    const refused = await hub.call('POST', '/api/models', {
      body: { slug: 'late', name: 'Late', summary: 'Too late.', task: 'other', ownerGroup: 'cms' },
      headers: { authorization },
    });
    expect(refused.status).toBe(401);

    const list = await hub.call('GET', '/api/tokens', { headers: { authorization: admin.authorization } });
    expect(list.status).toBe(200);
    expect(JSON.stringify(list.json)).not.toContain(created.json.secret);
    expect(list.json.items.find((t: { id: string }) => t.id === created.json.id)).toMatchObject({ status: 'revoked' });
    expect(
      (
        await hub.call('GET', '/api/tokens?status=revoked', { headers: { authorization: admin.authorization } })
      ).json.items.map((t: { id: string }) => t.id),
    ).toEqual([created.json.id]);
    expect(
      (await hub.call('GET', '/api/tokens?status=lost', { headers: { authorization: admin.authorization } })).status,
    ).toBe(400);
  });

  it('answers 404 for an unknown token, 409 for one already revoked and for revoking itself', async () => {
    const created = await create({ name: 'twice', scopes: ['write'] });
    const del = (id: string) =>
      hub.call('DELETE', `/api/tokens/${id}`, { headers: { authorization: admin.authorization } });
    expect((await del('tok_nope')).status).toBe(404);
    expect((await del(created.json.id)).status).toBe(200);
    expect((await del(created.json.id)).status).toBe(409);
    const self = await del(admin.token.id);
    expect(self.status).toBe(409);
    expect(self.json.error.message).toContain('cannot revoke itself');
    expect((await hub.call('GET', '/api/tokens', { headers: { authorization: admin.authorization } })).status).toBe(
      200,
    );
  });

  it('is documented in the OpenAPI document', async () => {
    const doc = (await hub.call('GET', '/api/openapi.json')).json;
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/tokens', '/api/tokens/{id}']));
    expect(doc.paths['/api/tokens'].post.responses['201']).toBeDefined();
    expect(doc.components.schemas.TokenWithSecret).toBeDefined();
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import { createTestToken, modelInput, modelVersionInput } from '../factories';
import { createTestHub, type TestHub } from '../helpers/app';

let hub: TestHub;
let writer: string;
let maintainer: string;
let otherMaintainer: string;

beforeEach(async () => {
  hub = await createTestHub();
  writer = (await createTestToken(hub.db, ['write'], 'lhcb')).authorization;
  maintainer = (await createTestToken(hub.db, ['maintainer'], 'lhcb')).authorization;
  otherMaintainer = (await createTestToken(hub.db, ['maintainer'], 'alice')).authorization;
  await hub.call('POST', '/api/models', { body: modelInput({ slug: 'pid' }), headers: { authorization: writer } });
  for (let i = 0; i < 3; i++)
    await hub.call('POST', '/api/models/pid/versions', {
      body: modelVersionInput(),
      headers: { authorization: writer },
    });
});

const put = (alias: string, body: unknown, authorization: string) =>
  hub.call('PUT', `/api/models/pid/aliases/${alias}`, { body, headers: { authorization } });
const history = async () => (await hub.call('GET', '/api/models/pid/alias-history')).json.items;

describe('PUT /api/models/:slug/aliases/:alias', () => {
  it('refuses a maintainer-only move by a plain writer with 403 and changes nothing', async () => {
    expect((await put('production', { version: 1, reason: 'First release' }, maintainer)).status).toBe(201);
    const aliasBefore = (await hub.call('GET', '/api/models/pid/aliases')).json;
    const historyBefore = await history();
    const published = hub.published.length;

    const res = await put('production', { version: 2, reason: 'Sneaky' }, writer);
    expect(res.status).toBe(403);
    expect(res.json.error).toMatchObject({ code: 'forbidden', details: { required: 'maintainer' } });
    expect((await hub.call('GET', '/api/models/pid/aliases')).json).toEqual(aliasBefore);
    expect(await history()).toEqual(historyBefore);
    expect((await hub.call('GET', '/api/models/pid/aliases/production/version')).json.version).toBe(1);
    expect(hub.published).toHaveLength(published);
  });

  it('moves production v1 → v2 → v1, recording from, to, who, when and why', async () => {
    expect((await put('production', { version: 1, reason: 'First release' }, maintainer)).status).toBe(201);
    const moved = await put('production', { version: 2, reason: 'Better rejection' }, maintainer);
    expect(moved.status).toBe(200);
    expect(moved.json).toMatchObject({ name: 'production', version: 2, protected: true, updatedBy: 'test maintainer' });
    await put('production', { version: 1, reason: 'Rollback: v2 mis-calibrated' }, maintainer);
    expect(await history()).toEqual([
      {
        alias: 'production',
        fromVersion: 2,
        toVersion: 1,
        reason: 'Rollback: v2 mis-calibrated',
        movedBy: 'test maintainer',
        movedBySource: null,
        movedAt: expect.any(String),
      },
      {
        alias: 'production',
        fromVersion: 1,
        toVersion: 2,
        reason: 'Better rejection',
        movedBy: 'test maintainer',
        movedBySource: null,
        movedAt: expect.any(String),
      },
      {
        alias: 'production',
        fromVersion: null,
        toVersion: 1,
        reason: 'First release',
        movedBy: 'test maintainer',
        movedBySource: null,
        movedAt: expect.any(String),
      },
    ]);
    expect((await hub.call('GET', '/api/models/pid/versions/1')).json.aliases).toEqual(['production']);
    expect(hub.published).toContain('model pid alias production → v1');
  });

  it('lets writers move unprotected aliases, and records no history for a no-op', async () => {
    expect((await put('staging', { version: 3 }, writer)).status).toBe(201);
    expect((await put('staging', { version: 3 }, writer)).status).toBe(200);
    expect(await history()).toHaveLength(1);
    const filtered = await hub.call('GET', '/api/models/pid/alias-history?alias=production');
    expect(filtered.json.items).toEqual([]);
  });

  it('needs maintainer to protect an alias, and then to move it', async () => {
    await put('staging', { version: 1 }, writer);
    expect((await put('staging', { version: 1, protected: true }, writer)).status).toBe(403);
    expect((await put('staging', { version: 1, protected: true }, maintainer)).json.protected).toBe(true);
    expect((await put('staging', { version: 2 }, writer)).status).toBe(403);
    expect((await put('staging', { version: 2 }, maintainer)).json.version).toBe(2);
    expect((await put('production', { version: 1, protected: false }, maintainer)).status).toBe(400);
  });

  it("answers 403 for another group's maintainer, 404 unknown model, 422 unknown or non-ready version, 400 bad names, 401", async () => {
    expect((await put('production', { version: 1 }, otherMaintainer)).status).toBe(403);
    expect(
      (
        await hub.call('PUT', '/api/models/nope/aliases/staging', {
          body: { version: 1 },
          headers: { authorization: writer },
        })
      ).status,
    ).toBe(404);
    const unknown = await put('staging', { version: 9 }, writer);
    expect(unknown.status).toBe(422);
    expect(unknown.json.error.details.issues[0].path).toBe('version');
    await hub.call('PATCH', '/api/models/pid/versions/3', {
      body: { status: 'failed' },
      headers: { authorization: writer },
    });
    expect((await put('staging', { version: 3 }, writer)).status).toBe(422);
    expect((await put('Bad_Name', { version: 1 }, writer)).status).toBe(400);
    expect((await put('latest', { version: 1 }, writer)).status).toBe(400);
    expect((await put('staging', { version: 0 }, writer)).status).toBe(400);
    expect((await hub.call('PUT', '/api/models/pid/aliases/staging', { body: { version: 1 } })).status).toBe(401);
    expect(await history()).toEqual([]);
  });
});

describe('DELETE /api/models/:slug/aliases/:alias', () => {
  it('removes an alias and records it; protected ones need maintainer; 404 when absent', async () => {
    await put('staging', { version: 1 }, writer);
    await put('production', { version: 2 }, maintainer);
    expect(
      (
        await hub.call('DELETE', '/api/models/pid/aliases/staging?reason=obsolete', {
          headers: { authorization: writer },
        })
      ).status,
    ).toBe(204);
    expect((await history())[0]).toMatchObject({
      alias: 'staging',
      fromVersion: 1,
      toVersion: null,
      reason: 'obsolete',
    });
    expect(
      (await hub.call('DELETE', '/api/models/pid/aliases/production', { headers: { authorization: writer } })).status,
    ).toBe(403);
    expect((await hub.call('GET', '/api/models/pid/aliases/production/version')).status).toBe(200);
    expect(
      (await hub.call('DELETE', '/api/models/pid/aliases/staging', { headers: { authorization: writer } })).status,
    ).toBe(404);
    expect((await hub.call('DELETE', '/api/models/pid/aliases/staging')).status).toBe(401);
    expect(
      (await hub.call('DELETE', '/api/models/pid/aliases/BAD', { headers: { authorization: writer } })).status,
    ).toBe(400);
  });
});

describe('GET /api/models/:slug/aliases and alias-history', () => {
  it('lists production first and pages the history; 404 unknown model, 400 bad cursor', async () => {
    await put('staging', { version: 3 }, writer);
    await put('production', { version: 2 }, maintainer);
    await put('canary', { version: 3 }, writer);
    const aliases = (await hub.call('GET', '/api/models/pid/aliases')).json.items.map((a: { name: string }) => a.name);
    expect(aliases).toEqual(['production', 'canary', 'staging']);
    const first = await hub.call('GET', '/api/models/pid/alias-history?limit=2');
    expect(first.json.items.map((e: { alias: string }) => e.alias)).toEqual(['canary', 'production']);
    const rest = await hub.call('GET', `/api/models/pid/alias-history?limit=2&cursor=${first.json.nextCursor}`);
    expect(rest.json).toMatchObject({ items: [{ alias: 'staging' }], nextCursor: null });
    expect((await hub.call('GET', '/api/models/nope/aliases')).status).toBe(404);
    expect((await hub.call('GET', '/api/models/nope/alias-history')).status).toBe(404);
    expect((await hub.call('GET', '/api/models/pid/alias-history?cursor=%%%')).status).toBe(400);
  });
});

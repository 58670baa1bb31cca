import { createHmac } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Model } from '../../db/schema';
import { createTestToken } from '../factories';
import { addModel, addVersion, createLifecycleHub, sourceFor, type LifecycleHub } from '../helpers/lifecycle';

/**
 * Who may move `production` through a webhook: a source needs `allowProtectedAliases` (off by
 * default, set by admins) to move or remove a protected alias, through the envelope event
 * `model.alias.set` or MLflow's `model_version_alias.created`/`deleted`; the alias history
 * names the source for each move it made.
 */

let hub: LifecycleHub;
let model: Model;
let counter = 0;

beforeEach(async () => {
  hub = await createLifecycleHub();
  model = await addModel(hub.db, 'cms');
  await addVersion(hub.db, model);
  await addVersion(hub.db, model);
});

const admin = () => ({ authorization: hub.admin });

/** An MLflow registry webhook, signed as mlflow/webhooks/delivery.py signs it (see webhook-mlflow.test.ts). */
async function sendMlflow(source: { id: string; secret: string }, event: string, data: Record<string, unknown>) {
  const [entity, action] = event.split('.');
  const raw = JSON.stringify({ entity, action, timestamp: new Date().toISOString(), data });
  const id = `6b0f7f0e-1b7e-4f5c-9d2a-${String(++counter).padStart(12, '0')}`;
  const timestamp = String(Math.floor(Date.now() / 1000));
  const signature = createHmac('sha256', Buffer.from(source.secret, 'utf8'))
    .update(`${id}.${timestamp}.${raw}`, 'utf8')
    .digest('base64');
  return hub.call('POST', `/api/hooks/${source.id}`, {
    raw,
    headers: {
      'content-type': 'application/json',
      'x-mlflow-delivery-id': id,
      'x-mlflow-timestamp': timestamp,
      'x-mlflow-signature': `v1,${signature}`,
    },
  });
}

const aliasSet = (alias: string, version: number) => ({
  type: 'model.alias.set',
  data: { model: model.slug, alias, version },
});

async function aliasVersion(alias: string): Promise<number | null> {
  const res = await hub.call('GET', `/api/models/${model.slug}/aliases`, { headers: admin() });
  return res.json.items.find((a: { name: string }) => a.name === alias)?.version ?? null;
}

async function aliasHistory() {
  const res = await hub.call('GET', `/api/models/${model.slug}/alias-history`, { headers: admin() });
  expect(res.status).toBe(200);
  return res.json.items as {
    alias: string;
    toVersion: number | null;
    movedBySource: { id: string; name: string } | null;
  }[];
}

async function protectProduction(version: number) {
  const res = await hub.call('PUT', `/api/models/${model.slug}/aliases/production`, {
    body: { version },
    headers: admin(),
  });
  expect(res.status).toBeLessThan(300);
}

async function lastDelivery(sourceId: string) {
  const res = await hub.call('GET', `/api/webhooks/sources/${sourceId}/deliveries`, { headers: admin() });
  return res.json.items[0];
}

describe('webhook sources and protected aliases', () => {
  it('creates sources without the permission; admins grant and revoke it', async () => {
    const source = await sourceFor(hub, 'cms');
    expect((await hub.call('GET', `/api/webhooks/sources/${source.id}`, { headers: admin() })).json).toMatchObject({
      allowProtectedAliases: false,
    });
    const granted = await hub.call('PATCH', `/api/webhooks/sources/${source.id}`, {
      body: { allowProtectedAliases: true },
      headers: admin(),
    });
    expect(granted.status).toBe(200);
    expect(granted.json.allowProtectedAliases).toBe(true);
    const maintainer = await hub.call('PATCH', `/api/webhooks/sources/${source.id}`, {
      body: { allowProtectedAliases: false },
      headers: { authorization: (await createTestToken(hub.db, ['maintainer'], 'cms')).authorization },
    });
    expect(maintainer.status).toBe(403);
    const created = await hub.call('POST', '/api/webhooks/sources', {
      body: { name: 'release CI', group: 'cms', allowProtectedAliases: true },
      headers: admin(),
    });
    expect(created.status).toBe(201);
    expect(created.json.allowProtectedAliases).toBe(true);
  });
});

describe('model.alias.set through a source', () => {
  it('refuses to move production by default: 403 stored as rejected, saying how to grant it', async () => {
    const source = await sourceFor(hub, 'cms');
    const res = await hub.deliver(source, aliasSet('production', 1));
    expect(res.status).toBe(403);
    expect(res.json.error.details.reason).toBe('protected_alias');
    expect(res.json.error.message).toContain('"allowProtectedAliases": true');
    expect(await aliasVersion('production')).toBeNull();
    expect(await aliasHistory()).toEqual([]);
    const logged = await lastDelivery(source.id);
    expect(logged.status).toBe('rejected');
    expect(logged.error.message).toContain(`PATCH /api/webhooks/sources/${source.id}`);
  });

  it('refuses to move an alias a maintainer marked protected, and still moves unprotected ones', async () => {
    const source = await sourceFor(hub, 'cms');
    const protect = await hub.call('PUT', `/api/models/${model.slug}/aliases/release`, {
      body: { version: 1, protected: true },
      headers: admin(),
    });
    expect(protect.status).toBe(201);
    expect((await hub.deliver(source, aliasSet('release', 2))).status).toBe(403);
    expect(await aliasVersion('release')).toBe(1);

    expect((await hub.deliver(source, aliasSet('staging', 2))).status).toBe(200);
    expect(await aliasVersion('staging')).toBe(2);
    const [move] = await aliasHistory();
    expect(move).toMatchObject({ alias: 'staging', movedBySource: { id: source.id, name: 'CI of cms' } });
  });

  it('moves production with the permission, keeps it protected, and the history names the source', async () => {
    const source = await sourceFor(hub, 'cms', undefined, { allowProtectedAliases: true });
    const res = await hub.deliver(source, aliasSet('production', 1));
    expect(res.status).toBe(200);
    expect(await aliasVersion('production')).toBe(1);
    const aliases = await hub.call('GET', `/api/models/${model.slug}/aliases`, { headers: admin() });
    expect(aliases.json.items[0]).toMatchObject({ name: 'production', protected: true });

    await protectProduction(2);
    const [byApi, bySource] = await aliasHistory();
    expect(byApi).toMatchObject({ alias: 'production', toVersion: 2, movedBySource: null });
    expect(bySource).toMatchObject({ alias: 'production', toVersion: 1, movedBySource: { id: source.id } });
  });

  it('refuses again once an admin revokes the permission', async () => {
    const source = await sourceFor(hub, 'cms', undefined, { allowProtectedAliases: true });
    expect((await hub.deliver(source, aliasSet('production', 1))).status).toBe(200);
    await hub.call('PATCH', `/api/webhooks/sources/${source.id}`, {
      body: { allowProtectedAliases: false },
      headers: admin(),
    });
    expect((await hub.deliver(source, aliasSet('production', 2))).status).toBe(403);
    expect(await aliasVersion('production')).toBe(1);
  });
});

describe('MLflow model_version_alias events through a source', () => {
  it('refuses to create, move or delete production by default', async () => {
    const source = await sourceFor(hub, 'cms', ['mlflow']);
    const created = await sendMlflow(source, 'model_version_alias.created', {
      name: model.slug,
      alias: 'production',
      version: '1',
    });
    expect(created.status).toBe(403);
    expect(created.json.error.details.reason).toBe('protected_alias');
    expect(await aliasVersion('production')).toBeNull();

    await protectProduction(1);
    const moved = await sendMlflow(source, 'model_version_alias.created', {
      name: model.slug,
      alias: 'production',
      version: '2',
    });
    expect(moved.status).toBe(403);
    const deleted = await sendMlflow(source, 'model_version_alias.deleted', { name: model.slug, alias: 'production' });
    expect(deleted.status).toBe(403);
    expect(deleted.json.error.message).toContain('"allowProtectedAliases": true');
    expect(await aliasVersion('production')).toBe(1);
    expect((await lastDelivery(source.id)).status).toBe('rejected');
    // Only the maintainer's move through the API is in the history.
    expect((await aliasHistory()).map((m) => m.movedBySource)).toEqual([null]);
  });

  it('moves and deletes production with the permission, each move naming the source', async () => {
    const source = await sourceFor(hub, 'cms', ['mlflow'], { allowProtectedAliases: true });
    await protectProduction(1);
    const moved = await sendMlflow(source, 'model_version_alias.created', {
      name: model.slug,
      alias: 'production',
      version: '2',
    });
    expect(moved.status).toBe(200);
    expect(await aliasVersion('production')).toBe(2);
    const deleted = await sendMlflow(source, 'model_version_alias.deleted', { name: model.slug, alias: 'production' });
    expect(deleted.status).toBe(200);
    expect(await aliasVersion('production')).toBeNull();

    const [removal, move, byApi] = await aliasHistory();
    expect(removal).toMatchObject({ alias: 'production', toVersion: null, movedBySource: { id: source.id } });
    expect(move).toMatchObject({ alias: 'production', toVersion: 2, movedBySource: { id: source.id } });
    expect(byApi).toMatchObject({ toVersion: 1, movedBySource: null });
  });

  it('deletes an unprotected alias without the permission', async () => {
    const source = await sourceFor(hub, 'cms', ['mlflow']);
    expect(
      (await sendMlflow(source, 'model_version_alias.created', { name: model.slug, alias: 'challenger', version: '2' }))
        .status,
    ).toBe(200);
    expect(
      (await sendMlflow(source, 'model_version_alias.deleted', { name: model.slug, alias: 'challenger' })).status,
    ).toBe(200);
    expect(await aliasVersion('challenger')).toBeNull();
  });
});

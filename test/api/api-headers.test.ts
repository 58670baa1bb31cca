import { beforeEach, describe, expect, it } from 'vitest';
import { seedDatabase } from '../../db/seed';
import { createLifecycleHub, type LifecycleHub } from '../helpers/lifecycle';

let hub: LifecycleHub;

beforeEach(async () => {
  hub = await createLifecycleHub();
  await seedDatabase(hub.db);
});

const vary = (headers: Headers) => (headers.get('vary') ?? '').split(/\s*,\s*/).map((v) => v.toLowerCase());

describe('API caching headers', () => {
  it('answers token creation (a secret shown once) with no-store and Vary: Authorization', async () => {
    const res = await hub.call('POST', '/api/tokens', {
      body: { name: 'CI', scopes: ['write'], group: 'cms' },
      headers: { authorization: hub.admin },
    });
    expect(res.status).toBe(201);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(vary(res.headers)).toContain('authorization');
  });

  it('answers webhook-source creation and secret rotation with no-store', async () => {
    const created = await hub.call('POST', '/api/webhooks/sources', {
      body: { name: 'CMS CI', group: 'it' },
      headers: { authorization: hub.admin },
    });
    expect(created.status).toBe(201);
    expect(created.headers.get('cache-control')).toBe('no-store');
    const rotated = await hub.call('POST', `/api/webhooks/sources/${created.json.id}/rotate`, {
      body: {},
      headers: { authorization: hub.admin },
    });
    expect(rotated.status).toBe(200);
    expect(rotated.json.secret).toMatch(/^whsec_/);
    expect(rotated.headers.get('cache-control')).toBe('no-store');
    expect(vary(rotated.headers)).toContain('authorization');
  });

  it('never lets a shared cache keep an answer made with credentials, even a public read', async () => {
    const res = await hub.call('GET', '/api/tools', { headers: { authorization: hub.admin } });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(vary(res.headers)).toContain('authorization');
  });

  it('sends Vary: Authorization on anonymous reads and on errors', async () => {
    const list = await hub.call('GET', '/api/models');
    expect(vary(list.headers)).toContain('authorization');
    const missing = await hub.call('GET', '/api/models/no-such-model');
    expect(missing.status).toBe(404);
    expect(vary(missing.headers)).toContain('authorization');
    const refused = await hub.call('POST', '/api/tokens', { body: { name: 'x', scopes: ['write'], group: 'it' } });
    expect(refused.status).toBe(401);
    expect(vary(refused.headers)).toContain('authorization');
    expect(refused.headers.get('cache-control')).toBe('no-store');
  });
});

describe('API CORS', () => {
  const origin = { origin: 'https://other-lab.example' };

  it('lets any origin read public catalog data, without credentials', async () => {
    for (const path of ['/api/tools', '/api/models', '/api/models/no-such-model', '/api/openapi.json']) {
      const res = await hub.call('GET', path, { headers: origin });
      expect(res.headers.get('access-control-allow-origin'), path).toBe('*');
      expect(res.headers.get('access-control-allow-credentials'), path).toBeNull();
    }
  });

  it('sends no CORS headers for writes or for reads that need a token', async () => {
    const write = await hub.call('POST', '/api/tools', { body: {}, headers: origin });
    expect(write.status).toBe(401);
    expect(write.headers.get('access-control-allow-origin')).toBeNull();
    const tokens = await hub.call('GET', '/api/tokens', { headers: { ...origin, authorization: hub.admin } });
    expect(tokens.status).toBe(200);
    expect(tokens.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('gives a preflight for a write no allow headers', async () => {
    const res = await hub.call('OPTIONS', '/api/tokens', {
      headers: {
        ...origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, content-type',
      },
      undocumented: 'a preflight is no documented operation: it must fail',
    });
    expect(res.status).toBeGreaterThanOrEqual(400);
    for (const name of res.headers.keys()) expect(name).not.toMatch(/^access-control-allow-/);
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import { createTestToken, insertTestTool } from '../factories';
import { createTestHub, type TestHub } from '../helpers/app';

let hub: TestHub;
let alice: string;
let cms: string;
let admin: string;
let readOnly: string;
let noGroup: string;

let n = 0;
function poolInput(overrides: Record<string, unknown> = {}) {
  n++;
  return {
    slug: `pool-${n}`,
    name: `Pool ${n}`,
    summary: 'GPUs for training.',
    site: 'CERN Meyrin',
    zone: 'general-purpose',
    availability: 'shared',
    access: 'Any lab member: **ask** the service desk.',
    accelerators: [{ kind: 'gpu', vendor: 'NVIDIA', model: 'NVIDIA A100', memoryGb: 40, count: 8 }],
    scheduler: 'htcondor',
    ...overrides,
  };
}

const auth = (authorization: string) => ({ headers: { authorization } });

beforeEach(async () => {
  hub = await createTestHub();
  alice = (await createTestToken(hub.db, ['write'], 'alice')).authorization;
  cms = (await createTestToken(hub.db, ['write'], 'cms')).authorization;
  admin = (await createTestToken(hub.db, ['admin'], 'it')).authorization;
  readOnly = (await createTestToken(hub.db, [], 'alice')).authorization;
  noGroup = (await createTestToken(hub.db, ['write'])).authorization;
});

describe('POST /api/hardware', () => {
  it('creates a pool owned by the token group, with defaults, a Location and a public change', async () => {
    await insertTestTool(hub.db, { slug: 'batch' });
    const res = await hub.call('POST', '/api/hardware', {
      body: poolInput({ slug: 'epn', name: 'EPN farm', tools: ['batch'], precisions: ['fp32', 'fp16'] }),
      ...auth(alice),
    });
    expect(res.status).toBe(201);
    expect(res.headers.get('location')).toBe('/api/hardware/epn');
    expect(res.json).toMatchObject({
      slug: 'epn',
      ownerGroup: 'alice',
      tools: ['batch'],
      precisions: ['fp32', 'fp16'],
      capacity: null,
      unverified: [],
      accelerators: [{ kind: 'gpu', vendor: 'NVIDIA', model: 'NVIDIA A100', memoryGb: 40, count: 8, perNode: null }],
    });
    expect(res.json.url).toMatch(/\/hardware\/epn\/$/);
    expect(hub.changes.at(-1)!.tags).toEqual(['hardware', 'hardware:epn']);
  });

  it('answers 400 with field paths for an unknown tool, a bad enum and blank access', async () => {
    await insertTestTool(hub.db, { slug: 'pending-tool', status: 'pending', publishedAt: null });
    const unknown = await hub.call('POST', '/api/hardware', {
      body: poolInput({ tools: ['no-such-tool', 'pending-tool'] }),
      ...auth(alice),
    });
    expect(unknown.status).toBe(400);
    expect(unknown.json.error.details.issues.map((i: { path: string }) => i.path)).toEqual(['tools.0', 'tools.1']);

    const bad = await hub.call('POST', '/api/hardware', {
      body: poolInput({ zone: 'moon', access: '   ', accelerators: [{ kind: 'tpu' }] }),
      ...auth(alice),
    });
    expect(bad.status).toBe(400);
    const paths = bad.json.error.details.issues.map((i: { path: string }) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['zone', 'access', 'accelerators.0.kind']));
    expect(bad.json.error.details.issues.every((i: { in: string }) => i.in === 'body')).toBe(true);
  });

  it('answers 401 without a token, 403 without write, for another group, or without a group', async () => {
    expect((await hub.call('POST', '/api/hardware', { body: poolInput() })).status).toBe(401);
    expect((await hub.call('POST', '/api/hardware', { body: poolInput(), ...auth(readOnly) })).status).toBe(403);
    const other = await hub.call('POST', '/api/hardware', { body: poolInput({ ownerGroup: 'cms' }), ...auth(alice) });
    expect(other.status).toBe(403);
    expect((await hub.call('POST', '/api/hardware', { body: poolInput(), ...auth(noGroup) })).status).toBe(403);
    const byAdmin = await hub.call('POST', '/api/hardware', { body: poolInput({ ownerGroup: 'cms' }), ...auth(admin) });
    expect(byAdmin.status).toBe(201);
    expect(byAdmin.json.ownerGroup).toBe('cms');
  });

  it('answers 409 when the slug is taken', async () => {
    await hub.call('POST', '/api/hardware', { body: poolInput({ slug: 'same' }), ...auth(alice) });
    const again = await hub.call('POST', '/api/hardware', { body: poolInput({ slug: 'same' }), ...auth(cms) });
    expect(again.status).toBe(409);
    expect(again.json.error.code).toBe('conflict');
  });
});

describe('GET /api/hardware', () => {
  beforeEach(async () => {
    const post = (body: Record<string, unknown>) =>
      hub.call('POST', '/api/hardware', { body: poolInput(body), ...auth(admin) });
    await post({ slug: 'epn', name: 'EPN', zone: 'online', availability: 'opportunistic', scheduler: null });
    await post({
      slug: 'tn-k8s',
      name: 'Technical network Kubernetes',
      zone: 'technical',
      scheduler: 'kubernetes',
      accelerators: [{ kind: 'cpu' }],
    });
    await post({ slug: 'fpga', name: 'FPGA boards', accelerators: [{ kind: 'fpga', model: 'Alveo U250' }] });
    await post({ slug: 'batch', name: 'batch GPUs' });
  });

  const slugs = async (query: string) => {
    const res = await hub.call('GET', `/api/hardware${query}`);
    expect(res.status).toBe(200);
    return res.json.items.map((p: { slug: string }) => p.slug);
  };

  it('lists pools by name and filters by accelerator, zone, scheduler and availability', async () => {
    expect(await slugs('')).toEqual(['batch', 'epn', 'fpga', 'tn-k8s']);
    expect(await slugs('?accelerator=gpu')).toEqual(['batch', 'epn']);
    expect(await slugs('?accelerator=fpga')).toEqual(['fpga']);
    expect(await slugs('?zone=technical')).toEqual(['tn-k8s']);
    expect(await slugs('?scheduler=kubernetes')).toEqual(['tn-k8s']);
    expect(await slugs('?availability=opportunistic')).toEqual(['epn']);
    expect(await slugs('?accelerator=gpu&scheduler=htcondor')).toEqual(['batch']);
    expect((await hub.call('GET', '/api/hardware?zone=technical')).json.total).toBe(1);
  });

  it('pages with a cursor without gaps or repeats', async () => {
    const first = await hub.call('GET', '/api/hardware?limit=3');
    expect(first.json.items).toHaveLength(3);
    expect(first.json.total).toBe(4);
    const second = await hub.call('GET', `/api/hardware?limit=3&cursor=${first.json.nextCursor}`);
    expect(second.json.items.map((p: { slug: string }) => p.slug)).toEqual(['tn-k8s']);
    expect(second.json.nextCursor).toBeNull();
  });

  it('answers 400 for an unknown filter value or a foreign cursor, 404 for an unknown pool', async () => {
    expect((await hub.call('GET', '/api/hardware?zone=moon')).status).toBe(400);
    const foreign = await hub.call('GET', '/api/hardware?cursor=not-a-cursor');
    expect(foreign.status).toBe(400);
    expect(foreign.json.error.details.issues[0].path).toBe('cursor');
    expect((await hub.call('GET', '/api/hardware/no-such-pool')).status).toBe(404);
    expect((await hub.call('GET', '/api/hardware/epn')).json.name).toBe('EPN');
  });
});

describe('PATCH /api/hardware/:slug', () => {
  it('lets the owner group and admins change a pool, and nobody else', async () => {
    await hub.call('POST', '/api/hardware', { body: poolInput({ slug: 'epn' }), ...auth(alice) });
    const own = await hub.call('PATCH', '/api/hardware/epn', {
      body: { availability: 'opportunistic' },
      ...auth(alice),
    });
    expect(own.status).toBe(200);
    expect(own.json.availability).toBe('opportunistic');
    expect((await hub.call('PATCH', '/api/hardware/epn', { body: { name: 'X' }, ...auth(cms) })).status).toBe(403);
    expect((await hub.call('PATCH', '/api/hardware/epn', { body: { name: 'X' } })).status).toBe(401);
    const byAdmin = await hub.call('PATCH', '/api/hardware/epn', { body: { access: 'Ask ALICE.' }, ...auth(admin) });
    expect(byAdmin.json.access).toBe('Ask ALICE.');
    expect((await hub.call('PATCH', '/api/hardware/nope', { body: { name: 'X' }, ...auth(admin) })).status).toBe(404);
    expect((await hub.call('PATCH', '/api/hardware/epn', { body: {}, ...auth(alice) })).status).toBe(400);
    expect(
      (await hub.call('PATCH', '/api/hardware/epn', { body: { tools: ['missing'] }, ...auth(alice) })).json.error
        .details.issues[0].path,
    ).toBe('tools.0');
  });

  it('keeps pools without an owner group for admins only', async () => {
    await hub.call('POST', '/api/hardware', { body: poolInput({ slug: 'seeded' }), ...auth(admin) });
    // An ownerless pool, as the seed writes them.
    await hub.db.run(`update hardware_pools set owner_group_id = null where slug = 'seeded'` as never);
    const res = await hub.call('PATCH', '/api/hardware/seeded', { body: { name: 'Mine' }, ...auth(alice) });
    expect(res.status).toBe(403);
    expect(res.json.error.message).toMatch(/no owner group/);
    expect((await hub.call('PATCH', '/api/hardware/seeded', { body: { name: 'Ok' }, ...auth(admin) })).status).toBe(
      200,
    );
  });

  it('answers 409 when renaming onto a taken slug', async () => {
    await hub.call('POST', '/api/hardware', { body: poolInput({ slug: 'pool-a' }), ...auth(alice) });
    await hub.call('POST', '/api/hardware', { body: poolInput({ slug: 'pool-b' }), ...auth(alice) });
    expect((await hub.call('PATCH', '/api/hardware/pool-a', { body: { slug: 'pool-b' }, ...auth(alice) })).status).toBe(
      409,
    );
  });
});

describe('POST /api/hardware/:slug/capacity', () => {
  beforeEach(async () => {
    await hub.call('POST', '/api/hardware', { body: poolInput({ slug: 'epn' }), ...auth(alice) });
  });

  it('stores each report, shows the latest observation on the pool and keeps the history', async () => {
    const first = await hub.call('POST', '/api/hardware/epn/capacity', {
      body: { freeGpus: 3, totalGpus: 8, queueLength: 12, observedAt: '2026-01-01T10:00:00Z' },
      ...auth(alice),
    });
    expect(first.status).toBe(201);
    expect(first.json).toMatchObject({ pool: 'epn', status: 'up', freeGpus: 3, source: 'api' });
    await hub.call('POST', '/api/hardware/epn/capacity', {
      body: { freeGpus: 0, status: 'degraded', observedAt: '2026-01-02T10:00:00Z' },
      ...auth(alice),
    });
    // A late report of an older observation does not replace the newer one.
    await hub.call('POST', '/api/hardware/epn/capacity', {
      body: { freeGpus: 7, observedAt: '2025-12-31T10:00:00Z' },
      ...auth(admin),
    });
    const pool = await hub.call('GET', '/api/hardware/epn');
    expect(pool.json.capacity).toMatchObject({
      freeGpus: 0,
      status: 'degraded',
      observedAt: '2026-01-02T10:00:00.000Z',
    });
    const history = await hub.call('GET', '/api/hardware/epn/capacity?limit=2');
    expect(history.json.items.map((r: { freeGpus: number }) => r.freeGpus)).toEqual([0, 3]);
    const rest = await hub.call('GET', `/api/hardware/epn/capacity?limit=2&cursor=${history.json.nextCursor}`);
    expect(rest.json.items.map((r: { freeGpus: number }) => r.freeGpus)).toEqual([7]);
    expect(rest.json.nextCursor).toBeNull();
    expect(hub.published.at(-1)).toBe('hardware pool epn capacity reported');
  });

  it('answers 401, 403 for another group or a read-only token, 404 for an unknown pool', async () => {
    const body = { freeGpus: 1 };
    expect((await hub.call('POST', '/api/hardware/epn/capacity', { body })).status).toBe(401);
    expect((await hub.call('POST', '/api/hardware/epn/capacity', { body, ...auth(cms) })).status).toBe(403);
    expect((await hub.call('POST', '/api/hardware/epn/capacity', { body, ...auth(readOnly) })).status).toBe(403);
    expect((await hub.call('POST', '/api/hardware/nope/capacity', { body, ...auth(alice) })).status).toBe(404);
    expect((await hub.call('GET', '/api/hardware/nope/capacity')).status).toBe(404);
  });

  it('answers 400 for negative counts, more free than total GPUs, an unknown status or a future observation', async () => {
    const post = (body: unknown) => hub.call('POST', '/api/hardware/epn/capacity', { body, ...auth(alice) });
    const negative = await post({ freeGpus: -1 });
    expect(negative.status).toBe(400);
    expect(negative.json.error.details.issues[0].path).toBe('freeGpus');
    expect((await post({ freeGpus: 9, totalGpus: 8 })).json.error.details.issues[0].path).toBe('freeGpus');
    expect((await post({ status: 'on-fire' })).status).toBe(400);
    const future = await post({ observedAt: new Date(Date.now() + 3_600_000).toISOString() });
    expect(future.status).toBe(400);
    expect(future.json.error.details.issues[0].path).toBe('observedAt');
    expect((await hub.call('GET', '/api/hardware/epn')).json.capacity).toBeNull();
  });
});

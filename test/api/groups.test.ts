import { beforeEach, describe, expect, it } from 'vitest';
import { seedDatabase } from '../../db/seed';
import { createTestHub, type TestHub } from '../helpers/app';

let hub: TestHub;

beforeEach(async () => {
  hub = await createTestHub();
  await seedDatabase(hub.db);
});

describe('GET /api/groups', () => {
  it('lists the seeded groups by name', async () => {
    const res = await hub.call('GET', '/api/groups');
    expect(res.status).toBe(200);
    const ids = res.json.items.map((g: { id: string }) => g.id);
    expect(ids).toEqual(expect.arrayContaining(['atlas', 'cms', 'alice', 'lhcb', 'ats', 'it', 'hub']));
    expect(res.json.items.find((g: { id: string }) => g.id === 'lhcb')).toMatchObject({
      name: 'LHCb',
      kind: 'experiment',
    });
  });
});

describe('GET /api/groups/:id', () => {
  it('returns one group, 404 for an unknown one and 400 for a malformed id', async () => {
    expect((await hub.call('GET', '/api/groups/cms')).json).toMatchObject({ id: 'cms', name: 'CMS' });
    expect((await hub.call('GET', '/api/groups/nope')).status).toBe(404);
    expect((await hub.call('GET', `/api/groups/${'x'.repeat(40)}`)).status).toBe(400);
  });
});

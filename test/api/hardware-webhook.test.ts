import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { events } from '../../db/schema';
import { createTestToken } from '../factories';
import { createLifecycleHub, sourceFor, type LifecycleHub } from '../helpers/lifecycle';

let hub: LifecycleHub;

beforeEach(async () => {
  hub = await createLifecycleHub();
  const alice = (await createTestToken(hub.db, ['write'], 'alice')).authorization;
  const res = await hub.call('POST', '/api/hardware', {
    body: {
      slug: 'alice-epn',
      name: 'EPN',
      summary: 'GPUs.',
      site: 'CERN',
      zone: 'online',
      availability: 'opportunistic',
      access: 'Ask ALICE.',
    },
    headers: { authorization: alice },
  });
  expect(res.status).toBe(201);
});

describe('hardware.capacity.reported (signed webhook)', () => {
  it("stores the report from the owner group's source, logs the event and shows it on the pool", async () => {
    const source = await sourceFor(hub, 'alice');
    const res = await hub.deliver(source, {
      type: 'hardware.capacity.reported',
      data: { pool: 'alice-epn', freeGpus: 12, totalGpus: 64, queueLength: 0, observedAt: '2026-02-01T12:00:00Z' },
    });
    expect(res.status).toBe(200);
    expect(res.json.type).toBe('hardware.capacity.reported@1');
    const [event] = await hub.db.select().from(events).where(eq(events.id, res.json.eventId));
    expect(event).toMatchObject({ type: 'hardware.capacity.reported', sourceId: source.id, modelId: null });
    expect(event!.summary).toBe('Capacity of alice-epn: up, 12 GPUs free');
    const pool = await hub.call('GET', '/api/hardware/alice-epn');
    expect(pool.json.capacity).toMatchObject({ freeGpus: 12, totalGpus: 64, source: 'webhook' });
    expect(hub.published).toContain('hardware pool alice-epn capacity reported');
  });

  it("rejects another group's source (403), an unknown pool and an invalid payload (422), storing nothing", async () => {
    const cms = await sourceFor(hub, 'cms');
    const foreign = await hub.deliver(cms, {
      type: 'hardware.capacity.reported',
      data: { pool: 'alice-epn', freeGpus: 1 },
    });
    expect(foreign.status).toBe(403);
    const alice = await sourceFor(hub, 'alice');
    const unknown = await hub.deliver(alice, {
      type: 'hardware.capacity.reported',
      data: { pool: 'no-pool', freeGpus: 1 },
    });
    expect(unknown.status).toBe(422);
    const invalid = await hub.deliver(alice, {
      type: 'hardware.capacity.reported',
      data: { pool: 'alice-epn', freeGpus: 9, totalGpus: 8 },
    });
    expect(invalid.status).toBe(422);
    expect((await hub.call('GET', '/api/hardware/alice-epn')).json.capacity).toBeNull();
  });
});

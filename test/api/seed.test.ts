import { describe, expect, it } from 'vitest';
import { seedDatabase, seedHub } from '../../db/seed';
import { SEED_TOOLS } from '../../db/seed/tools';
import { ToolCreateSchema } from '../../functions/contract/tools/schema';
import { createTestHub } from '../helpers/app';

describe('seed', () => {
  it('publishes at least 15 tools that pass the API validation', async () => {
    expect(SEED_TOOLS.length).toBeGreaterThanOrEqual(15);
    for (const tool of SEED_TOOLS) {
      const { descriptionMd, ownerGroupId, ...rest } = tool;
      const result = ToolCreateSchema.safeParse({
        ...rest,
        description: descriptionMd,
        ownerGroup: ownerGroupId ?? null,
      });
      expect(result.success, `${tool.slug}: ${result.error?.message}`).toBe(true);
    }
    const hub = await createTestHub();
    await seedDatabase(hub.db);
    const res = await hub.call('GET', '/api/tools?limit=200');
    expect(res.json.total).toBe(SEED_TOOLS.length);
  });

  it('is idempotent and never overwrites edited entries', async () => {
    const hub = await createTestHub();
    expect(await seedDatabase(hub.db)).toEqual({ groups: 7, tools: SEED_TOOLS.length });
    await hub.db.update((await import('../../db/schema')).tools).set({ summary: 'Edited by a curator.' });
    expect(await seedDatabase(hub.db)).toEqual({ groups: 0, tools: 0 });
    const swan = await hub.call('GET', '/api/tools/swan');
    expect(swan.json.summary).toBe('Edited by a curator.');
  });
});

describe('seedHub', () => {
  it('also puts the demo models in the catalog, once', async () => {
    const hub = await createTestHub();
    const first = await seedHub(hub.db);
    expect(first.catalog.models).toBeGreaterThanOrEqual(3);
    const again = await seedHub(hub.db);
    expect(again.catalog).toEqual({ datasets: 0, datasetVersions: 0, models: 0, versions: 0 });
    const pid = await hub.call('GET', '/api/models/pid-dedx');
    expect(pid.status).toBe(200);
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { seedHub } from '../../db/seed';
import { DEMO_STUDIES, seedDemoStudies } from '../../db/seed/hpo';
import { resolveConfig } from '../../functions/config';
import { studyPage } from '../../functions/services/hpo-study-pages';
import { checkParams } from '../../src/lib/hpo/search-space';
import { createTestHub, type TestHub } from '../helpers/app';

let hub: TestHub;

beforeAll(async () => {
  hub = await createTestHub();
  await seedHub(hub.db);
});

describe('seeded demo HPO studies', () => {
  it('seeds each demo study on its model, marked as demonstration data, and seeding again adds nothing', async () => {
    for (const s of DEMO_STUDIES) {
      const got = await hub.call('GET', `/api/models/${s.model}/studies/${s.slug}`);
      expect(got.status).toBe(200);
      expect(got.json.description).toMatch(/Demonstration data/);
      expect(got.json.trials.total).toBe(s.trials);
      expect(got.json.bestTrial).not.toBeNull();
    }
    expect(await seedDemoStudies(hub.db)).toBe(0);
  });

  it('writes trials inside the search space, with pruned trials and per-step values to plot', async () => {
    for (const s of DEMO_STUDIES) {
      const { json } = await hub.call('GET', `/api/models/${s.model}/studies/${s.slug}/trials?limit=1000`);
      for (const t of json.items) expect(checkParams(s.space, t.params)).toEqual([]);
      expect(json.items.every((t: { intermediateValues: unknown[] }) => t.intermediateValues.length > 0)).toBe(true);
      if (s.pruner) expect(json.items.some((t: { state: string }) => t.state === 'PRUNED')).toBe(true);
    }
  });

  it('gives the running study a page with history, importance and a priced remaining budget', async () => {
    const ctx = { db: hub.db, config: resolveConfig({}) };
    const page = (await studyPage(ctx, 'jet-btag', 'lr-width-scan', null))!;
    expect(page.history.length).toBeGreaterThan(10);
    expect(page.importance.length).toBe(4);
    expect(page.cost.estimate).not.toBeNull();
    expect(page.cost.budget.trialsLeft).toBeGreaterThan(0);
    expect(page.pools.length).toBeGreaterThan(0);
  });
});

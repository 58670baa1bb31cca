import { beforeAll, describe, expect, it } from 'vitest';
import { seedDatabase } from '../../db/seed';
import { resolveConfig } from '../../functions/config';
import { costPage } from '../../functions/services/costs';
import { costPageUrl, readCostQuery } from '../../src/lib/costs';
import { createTestToken } from '../factories';
import { createTestHub, type TestHub } from '../helpers/app';

let hub: TestHub;
let writer: string;
const campaign = { datasetTb: 0, gpuType: 'A100-80GB', hoursPerJob: 3, jobs: 7 };

beforeAll(async () => {
  hub = await createTestHub();
  await seedDatabase(hub.db);
  writer = (await createTestToken(hub.db, ['write'], 'cms')).authorization;
});

describe('cost estimates that name a hardware pool', () => {
  it('POST /api/costs/estimate names the pool, says it has no price and keeps every option priced as before', async () => {
    const plain = await hub.call('POST', '/api/costs/estimate', { body: campaign });
    const res = await hub.call('POST', '/api/costs/estimate', { body: { ...campaign, pool: 'batch-gpu' } });
    expect(res.status).toBe(200);
    expect(res.json.pool).toMatchObject({ slug: 'batch-gpu', priced: false });
    expect(res.json.pool.url).toMatch(/\/hardware\/batch-gpu\/$/);
    expect(res.json.pool.note).toMatch(/no price table has a price for it/);
    expect(res.json.assumptions).toContain(res.json.pool.note);
    expect(res.json.options.map((o: { totalUsd: number }) => o.totalUsd)).toEqual(
      plain.json.options.map((o: { totalUsd: number }) => o.totalUsd),
    );
    expect(plain.json.pool).toBeUndefined();
  });

  it('answers 400 naming `pool` for an unknown pool or a malformed slug', async () => {
    const unknown = await hub.call('POST', '/api/costs/estimate', { body: { ...campaign, pool: 'no-such-pool' } });
    expect(unknown.status).toBe(400);
    expect(unknown.json.error.details.issues).toEqual([
      expect.objectContaining({ in: 'body', path: 'pool', code: 'unknown_pool' }),
    ]);
    const malformed = await hub.call('POST', '/api/costs/estimate', { body: { ...campaign, pool: 'Bad Slug!' } });
    expect(malformed.status).toBe(400);
    expect(malformed.json.error.details.issues[0].path).toBe('pool');
  });

  it('a saved estimate keeps the pool, and its page link carries it', async () => {
    const saved = await hub.call('POST', '/api/costs/estimates', {
      body: { ...campaign, pool: 'lxplus-gpu' },
      headers: { authorization: writer },
    });
    expect(saved.status).toBe(201);
    expect(saved.json.estimate.pool.slug).toBe('lxplus-gpu');
    expect(new URL(saved.json.pageUrl).searchParams.get('pool')).toBe('lxplus-gpu');
  });

  it('the cost page reads ?pool= and shows the note, or the problem for an unknown pool', async () => {
    expect(readCostQuery(new URLSearchParams('gpu=T4&hours=2&pool=batch-gpu')).request).toMatchObject({
      pool: 'batch-gpu',
    });
    expect(costPageUrl({ ...campaign, pool: 'batch-gpu' })).toContain('pool=batch-gpu');
    const ctx = { db: hub.db, config: resolveConfig({}) };
    const page = await costPage(ctx, new URLSearchParams('datasetTb=1&gpu=A100-80GB&hours=3&pool=batch-gpu'));
    expect('estimate' in page.result && page.result.estimate.pool?.slug).toBe('batch-gpu');
    const bad = await costPage(ctx, new URLSearchParams('datasetTb=1&gpu=A100-80GB&hours=3&pool=nope'));
    expect('problem' in bad.result && bad.result.problem.issues?.[0]?.param).toBe('pool');
  });
});

import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedDatabase } from '../../db/seed';
import { resolveConfig } from '../../functions/config';
import type { ServiceContext } from '../../functions/hub';
import {
  studyListPage,
  studyPage,
  STUDIES_PAGE_SIZE,
  TRIALS_PAGE_SIZE,
} from '../../functions/services/hpo-study-pages';
import { createTestToken, modelInput } from '../factories';
import { createTestHub, type TestHub } from '../helpers/app';

const JOURNAL = readFileSync(new URL('../fixtures/optuna/journal.log', import.meta.url), 'utf8');

let hub: TestHub;
let ctx: ServiceContext;
let cms: string;
const post = (path: string, body: unknown) => hub.call('POST', path, { body, headers: { authorization: cms } });

const space = {
  lr: { type: 'float', low: 1e-5, high: 0.1, log: true },
  layers: { type: 'int', low: 2, high: 8 },
  optimizer: { type: 'categorical', choices: ['adam', 'sgd'] },
};

beforeAll(async () => {
  hub = await createTestHub();
  ctx = { db: hub.db, config: resolveConfig({ publicUrl: 'https://hub.example.org' }) };
  await seedDatabase(hub.db);
  cms = (await createTestToken(hub.db, ['write'], 'cms')).authorization;
  await post('/api/models', modelInput({ slug: 'tagger', name: 'Tagger' }));
  await post('/api/models', modelInput({ slug: 'empty', name: 'Empty' }));
  expect(
    (await post('/api/models/tagger/studies/import', { journal: JOURNAL, slug: 'imported', metric: 'val_loss' }))
      .status,
  ).toBe(201);
  expect(
    (
      await post('/api/models/tagger/studies', {
        slug: 'priced',
        name: 'Priced scan',
        objective: { metric: 'auc', direction: 'maximize' },
        searchSpace: space,
        budget: { maxTrials: 10, gpuHours: 40 },
        gpuType: 'A100-80GB',
      })
    ).status,
  ).toBe(201);
  const trials = [
    { params: { lr: 1e-3, layers: 4, optimizer: 'adam' }, state: 'COMPLETE', value: 0.9, gpuHours: 2 },
    { params: { lr: 1e-2, layers: 6, optimizer: 'sgd' }, state: 'COMPLETE', value: 0.8, gpuHours: 4 },
    {
      params: { lr: 1e-4, layers: 2, optimizer: 'sgd' },
      state: 'PRUNED',
      gpuHours: 1,
      intermediateValues: [{ step: 0, value: 0.5 }],
    },
  ];
  for (const t of trials) expect((await post('/api/models/tagger/studies/priced/trials', t)).status).toBe(201);
});

describe('study list page', () => {
  it("lists a model's studies with counts, and is empty (not missing) for a model without any", async () => {
    const list = await studyListPage(ctx, 'tagger', null);
    expect(list!.studies.map((s) => [s.slug, s.trials.total])).toEqual([
      ['imported', 5],
      ['priced', 3],
    ]);
    expect(list!.window).toMatchObject({ page: 1, pageCount: 1, pageSize: STUDIES_PAGE_SIZE });
    expect((await studyListPage(ctx, 'empty', null))!.studies).toEqual([]);
  });

  it('is missing for an unknown model or a page past the last', async () => {
    expect(await studyListPage(ctx, 'nope', null)).toBeUndefined();
    expect(await studyListPage(ctx, 'tagger', '2')).toBeUndefined();
    expect(await studyListPage(ctx, 'tagger', 'x')).toBeUndefined();
  });
});

describe('study page', () => {
  it('shows the imported study: best trial, history, curves with pruning and parallel axes by distribution', async () => {
    const page = (await studyPage(ctx, 'tagger', 'imported', null))!;
    expect(page.study.bestTrial).toMatchObject({ number: 2, value: 0.35 });
    expect(page.best).toMatchObject({ number: 2, state: 'COMPLETE' });
    expect(page.history).toEqual([
      { number: 0, value: 0.42, best: 0.42 },
      { number: 2, value: 0.35, best: 0.35 },
    ]);
    expect(page.curves.some((c) => c.state === 'PRUNED')).toBe(true);
    expect(page.parallel.axes.map((a) => a.kind)).toEqual(['log', 'category', 'linear', 'linear']);
    expect(page.trials.map((t) => t.number)).toEqual([0, 1, 2, 3, 4]);
    expect(page.window.pageSize).toBe(TRIALS_PAGE_SIZE);
    // Imported without a GPU type or budget: no estimate, and it says why.
    expect(page.cost.estimate).toBeNull();
    expect(page.cost.problem).toMatch(/no trial or GPU-hour budget/);
  });

  it('prices the trials left from the mean GPU-hours of completed trials on the study GPU, capped by GPU-hours left', async () => {
    const page = (await studyPage(ctx, 'tagger', 'priced', null))!;
    // 7 GPU-hours used of 40; 3 per trial (mean of 2 and 4) → 11 trials by hours, 7 by the trial budget.
    expect(page.cost.budget).toMatchObject({
      trialsLeft: 7,
      hoursPerTrial: 3,
      hoursBasis: 'measured',
      gpuHoursLeft: 33,
    });
    expect(page.cost.estimate!.campaign).toMatchObject({
      gpuType: 'A100-80GB',
      jobs: 7,
      hoursPerJob: 3,
      gpusPerJob: 1,
    });
    expect(page.cost.estimate!.options.length).toBeGreaterThan(1);
    expect(page.cost.costUrl).toBe(
      '/costs/?datasetTb=0&gpu=A100-80GB&gpus=1&hours=3&jobs=7&egress=0&ingress=0&storageMonths=0',
    );
    // Two COMPLETE trials are too few to estimate importance (it needs three).
    expect(page.importance).toEqual([]);
  });

  it('lists GPU pools that are not down; with a GPU type, only matching pools or ones whose model is unrecorded', async () => {
    const page = (await studyPage(ctx, 'tagger', 'priced', null))!;
    const slugs = page.pools.map((c) => c.pool.slug);
    expect(slugs).not.toContain('technical-network-k8s');
    expect(slugs).not.toContain('lxplus-gpu'); // T4s only
    expect(page.pools.every((c) => c.match === 'gpu-type' || c.match === 'model-unrecorded')).toBe(true);
    const imported = (await studyPage(ctx, 'tagger', 'imported', null))!;
    expect(imported.pools.map((c) => c.pool.slug)).toContain('lxplus-gpu');
    expect(
      (
        await hub.call('POST', '/api/hardware/lxplus-gpu/capacity', {
          body: { status: 'down' },
          headers: { authorization: (await createTestToken(hub.db, ['admin'], 'cms')).authorization },
        })
      ).status,
    ).toBe(201);
    expect((await studyPage(ctx, 'tagger', 'imported', null))!.pools.map((c) => c.pool.slug)).not.toContain(
      'lxplus-gpu',
    );
  });

  it('is missing for an unknown study or model, or a trial page past the last', async () => {
    expect(await studyPage(ctx, 'tagger', 'nope', null)).toBeUndefined();
    expect(await studyPage(ctx, 'nope', 'priced', null)).toBeUndefined();
    expect(await studyPage(ctx, 'tagger', 'priced', '2')).toBeUndefined();
  });
});

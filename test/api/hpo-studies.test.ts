import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { createTestToken, modelInput } from '../factories';
import { createTestHub, type TestHub } from '../helpers/app';

let hub: TestHub;
let cms: string;
let atlas: string;
let reader: string;

const JOURNAL = readFileSync(new URL('../fixtures/optuna/journal.log', import.meta.url), 'utf8');

const studyBody = (overrides: Record<string, unknown> = {}) => ({
  slug: 'lr-scan',
  name: 'Learning-rate scan',
  objective: { metric: 'val_loss', direction: 'minimize' },
  searchSpace: {
    lr: { type: 'float', low: 1e-5, high: 0.1, log: true },
    layers: { type: 'int', low: 2, high: 8, step: 2 },
    optimizer: { type: 'categorical', choices: ['adam', 'sgd'] },
  },
  sampler: 'TPESampler',
  budget: { maxTrials: 3, gpuHours: 100 },
  gpuType: 'A100-80GB',
  ...overrides,
});

beforeEach(async () => {
  hub = await createTestHub();
  cms = (await createTestToken(hub.db, ['write'], 'cms')).authorization;
  atlas = (await createTestToken(hub.db, ['write'], 'atlas')).authorization;
  reader = (await createTestToken(hub.db, [], 'cms')).authorization;
  await hub.call('POST', '/api/models', { body: modelInput({ slug: 'jet-tagger' }), headers: { authorization: cms } });
});

const post = (path: string, body: unknown, authorization = cms) =>
  hub.call('POST', `/api/models/jet-tagger${path}`, { body, headers: { authorization } });

describe('HPO studies', () => {
  it('creates a study (201 + Location), lists and reads it; the slug is unique per model (409)', async () => {
    const created = await post('/studies', studyBody());
    expect(created.status).toBe(201);
    expect(created.headers.get('location')).toBe('/api/models/jet-tagger/studies/lr-scan');
    expect(created.json).toMatchObject({
      model: 'jet-tagger',
      objective: { metric: 'val_loss', direction: 'minimize' },
      searchSpace: { layers: { type: 'int', low: 2, high: 8, step: 2, log: false } },
      status: 'running',
      trials: { total: 0 },
      trialsLeft: 3,
      bestTrial: null,
    });
    expect((await post('/studies', studyBody())).status).toBe(409);
    const list = await hub.call('GET', '/api/models/jet-tagger/studies');
    expect(list.json.items.map((s: { slug: string }) => s.slug)).toEqual(['lr-scan']);
    expect((await hub.call('GET', '/api/models/jet-tagger/studies/nope')).status).toBe(404);
    expect((await hub.call('GET', '/api/models/no-model/studies')).status).toBe(404);
    expect(hub.published).toContain('model jet-tagger study lr-scan created');
  });

  it('refuses bad search spaces with a path per parameter (400), and writes without a token (401), scope or group (403)', async () => {
    const bad = await post(
      '/studies',
      studyBody({
        searchSpace: { lr: { type: 'float', low: 0, high: 1, log: true }, n: { type: 'int', low: 5, high: 1 } },
      }),
    );
    expect(bad.status).toBe(400);
    const paths = bad.json.error.details.issues.map((i: { path: string }) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['searchSpace.lr', 'searchSpace.n']));
    expect((await hub.call('POST', '/api/models/jet-tagger/studies', { body: studyBody() })).status).toBe(401);
    expect((await post('/studies', studyBody(), reader)).status).toBe(403);
    expect((await post('/studies', studyBody(), atlas)).status).toBe(403);
  });

  it('runs trials over their lifecycle: numbers 0, 1, 2, intermediate values, finish, best trial, budget', async () => {
    await post('/studies', studyBody());
    const t0 = await post('/studies/lr-scan/trials', {
      params: { lr: 0.001, layers: 4, optimizer: 'adam' },
      job: { id: '9001', url: 'https://gitlab.cern.ch/ml/jet-tagger/-/jobs/9001' },
    });
    expect(t0.status).toBe(201);
    expect(t0.json).toMatchObject({ number: 0, state: 'RUNNING', job: { id: '9001' }, createdBy: 'test write' });
    expect(t0.headers.get('location')).toBe('/api/models/jet-tagger/studies/lr-scan/trials/0');
    for (const [step, value] of [
      [0, 0.9],
      [1, 0.5],
      [1, 0.45],
    ] as const) {
      expect((await post('/studies/lr-scan/trials/0/intermediate', { step, value })).status).toBe(200);
    }
    const finished = await post('/studies/lr-scan/trials/0/finish', { state: 'COMPLETE', value: 0.41, gpuHours: 2.5 });
    expect(finished.status).toBe(200);
    expect(finished.json).toMatchObject({
      state: 'COMPLETE',
      value: 0.41,
      gpuHours: 2.5,
      intermediateValues: [
        { step: 0, value: 0.9 },
        { step: 1, value: 0.45 },
      ],
    });
    expect((await post('/studies/lr-scan/trials/0/finish', { state: 'FAIL' })).status).toBe(409);
    expect((await post('/studies/lr-scan/trials/0/intermediate', { step: 2, value: 0.4 })).status).toBe(409);
    expect((await post('/studies/lr-scan/trials/9/finish', { state: 'FAIL' })).status).toBe(404);
    expect((await post('/studies/lr-scan/trials/0/finish', { state: 'COMPLETE' })).status).toBe(400);

    // A whole trial reported at once, then a pruned one.
    const t1 = await post('/studies/lr-scan/trials', {
      params: { lr: 0.01, layers: 6, optimizer: 'sgd' },
      state: 'COMPLETE',
      value: 0.38,
      gpuHours: 3,
    });
    expect(t1.json).toMatchObject({ number: 1, state: 'COMPLETE' });
    await post('/studies/lr-scan/trials', { params: { lr: 0.05, layers: 2, optimizer: 'sgd' }, state: 'PRUNED' });

    const study = await hub.call('GET', '/api/models/jet-tagger/studies/lr-scan');
    expect(study.json).toMatchObject({
      trials: { total: 3, COMPLETE: 2, PRUNED: 1, RUNNING: 0 },
      gpuHoursUsed: 5.5,
      trialsLeft: 0,
      bestTrial: { number: 1, value: 0.38, params: { lr: 0.01 } },
    });
    // The trial budget is spent.
    expect((await post('/studies/lr-scan/trials', { params: { lr: 0.001 } })).status).toBe(409);

    const list = await hub.call('GET', '/api/models/jet-tagger/studies/lr-scan/trials?limit=2');
    expect(list.json.items.map((t: { number: number }) => t.number)).toEqual([0, 1]);
    const rest = await hub.call('GET', `/api/models/jet-tagger/studies/lr-scan/trials?cursor=${list.json.nextCursor}`);
    expect(rest.json.items.map((t: { number: number }) => t.number)).toEqual([2]);
    expect(rest.json.nextCursor).toBeNull();

    const events = await hub.call('GET', '/api/models/jet-tagger/events');
    const types = events.json.items.map((e: { type: string }) => e.type);
    expect(types).toEqual(expect.arrayContaining(['hpo.study.created', 'hpo.trial.started', 'hpo.trial.finished']));
  });

  it('checks trial parameters against the search space (400 per parameter) and refuses trials of a stopped study (409)', async () => {
    await post('/studies', studyBody());
    const bad = await post('/studies/lr-scan/trials', {
      params: { lr: 0.5, layers: 3, optimizer: 'rmsprop', dropout: 0.1 },
    });
    expect(bad.status).toBe(400);
    expect(bad.json.error.details.issues.map((i: { path: string }) => i.path)).toEqual([
      'params.lr',
      'params.layers',
      'params.optimizer',
      'params.dropout',
    ]);
    const stopped = await hub.call('PATCH', '/api/models/jet-tagger/studies/lr-scan', {
      body: { status: 'stopped' },
      headers: { authorization: cms },
    });
    expect(stopped.json.status).toBe('stopped');
    expect((await post('/studies/lr-scan/trials', { params: { lr: 0.001 } })).status).toBe(409);
    expect((await post('/studies/lr-scan/trials', { params: { lr: 0.001 } }, atlas)).status).toBe(403);
  });

  it('promotes the best trial to a model version with its parameters and lineage; once (409)', async () => {
    await post('/studies', studyBody({ budget: {} }));
    expect((await post('/studies/lr-scan/promote', {})).status).toBe(409);
    await post('/studies/lr-scan/trials', {
      params: { lr: 0.001, layers: 4, optimizer: 'adam' },
      state: 'COMPLETE',
      value: 0.5,
    });
    await post('/studies/lr-scan/trials', {
      params: { lr: 0.0003, layers: 6, optimizer: 'sgd' },
      state: 'COMPLETE',
      value: 0.31,
      gpuHours: 4,
      job: { id: '77', url: 'https://gitlab.cern.ch/ml/jet-tagger/-/jobs/77' },
    });
    const promoted = await post('/studies/lr-scan/promote', {});
    expect(promoted.status).toBe(201);
    expect(promoted.json.trial).toBe(1);
    expect(promoted.json.version).toMatchObject({
      version: 1,
      hyperParameters: { lr: 0.0003, layers: 6, optimizer: 'sgd', hpo: { study: 'lr-scan', trial: 1 } },
      trainingJob: { ciUrl: 'https://gitlab.cern.ch/ml/jet-tagger/-/jobs/77', gpuHours: 4 },
    });
    expect(promoted.headers.get('location')).toBe('/api/models/jet-tagger/versions/1');
    expect((await hub.call('GET', '/api/models/jet-tagger/studies/lr-scan/trials/1')).json.promotedVersion).toBe(1);
    expect((await post('/studies/lr-scan/promote', {})).status).toBe(409);
    expect((await post('/studies/lr-scan/promote', { trial: 7 })).status).toBe(404);
    expect((await post('/studies/lr-scan/promote', {}, atlas)).status).toBe(403);
  });
});

describe('POST /api/models/:slug/studies/import (Optuna journal)', () => {
  it("imports a JournalStorage file's study with its trials, states, parameters and intermediate values", async () => {
    const res = await post('/studies/import', { journal: JOURNAL, slug: 'from-optuna', metric: 'val_loss' });
    expect(res.status).toBe(201);
    expect(res.json.imported).toEqual({ trials: 5, intermediateValues: 8 });
    expect(res.json.skipped).toEqual([{ trial: 5, reason: 'WAITING: enqueued, never ran' }]);
    expect(res.json.study).toMatchObject({
      name: 'jet-tagger-lr',
      source: 'optuna-journal',
      status: 'running',
      objective: { metric: 'val_loss', direction: 'minimize' },
      searchSpace: {
        lr: { type: 'float', low: 1e-5, high: 0.1, log: true, step: null },
        optimizer: { type: 'categorical', choices: ['adam', 'sgd', 'rmsprop'] },
        layers: { type: 'int', low: 2, high: 8, step: 1 },
      },
      trials: { total: 5, COMPLETE: 2, PRUNED: 1, FAIL: 1, RUNNING: 1 },
      bestTrial: { number: 2, value: 0.35, params: { lr: 0.0003, optimizer: 'adam', layers: 6 } },
    });
    const t0 = (await hub.call('GET', '/api/models/jet-tagger/studies/from-optuna/trials/0')).json;
    expect(t0).toMatchObject({
      state: 'COMPLETE',
      params: { lr: 0.001, optimizer: 'sgd', layers: 4 },
      values: [0.42],
      startedAt: '2025-03-01T10:00:00.000Z',
      finishedAt: '2025-03-01T10:05:00.000Z',
      job: { url: 'https://gitlab.cern.ch/cms-ml/jet-tagger/-/jobs/9001' },
    });
    // The value sent after the trial completed is skipped, as Optuna's replay skips it.
    expect(t0.intermediateValues).toEqual([
      { step: 0, value: 0.9 },
      { step: 1, value: 0.6 },
    ]);
    const pruned = (await hub.call('GET', '/api/models/jet-tagger/studies/from-optuna/trials/1')).json;
    expect(pruned).toMatchObject({ state: 'PRUNED', value: null });
    expect(pruned.intermediateValues).toHaveLength(3);
  });

  it('answers 400 for an unreadable journal, 422 for a missing study, 409 for a taken slug', async () => {
    const broken = await post('/studies/import', { journal: '{"op_code": 0\n{}\n', slug: 'x1' });
    expect(broken.status).toBe(400);
    expect(broken.json.error.details.issues[0]).toMatchObject({ path: 'journal', code: 'invalid_journal' });
    expect(broken.json.error.message).toContain('line 1');
    const missing = await post('/studies/import', { journal: JOURNAL, slug: 'x2', studyName: 'scratch' });
    expect(missing.status).toBe(422);
    await post('/studies/import', { journal: JOURNAL, slug: 'x3' });
    expect((await post('/studies/import', { journal: JOURNAL, slug: 'x3' })).status).toBe(409);
    expect((await post('/studies/import', { journal: JOURNAL, slug: 'x4' }, atlas)).status).toBe(403);
  });
});

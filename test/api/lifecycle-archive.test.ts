import { sql } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { createTestToken, datasetInput, datasetVersionInput, modelInput, modelVersionInput } from '../factories';
import { createTestHub, type TestHub } from '../helpers/app';

let hub: TestHub;
let cms: string;
let cmsMaintainer: string;
let atlas: string;
let admin: string;

beforeEach(async () => {
  hub = await createTestHub();
  cms = (await createTestToken(hub.db, ['write'], 'cms')).authorization;
  cmsMaintainer = (await createTestToken(hub.db, ['maintainer'], 'cms')).authorization;
  atlas = (await createTestToken(hub.db, ['write'], 'atlas')).authorization;
  admin = (await createTestToken(hub.db, ['admin'])).authorization;
  await call('POST', '/api/models', modelInput({ slug: 'tagger', name: 'Zebra tagger' }));
  await call('POST', '/api/models/tagger/versions', modelVersionInput());
  await call('POST', '/api/models/tagger/versions', modelVersionInput());
  await call('POST', '/api/datasets', datasetInput({ slug: 'jets', name: 'Zebra jets' }));
  await call('POST', '/api/datasets/jets/versions', datasetVersionInput({ version: 'v1' }));
  // Eight API calls: slow on a loaded machine, most of all the first (cold start).
}, 30_000);

function call(method: string, path: string, body?: unknown, authorization = cms) {
  return hub.call(method, path, { ...(body === undefined ? {} : { body }), headers: { authorization } });
}

const audit = () =>
  hub.db.all<{ action: string; kind: string; subject: string; actor_group_id: string | null; reason: string | null }>(
    sql`select action, kind, subject, actor_group_id, reason from catalog_audit order by id`,
  );
const events = () =>
  hub.db.all<{ type: string; model_version: number | null; dataset_id: number | null; summary: string }>(
    sql`select type, model_version, dataset_id, summary from events where type like '%archived' or type like '%deleted' order by id`,
  );

describe('POST /api/models/:slug/archive', () => {
  it('hides the model from lists and search, keeps it resolvable, and records an event and an audit entry', async () => {
    const archived = await call('POST', '/api/models/tagger/archive', { reason: 'superseded by tagger2' });
    expect(archived.status).toBe(200);
    expect(archived.json).toMatchObject({ slug: 'tagger', archivedAt: expect.any(String), archivedBy: 'cms' });

    expect((await hub.call('GET', '/api/models')).json.items.map((m: { slug: string }) => m.slug)).not.toContain(
      'tagger',
    );
    expect((await hub.call('GET', '/api/search?q=zebra')).json.hits.map((h: { slug: string }) => h.slug)).toEqual([
      'jets',
    ]);
    const got = await hub.call('GET', '/api/models/tagger');
    expect(got.status).toBe(200);
    expect(got.json.archivedAt).toBe(archived.json.archivedAt);
    expect((await hub.call('GET', '/api/models/tagger/versions/1')).status).toBe(200);
    // The MLflow-compatible registry follows the same rule: gone from search, found by name.
    const mlflow = (await hub.call('GET', '/api/2.0/mlflow/registered-models/search')).json;
    expect((mlflow.registered_models ?? []).map((m: { name: string }) => m.name)).not.toContain('tagger');
    expect((await hub.call('GET', '/api/2.0/mlflow/registered-models/get?name=tagger')).status).toBe(200);

    expect(await audit()).toEqual([
      { action: 'archive', kind: 'model', subject: 'tagger', actor_group_id: 'cms', reason: 'superseded by tagger2' },
    ]);
    const timeline = (await hub.call('GET', '/api/models/tagger/events')).json.items;
    expect(timeline[0]).toMatchObject({ type: 'model.archived', stage: 'archived' });
    expect(hub.published).toContain('model tagger archived');
  });

  it('unarchives: back in lists and search; archiving twice records once', async () => {
    await call('POST', '/api/models/tagger/archive');
    expect((await call('POST', '/api/models/tagger/archive')).status).toBe(200);
    const back = await call('POST', '/api/models/tagger/unarchive');
    expect(back.json).toMatchObject({ archivedAt: null, archivedBy: null });
    expect((await hub.call('GET', '/api/models')).json.items.map((m: { slug: string }) => m.slug)).toContain('tagger');
    expect((await hub.call('GET', '/api/search?q=zebra')).json.hits).toHaveLength(2);
    expect((await audit()).map((a) => a.action)).toEqual(['archive', 'unarchive']);
    expect((await events()).map((e) => e.type)).toEqual(['model.archived', 'model.unarchived']);
  });

  it('answers 401 without a token, 403 for another group, 404 for an unknown model, 400 for a bad body', async () => {
    expect((await hub.call('POST', '/api/models/tagger/archive')).status).toBe(401);
    const forbidden = await call('POST', '/api/models/tagger/archive', undefined, atlas);
    expect(forbidden.status).toBe(403);
    expect(forbidden.json.error.code).toBe('forbidden');
    expect((await call('POST', '/api/models/nothing-here/archive')).status).toBe(404);
    const bad = await call('POST', '/api/models/tagger/archive', { reason: 'x'.repeat(501) });
    expect(bad.status).toBe(400);
    expect(bad.json.error.details.issues[0]).toMatchObject({ in: 'body', path: 'reason' });
    expect(await audit()).toEqual([]);
  });

  it('lets an admin archive any model', async () => {
    const res = await call('POST', '/api/models/tagger/archive', undefined, admin);
    expect(res.json).toMatchObject({ archivedAt: expect.any(String), archivedBy: null });
    expect((await events())[0]!.summary).toContain('by an admin');
  });
});

describe('model versions', () => {
  it('an archived version leaves the version list and @latest but resolves by number', async () => {
    const res = await call('POST', '/api/models/tagger/versions/2/archive');
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ version: 2, archivedBy: 'cms' });
    const list = (await hub.call('GET', '/api/models/tagger/versions')).json;
    expect(list.items.map((v: { version: number }) => v.version)).toEqual([1]);
    expect((await hub.call('GET', '/api/models/tagger@latest')).json.version).toBe(1);
    const row = (await hub.call('GET', '/api/models')).json.items.find((m: { slug: string }) => m.slug === 'tagger');
    expect(row.versionCount).toBe(1);
    const mlflow = (await hub.call('GET', "/api/2.0/mlflow/model-versions/search?filter=name%3D'tagger'")).json;
    expect(mlflow.model_versions.map((v: { version: string }) => v.version)).toEqual(['1']);
    expect((await hub.call('GET', '/api/models/tagger/versions/2')).json.archivedAt).toEqual(expect.any(String));
    expect(await events()).toMatchObject([{ type: 'model.version.archived', model_version: 2 }]);
  });

  it('deletes a version nothing refers to (204), with an audit snapshot and an event', async () => {
    const res = await call('DELETE', '/api/models/tagger/versions/2?reason=bad%20export');
    expect(res.status).toBe(204);
    expect((await hub.call('GET', '/api/models/tagger/versions/2')).status).toBe(404);
    expect(await audit()).toEqual([
      { action: 'delete', kind: 'model_version', subject: 'tagger@2', actor_group_id: 'cms', reason: 'bad export' },
    ]);
    expect(await events()).toMatchObject([{ type: 'model.version.deleted', model_version: 2 }]);
    expect(hub.published).toContain('model tagger v2 deleted');
  });

  it('refuses 409 while an alias points at the version, and says which and what to do', async () => {
    await call('PUT', '/api/models/tagger/aliases/staging', { version: 2 });
    const res = await call('DELETE', '/api/models/tagger/versions/2');
    expect(res.status).toBe(409);
    expect(res.json.error.message).toContain('Alias "staging" points at v2');
    expect(res.json.error.details.blockers[0]).toMatchObject({ reason: 'alias', subject: 'v2' });
    expect((await hub.call('GET', '/api/models/tagger/versions/2')).status).toBe(200);
    expect(await audit()).toEqual([]);
  });

  it('refuses 409 for lineage (a child version), deployments and alias history', async () => {
    await call('POST', '/api/models', modelInput({ slug: 'tagger2' }));
    await call('POST', '/api/models/tagger2/versions', modelVersionInput({ parent: { model: 'tagger', version: 1 } }));
    const lineage = await call('DELETE', '/api/models/tagger/versions/1');
    expect(lineage.status).toBe(409);
    expect(lineage.json.error.details.blockers).toMatchObject([{ reason: 'lineage', subject: 'v1' }]);
    expect(lineage.json.error.message).toContain('tagger2 v1 was trained from v1');

    await call('POST', '/api/models/tagger/deployments', {
      version: 2,
      kind: 'hlt',
      target: 'HLT menu',
      startedAt: '2025-03-01T00:00:00Z',
    });
    const deployed = await call('DELETE', '/api/models/tagger/versions/2');
    expect(deployed.json.error.details.blockers).toMatchObject([{ reason: 'deployment' }]);

    await call('POST', '/api/models/tagger/versions', modelVersionInput());
    await call('PUT', '/api/models/tagger/aliases/staging', { version: 3 });
    await call('DELETE', '/api/models/tagger/aliases/staging');
    const history = await call('DELETE', '/api/models/tagger/versions/3');
    expect(history.status).toBe(409);
    expect(history.json.error.details.blockers).toMatchObject([{ reason: 'alias_history' }]);
  });

  it('404 for an unknown version, 403 for another group, 400 for a non-numeric version', async () => {
    expect((await call('DELETE', '/api/models/tagger/versions/9')).status).toBe(404);
    expect((await call('DELETE', '/api/models/tagger/versions/2', undefined, atlas)).status).toBe(403);
    expect((await call('POST', '/api/models/tagger/versions/two/archive')).status).toBe(400);
  });
});

describe('DELETE /api/models/:slug', () => {
  it('deletes the model and its versions when nothing protects them', async () => {
    const res = await call('DELETE', '/api/models/tagger');
    expect(res.status).toBe(204);
    expect((await hub.call('GET', '/api/models/tagger')).status).toBe(404);
    const [row] = await hub.db.all<{ n: number }>(sql`select count(*) as n from model_versions`);
    expect(row?.n).toBe(0);
    expect((await audit())[0]).toMatchObject({ action: 'delete', kind: 'model', subject: 'tagger' });
    expect((await events())[0]).toMatchObject({ type: 'model.deleted' });
    expect((await hub.call('GET', '/api/search?q=zebra')).json.hits.map((h: { slug: string }) => h.slug)).toEqual([
      'jets',
    ]);
  });

  it('refuses 409 naming the version an alias protects, and a retrain policy', async () => {
    await call('PUT', '/api/models/tagger/aliases/production', { version: 1 }, cmsMaintainer);
    await call(
      'POST',
      '/api/models/tagger/retrain-policies',
      { kind: 'max_age', config: { maxAgeDays: 30 } },
      cmsMaintainer,
    );
    const res = await call('DELETE', '/api/models/tagger');
    expect(res.status).toBe(409);
    expect(res.json.error.details.blockers.map((b: { reason: string }) => b.reason)).toEqual([
      'alias',
      'retrain_policy',
    ]);
    expect(res.json.error.message).toContain('Alias "production" points at v1');
    expect((await hub.call('GET', '/api/models/tagger')).status).toBe(200);
  });
});

describe('datasets', () => {
  it('archives a dataset out of lists and search, still resolvable', async () => {
    const res = await call('POST', '/api/datasets/jets/archive');
    expect(res.json).toMatchObject({ slug: 'jets', archivedBy: 'cms' });
    expect((await hub.call('GET', '/api/datasets')).json.items).toEqual([]);
    expect((await hub.call('GET', '/api/datasets/jets')).status).toBe(200);
    expect((await hub.call('GET', '/api/search?q=zebra')).json.hits.map((h: { slug: string }) => h.slug)).toEqual([
      'tagger',
    ]);
    expect(await events()).toMatchObject([{ type: 'dataset.archived', dataset_id: expect.any(Number) }]);
    expect((await audit())[0]).toMatchObject({ action: 'archive', kind: 'dataset', subject: 'jets' });
  });

  it('archives a dataset version out of the version list', async () => {
    await call('POST', '/api/datasets/jets/versions', datasetVersionInput({ version: 'v2' }));
    const res = await call('POST', '/api/datasets/jets/versions/v1/archive');
    expect(res.json).toMatchObject({ version: 'v1', archivedAt: expect.any(String) });
    const list = (await hub.call('GET', '/api/datasets/jets/versions')).json.items;
    expect(list.map((v: { version: string }) => v.version)).toEqual(['v2']);
  });

  it('refuses 409 to delete a dataset version a model version was trained on, and the dataset', async () => {
    await call(
      'POST',
      '/api/models/tagger/versions',
      modelVersionInput({ datasets: [{ dataset: 'jets', version: 'v1', role: 'training' }] }),
    );
    const version = await call('DELETE', '/api/datasets/jets/versions/v1');
    expect(version.status).toBe(409);
    expect(version.json.error.details.blockers).toMatchObject([{ reason: 'training_data', subject: 'v1' }]);
    expect(version.json.error.message).toContain('tagger v3 names dataset version v1 as its training data');
    expect((await call('DELETE', '/api/datasets/jets')).status).toBe(409);
  });

  it('refuses 409 while a retrain policy watches the dataset; deletes it otherwise', async () => {
    await call(
      'POST',
      '/api/models/tagger/retrain-policies',
      { kind: 'dataset_version', config: { dataset: 'jets' } },
      cmsMaintainer,
    );
    const watched = await call('DELETE', '/api/datasets/jets');
    expect(watched.json.error.details.blockers).toMatchObject([{ reason: 'retrain_policy' }]);

    await call('POST', '/api/datasets', datasetInput({ slug: 'muons' }));
    await call('POST', '/api/datasets/muons/versions', datasetVersionInput());
    expect((await call('DELETE', '/api/datasets/muons', undefined, atlas)).status).toBe(403);
    expect((await call('DELETE', '/api/datasets/muons')).status).toBe(204);
    expect((await hub.call('GET', '/api/datasets/muons')).status).toBe(404);
    expect((await call('DELETE', '/api/datasets/muons')).status).toBe(404);
    expect((await hub.call('DELETE', '/api/datasets/jets')).status).toBe(401);
  });
});

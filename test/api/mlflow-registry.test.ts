/**
 * The MLflow door. Request bodies are the ones MLflow's Python client builds in
 * mlflow/store/model_registry/rest_store.py (`message_to_json(<Message>(...))`; GET requests send
 * the same fields as query parameters, repeated fields repeated); paths and methods come from
 * mlflow/protos/model_registry.proto, response fields from its RegisteredModel / ModelVersion
 * messages, error codes and statuses from mlflow/exceptions.py ERROR_CODE_TO_HTTP_STATUS.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { resolveConfig } from '../../functions/config';
import { modelPage } from '../../functions/services/model-pages';
import { createTestToken, modelInput, modelVersionInput } from '../factories';
import { createTestHub, type TestHub } from '../helpers/app';

const API = '/api/2.0/mlflow';
let hub: TestHub;
let writer: string;
let writerSecret: string;
let maintainer: string;
let stranger: string;

const basic = (user: string, password: string) => `Basic ${btoa(`${user}:${password}`)}`;

beforeEach(async () => {
  hub = await createTestHub();
  const w = await createTestToken(hub.db, ['write'], 'atlas');
  writer = w.authorization;
  writerSecret = w.secret;
  maintainer = (await createTestToken(hub.db, ['maintainer'], 'atlas')).authorization;
  stranger = (await createTestToken(hub.db, ['write'], 'cms')).authorization;
});

const post = (path: string, body: unknown, authorization = writer) =>
  hub.call('POST', `${API}/${path}`, { body, headers: { authorization } });
const patch = (path: string, body: unknown, authorization = writer) =>
  hub.call('PATCH', `${API}/${path}`, { body, headers: { authorization } });
const del = (path: string, body: unknown, authorization = writer) =>
  hub.call('DELETE', `${API}/${path}`, { body, headers: { authorization } });
const get = (path: string, query: Record<string, string | string[]>, headers: Record<string, string> = {}) => {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) for (const item of [v].flat()) params.append(k, item);
  return hub.call('GET', `${API}/${path}?${params}`, { headers });
};

/** CreateRegisteredModel(name=..., tags=[RegisteredModelTag], description=...) as rest_store sends it. */
const createModel = (name: string, extra: Record<string, unknown> = {}, authorization = writer) =>
  post(
    'registered-models/create',
    { name, tags: [{ key: 'team', value: 'flavour' }], description: 'Tags b-jets.', ...extra },
    authorization,
  );
/** CreateModelVersion(name, source, run_id, run_link, tags, description). */
const createVersion = (name: string, extra: Record<string, unknown> = {}, authorization = writer) =>
  post(
    'model-versions/create',
    {
      name,
      source: 's3://models/gn2/model.onnx',
      run_id: 'a1b2c3d4',
      tags: [{ key: 'stage', value: 'cand' }],
      description: 'First cut.',
      ...extra,
    },
    authorization,
  );

const expectVersionShape = (v: any) => {
  expect(Object.keys(v).sort()).toEqual(
    expect.arrayContaining([
      'aliases',
      'creation_timestamp',
      'current_stage',
      'description',
      'last_updated_timestamp',
      'name',
      'source',
      'status',
      'tags',
      'version',
    ]),
  );
  expect(typeof v.version).toBe('string');
  expect(Number.isInteger(v.creation_timestamp)).toBe(true);
};

describe('registered models', () => {
  it('create answers RegisteredModel with tags, description and epoch-ms timestamps, as a hub model of the token group', async () => {
    const before = Date.now();
    const res = await createModel('gn2-tagger');
    expect(res.status).toBe(200);
    const rm = res.json.registered_model;
    expect(rm).toMatchObject({
      name: 'gn2-tagger',
      description: 'Tags b-jets.',
      tags: [{ key: 'team', value: 'flavour' }],
      latest_versions: [],
      aliases: [],
    });
    expect(rm.creation_timestamp).toBeGreaterThanOrEqual(before - 1000);
    const hubModel = await hub.call('GET', '/api/models/gn2-tagger');
    expect(hubModel.json).toMatchObject({
      slug: 'gn2-tagger',
      ownerGroup: 'atlas',
      task: 'other',
      card: 'Tags b-jets.',
    });
    expect(hub.published).toContain('model gn2-tagger created');
  });

  it('a name that is not a slug gets a slugified slug and keeps its MLflow name', async () => {
    const res = await createModel('GN2 Tagger (r22)');
    expect(res.json.registered_model.name).toBe('GN2 Tagger (r22)');
    const hubModel = await hub.call('GET', '/api/models/gn2-tagger-r22');
    expect(hubModel.json).toMatchObject({ name: 'GN2 Tagger (r22)' });
    expect((await get('registered-models/get', { name: 'GN2 Tagger (r22)' })).json.registered_model.name).toBe(
      'GN2 Tagger (r22)',
    );
    // a second name that slugifies the same gets the next free slug
    await createModel('gn2 tagger r22');
    expect((await hub.call('GET', '/api/models/gn2-tagger-r22-2')).status).toBe(200);
  });

  it('a duplicate name is 400 RESOURCE_ALREADY_EXISTS', async () => {
    await createModel('dup');
    const res = await createModel('dup');
    expect(res.status).toBe(400);
    expect(res.json).toEqual({
      error_code: 'RESOURCE_ALREADY_EXISTS',
      message: 'Registered Model (name=dup) already exists.',
    });
  });

  it('a missing name is 400 INVALID_PARAMETER_VALUE in MLflow shape', async () => {
    const res = await post('registered-models/create', { tags: [] });
    expect(res.status).toBe(400);
    expect(res.json.error_code).toBe('INVALID_PARAMETER_VALUE');
    expect(res.json.message).toContain("'name'");
  });

  it('malformed JSON is 400 in MLflow shape, never 5xx', async () => {
    const res = await hub.call('POST', `${API}/registered-models/create`, {
      raw: '{"name":',
      headers: { authorization: writer, 'content-type': 'application/json' },
    });
    expect(res.status).toBe(400);
    expect(res.json.error_code).toBeDefined();
  });

  it('get of an unknown name is 404 RESOURCE_DOES_NOT_EXIST', async () => {
    const res = await get('registered-models/get', { name: 'nope' });
    expect(res.status).toBe(404);
    expect(res.json).toEqual({
      error_code: 'RESOURCE_DOES_NOT_EXIST',
      message: 'Registered Model with name=nope not found',
    });
  });

  it('update changes the description (the card) and rename changes the slug', async () => {
    await createModel('old-name');
    const up = await patch('registered-models/update', { name: 'old-name', description: 'New words.' });
    expect(up.json.registered_model.description).toBe('New words.');
    const rn = await post('registered-models/rename', { name: 'old-name', new_name: 'new-name' });
    expect(rn.status).toBe(200);
    expect(rn.json.registered_model.name).toBe('new-name');
    expect((await hub.call('GET', '/api/models/new-name')).status).toBe(200);
    expect((await get('registered-models/get', { name: 'old-name' })).status).toBe(404);
  });

  it('rename onto a taken name is RESOURCE_ALREADY_EXISTS', async () => {
    await createModel('a-one');
    await createModel('a-two');
    const res = await post('registered-models/rename', { name: 'a-one', new_name: 'a-two' });
    expect(res.status).toBe(400);
    expect(res.json.error_code).toBe('RESOURCE_ALREADY_EXISTS');
  });

  it('set-tag and delete-tag (DELETE with a JSON body) change the tags', async () => {
    await createModel('tagged');
    expect((await post('registered-models/set-tag', { name: 'tagged', key: 'owner', value: 'ftag' })).json).toEqual({});
    let rm = (await get('registered-models/get', { name: 'tagged' })).json.registered_model;
    expect(rm.tags).toEqual([
      { key: 'owner', value: 'ftag' },
      { key: 'team', value: 'flavour' },
    ]);
    expect((await del('registered-models/delete-tag', { name: 'tagged', key: 'team' })).status).toBe(200);
    rm = (await get('registered-models/get', { name: 'tagged' })).json.registered_model;
    expect(rm.tags).toEqual([{ key: 'owner', value: 'ftag' }]);
  });

  it('delete removes a model without dependents and refuses one whose version is aliased', async () => {
    await createModel('gone');
    await createVersion('gone');
    expect((await del('registered-models/delete', { name: 'gone' })).json).toEqual({});
    expect((await hub.call('GET', '/api/models/gone')).status).toBe(404);

    await createModel('kept');
    await createVersion('kept');
    await post('registered-models/alias', { name: 'kept', alias: 'champion', version: '1' });
    const res = await del('registered-models/delete', { name: 'kept' });
    expect(res.status).toBe(400);
    expect(res.json.error_code).toBe('INVALID_PARAMETER_VALUE');
    expect(res.json.message).toContain('alias');
  });
});

describe('auth', () => {
  it('writes without a token are 401 UNAUTHENTICATED; reads are public', async () => {
    const res = await hub.call('POST', `${API}/registered-models/create`, { body: { name: 'x1' } });
    expect(res.status).toBe(401);
    expect(res.json.error_code).toBe('UNAUTHENTICATED');
    await createModel('public-one');
    expect((await get('registered-models/get', { name: 'public-one' })).status).toBe(200);
  });

  it('accepts HTTP Basic with the token as password (MLFLOW_TRACKING_USERNAME/PASSWORD)', async () => {
    const res = await createModel('via-basic', {}, basic('alice', writerSecret));
    expect(res.status).toBe(200);
    expect((await hub.call('GET', '/api/models/via-basic')).json.ownerGroup).toBe('atlas');
    const bad = await createModel('via-basic-2', {}, basic('alice', 'hub_wrong'));
    expect(bad.status).toBe(401);
    expect(bad.json.error_code).toBe('UNAUTHENTICATED');
    for (const header of ['Basic !!!', basic('alice', ''), `Basic ${btoa('no-colon')}`]) {
      const res = await get('registered-models/get', { name: 'via-basic' }, { authorization: header });
      expect(res.status).toBe(401);
      expect(res.json.error_code).toBe('UNAUTHENTICATED');
    }
  });

  it('a bad bearer token on a read is 401 in MLflow shape', async () => {
    const res = await get('registered-models/get', { name: 'x' }, { authorization: 'Bearer hub_nope' });
    expect(res.status).toBe(401);
    expect(res.json.error_code).toBe('UNAUTHENTICATED');
  });

  it("another group's token gets 403 PERMISSION_DENIED", async () => {
    await createModel('ours');
    const res = await post('registered-models/set-tag', { name: 'ours', key: 'k', value: 'v' }, stranger);
    expect(res.status).toBe(403);
    expect(res.json.error_code).toBe('PERMISSION_DENIED');
  });

  it('unknown MLflow endpoints are 404 ENDPOINT_NOT_FOUND', async () => {
    // Straight to the app: the response validator of hub.call only knows documented paths.
    const res = await hub.app.request(`${API}/experiments/create`, {
      method: 'POST',
      body: JSON.stringify({ name: 'e' }),
      headers: { authorization: writer, 'content-type': 'application/json' },
    });
    expect(res.status).toBe(404);
    expect((await res.json()).error_code).toBe('ENDPOINT_NOT_FOUND');
  });
});

describe('model versions', () => {
  beforeEach(async () => {
    await createModel('gn2');
  });

  it('create answers a READY ModelVersion; source is the artifact URI, run_id and tags kept', async () => {
    const res = await createVersion('gn2', { run_link: 'https://mlflow.example.org/#/runs/a1b2c3d4' });
    expect(res.status).toBe(200);
    const mv = res.json.model_version;
    expectVersionShape(mv);
    expect(mv).toMatchObject({
      name: 'gn2',
      version: '1',
      source: 's3://models/gn2/model.onnx',
      run_id: 'a1b2c3d4',
      run_link: 'https://mlflow.example.org/#/runs/a1b2c3d4',
      status: 'READY',
      current_stage: 'None',
      description: 'First cut.',
      tags: [{ key: 'stage', value: 'cand' }],
      aliases: [],
    });
    const hubVersion = (await hub.call('GET', '/api/models/gn2/versions/1')).json;
    expect(hubVersion.artifacts[0]).toMatchObject({
      uri: 's3://models/gn2/model.onnx',
      format: 'onnx',
      name: 'model.onnx',
    });
    expect(hubVersion.status).toBe('ready');
    const events = (await hub.call('GET', '/api/models/gn2/events')).json.items;
    expect(events.map((e: any) => e.type)).toContain('model.version.registered');
  });

  it('runs:/ and models:/ sources are INVALID_PARAMETER_VALUE naming the tracking server', async () => {
    for (const source of ['runs:/a1b2/model', 'models:/gn2/1']) {
      const res = await createVersion('gn2', { source });
      expect(res.status).toBe(400);
      expect(res.json.error_code).toBe('INVALID_PARAMETER_VALUE');
      expect(res.json.message).toContain('tracking server');
    }
    expect((await createVersion('gn2', { source: 'root://eosatlas.cern.ch//eos/atlas/gn2' })).status).toBe(200);
    expect((await createVersion('gn2', { source: 'https://example.org/gn2.onnx' })).status).toBe(200);
    expect((await createVersion('gn2', { source: 'not a uri' })).status).toBe(400);
  });

  it('create on an unknown model is 404 RESOURCE_DOES_NOT_EXIST', async () => {
    const res = await createVersion('missing');
    expect(res.status).toBe(404);
    expect(res.json.error_code).toBe('RESOURCE_DOES_NOT_EXIST');
  });

  it('get, get-download-uri, update and an unknown version', async () => {
    await createVersion('gn2');
    expect((await get('model-versions/get', { name: 'gn2', version: '1' })).json.model_version.version).toBe('1');
    expect((await get('model-versions/get-download-uri', { name: 'gn2', version: '1' })).json).toEqual({
      artifact_uri: 's3://models/gn2/model.onnx',
    });
    const up = await patch('model-versions/update', { name: 'gn2', version: '1', description: 'Better notes.' });
    expect(up.json.model_version.description).toBe('Better notes.');
    const missing = await get('model-versions/get', { name: 'gn2', version: '9' });
    expect(missing.status).toBe(404);
    expect(missing.json).toEqual({
      error_code: 'RESOURCE_DOES_NOT_EXIST',
      message: 'Model Version (name=gn2, version=9) not found',
    });
    const bad = await get('model-versions/get', { name: 'gn2', version: 'one' });
    expect(bad.status).toBe(400);
    expect(bad.json.error_code).toBe('INVALID_PARAMETER_VALUE');
  });

  it('version tags: set-tag and delete-tag', async () => {
    await createVersion('gn2');
    await post('model-versions/set-tag', { name: 'gn2', version: '1', key: 'validated', value: 'yes' });
    await del('model-versions/delete-tag', { name: 'gn2', version: '1', key: 'stage' });
    const mv = (await get('model-versions/get', { name: 'gn2', version: '1' })).json.model_version;
    expect(mv.tags).toEqual([{ key: 'validated', value: 'yes' }]);
  });

  it('delete removes an unaliased version and refuses an aliased one', async () => {
    await createVersion('gn2');
    await createVersion('gn2');
    await post('registered-models/alias', { name: 'gn2', alias: 'champion', version: '2' });
    expect((await del('model-versions/delete', { name: 'gn2', version: '1' })).status).toBe(200);
    expect((await hub.call('GET', '/api/models/gn2/versions/1')).status).toBe(404);
    const refused = await del('model-versions/delete', { name: 'gn2', version: '2' });
    expect(refused.status).toBe(400);
    expect(refused.json.error_code).toBe('INVALID_PARAMETER_VALUE');
  });
});

describe('aliases and stages', () => {
  beforeEach(async () => {
    await createModel('pid');
    for (let i = 0; i < 3; i++) await createVersion('pid');
  });

  it('set alias moves a hub alias (with its event); get-by-alias and delete alias', async () => {
    expect((await post('registered-models/alias', { name: 'pid', alias: 'champion', version: '2' })).json).toEqual({});
    const byAlias = await get('registered-models/alias', { name: 'pid', alias: 'champion' });
    expect(byAlias.json.model_version).toMatchObject({ version: '2', aliases: ['champion'] });
    expect((await hub.call('GET', '/api/models/pid@champion')).json.version).toBe(2);
    const rm = (await get('registered-models/get', { name: 'pid' })).json.registered_model;
    expect(rm.aliases).toEqual([{ alias: 'champion', version: '2' }]);
    const events = (await hub.call('GET', '/api/models/pid/events')).json.items;
    expect(events.map((e: any) => e.type)).toContain('model.alias.moved');
    expect((await del('registered-models/alias', { name: 'pid', alias: 'champion' })).status).toBe(200);
    const gone = await get('registered-models/alias', { name: 'pid', alias: 'champion' });
    expect(gone.status).toBe(404);
    expect(gone.json.error_code).toBe('RESOURCE_DOES_NOT_EXIST');
  });

  it('production is protected: a plain writer gets PERMISSION_DENIED, a maintainer moves it', async () => {
    const refused = await post('registered-models/alias', { name: 'pid', alias: 'production', version: '1' });
    expect(refused.status).toBe(403);
    expect(refused.json.error_code).toBe('PERMISSION_DENIED');
    const moved = await post('registered-models/alias', { name: 'pid', alias: 'production', version: '1' }, maintainer);
    expect(moved.status).toBe(200);
  });

  it('an alias to a missing version is 404; a bad alias name is INVALID_PARAMETER_VALUE', async () => {
    expect((await post('registered-models/alias', { name: 'pid', alias: 'champion', version: '7' })).status).toBe(404);
    const bad = await post('registered-models/alias', { name: 'pid', alias: 'Has Space', version: '1' });
    expect(bad.status).toBe(400);
    expect(bad.json.error_code).toBe('INVALID_PARAMETER_VALUE');
  });

  it('get-latest-versions reads stages from the staging/production aliases (POST, as MLflow sends it, and GET)', async () => {
    await post('registered-models/alias', { name: 'pid', alias: 'production', version: '1' }, maintainer);
    await post('registered-models/alias', { name: 'pid', alias: 'staging', version: '2' });
    const all = await post('registered-models/get-latest-versions', { name: 'pid' });
    expect(all.json.model_versions.map((v: any) => [v.version, v.current_stage])).toEqual([
      ['1', 'Production'],
      ['2', 'Staging'],
      ['3', 'None'],
    ]);
    const prod = await post('registered-models/get-latest-versions', { name: 'pid', stages: ['production'] });
    expect(prod.json.model_versions.map((v: any) => v.version)).toEqual(['1']);
    const viaGet = await get('registered-models/get-latest-versions', { name: 'pid', stages: ['Staging', 'None'] });
    expect(viaGet.json.model_versions.map((v: any) => v.version)).toEqual(['2', '3']);
    const archived = await post('registered-models/get-latest-versions', { name: 'pid', stages: ['Archived'] });
    expect(archived.json.model_versions).toEqual([]);
    const bad = await post('registered-models/get-latest-versions', { name: 'pid', stages: ['Prod'] });
    expect(bad.status).toBe(400);
    expect(bad.json.error_code).toBe('INVALID_PARAMETER_VALUE');
    const rm = (await get('registered-models/get', { name: 'pid' })).json.registered_model;
    expect(rm.latest_versions).toHaveLength(3);
  });
});

describe('search', () => {
  beforeEach(async () => {
    await createModel('alpha-tagger', { tags: [{ key: 'team', value: 'ftag' }] });
    await createModel('beta-tracker', { tags: [{ key: 'team', value: 'tracking' }] });
    await createModel('Gamma Tagger', { tags: [] });
    await createVersion('alpha-tagger', { run_id: 'run-1', source: 's3://m/alpha/1' });
    await createVersion('alpha-tagger', { run_id: 'run-2', source: 's3://m/alpha/2' });
    await createVersion('beta-tracker', { run_id: 'run-3', source: 's3://m/beta/1' });
  });

  const names = (res: any) => res.json.registered_models.map((m: any) => m.name);

  it('filters registered models by name =, LIKE (case-sensitive), ILIKE and tags, with AND', async () => {
    expect(names(await get('registered-models/search', { filter: "name = 'beta-tracker'" }))).toEqual(['beta-tracker']);
    expect(names(await get('registered-models/search', { filter: "name LIKE '%agger%'" }))).toEqual([
      'Gamma Tagger',
      'alpha-tagger',
    ]);
    expect(names(await get('registered-models/search', { filter: "name LIKE '%Tagger%'" }))).toEqual(['Gamma Tagger']);
    expect(names(await get('registered-models/search', { filter: "name ILIKE '%TAGGER%'" }))).toEqual([
      'Gamma Tagger',
      'alpha-tagger',
    ]);
    expect(names(await get('registered-models/search', { filter: "tags.team = 'ftag'" }))).toEqual(['alpha-tagger']);
    expect(
      names(await get('registered-models/search', { filter: "name LIKE '%t%' AND tags.team = 'tracking'" })),
    ).toEqual(['beta-tracker']);
  });

  it('orders, pages with next_page_token and enforces max_results limits', async () => {
    const first = await get('registered-models/search', { max_results: '2', order_by: ['name DESC'] });
    expect(names(first)).toEqual(['beta-tracker', 'alpha-tagger']);
    expect(first.json.next_page_token).toBeTruthy();
    const second = await get('registered-models/search', {
      max_results: '2',
      order_by: ['name DESC'],
      page_token: first.json.next_page_token,
    });
    expect(names(second)).toEqual(['Gamma Tagger']);
    expect(second.json.next_page_token).toBeUndefined();
    const tooMany = await get('registered-models/search', { max_results: '5000' });
    expect(tooMany.status).toBe(400);
    expect(tooMany.json.error_code).toBe('INVALID_PARAMETER_VALUE');
    const badOrder = await get('registered-models/search', { order_by: 'colour ASC' });
    expect(badOrder.status).toBe(400);
    const badToken = await get('registered-models/search', { page_token: 'garbage!' });
    expect(badToken.status).toBe(400);
  });

  it('unsupported clauses are INVALID_PARAMETER_VALUE naming the clause', async () => {
    const res = await get('registered-models/search', { filter: "run_id = 'x'" });
    expect(res.status).toBe(400);
    expect(res.json.error_code).toBe('INVALID_PARAMETER_VALUE');
    expect(res.json.message).toContain('run_id');
    const or = await get('model-versions/search', { filter: "name = 'a' OR name = 'b'" });
    expect(or.status).toBe(400);
  });

  it('filters model versions by name, run_id (= and IN), source_path, version_number and tags; orders them', async () => {
    const v = (res: any) => res.json.model_versions.map((m: any) => `${m.name}/${m.version}`);
    expect(v(await get('model-versions/search', { filter: "name = 'alpha-tagger'" }))).toEqual([
      'alpha-tagger/2',
      'alpha-tagger/1',
    ]);
    expect(v(await get('model-versions/search', { filter: "run_id = 'run-3'" }))).toEqual(['beta-tracker/1']);
    expect(v(await get('model-versions/search', { filter: "run_id IN ('run-1', 'run-3')" }))).toEqual([
      'alpha-tagger/1',
      'beta-tracker/1',
    ]);
    expect(v(await get('model-versions/search', { filter: "source_path = 's3://m/alpha/2'" }))).toEqual([
      'alpha-tagger/2',
    ]);
    expect(v(await get('model-versions/search', { filter: "name = 'alpha-tagger' AND version_number > 1" }))).toEqual([
      'alpha-tagger/2',
    ]);
    expect(
      v(
        await get('model-versions/search', {
          filter: "tags.stage = 'cand'",
          order_by: ['version_number ASC', 'name ASC'],
        }),
      ),
    ).toEqual(['alpha-tagger/1', 'beta-tracker/1', 'alpha-tagger/2']);
    // MLflow's client sends max_results=10000 by default
    expect((await get('model-versions/search', { max_results: '10000' })).status).toBe(200);
  });

  it('internal models of another group stay invisible', async () => {
    await hub.call('POST', '/api/models', {
      body: modelInput({ slug: 'secret-cms', visibility: 'internal' }),
      headers: { authorization: stranger },
    });
    expect(names(await get('registered-models/search', { filter: "name = 'secret-cms'" }))).toEqual([]);
    expect((await get('registered-models/get', { name: 'secret-cms' })).status).toBe(404);
    expect(
      names(await get('registered-models/search', { filter: "name = 'secret-cms'" }, { authorization: stranger })),
    ).toEqual(['secret-cms']);
  });
});

describe('one catalog, two doors', () => {
  it('a model and version created through MLflow show on the hub API, timeline and model page', async () => {
    await createModel('Round Trip');
    await createVersion('Round Trip');
    const model = (await hub.call('GET', '/api/models/round-trip')).json;
    expect(model).toMatchObject({ name: 'Round Trip', versionCount: 1, latestVersion: 1 });
    expect(model.labels).toEqual({ team: 'flavour' });
    const versions = (await hub.call('GET', '/api/models/round-trip/versions')).json.items;
    expect(versions[0].artifacts[0].uri).toBe('s3://models/gn2/model.onnx');
    expect(versions[0].labels).toEqual({ stage: 'cand' });
    await post('model-versions/set-tag', { name: 'Round Trip', version: '1', key: 'validated', value: 'yes' });
    const tagged = (await hub.call('GET', '/api/models/round-trip/versions/1')).json;
    expect(tagged.labels).toEqual({ stage: 'cand', validated: 'yes' });
    const page = await modelPage({ db: hub.db, config: resolveConfig({}) }, 'round-trip', null);
    expect(page?.model).toMatchObject({ slug: 'round-trip', name: 'Round Trip', versionCount: 1 });
    expect(page?.model.labels).toEqual({ team: 'flavour' });
    expect(page?.versions.map((v) => v.version)).toEqual([1]);
  });

  it('a model and version created through the hub are found through MLflow search', async () => {
    await hub.call('POST', '/api/models', {
      body: modelInput({ slug: 'hub-made' }),
      headers: { authorization: writer },
    });
    await hub.call('POST', '/api/models/hub-made/versions', {
      body: modelVersionInput(),
      headers: { authorization: writer },
    });
    const found = await get('registered-models/search', { filter: "name = 'hub-made'" });
    expect(found.json.registered_models[0]).toMatchObject({
      name: 'hub-made',
      latest_versions: [{ version: '1', status: 'READY' }],
    });
    const mv = (await get('model-versions/search', { filter: "name = 'hub-made'" })).json.model_versions[0];
    expect(mv.source).toMatch(/^s3:\/\/models\/test-\d+\/model\.onnx$/);
  });
});

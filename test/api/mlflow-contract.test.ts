/** The MLflow door in the OpenAPI document, and its refusal of odd input without a 5xx. */
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestToken } from '../factories';
import { createTestHub, type TestHub } from '../helpers/app';

const API = '/api/2.0/mlflow';
let hub: TestHub;
let writer: string;

beforeAll(async () => {
  hub = await createTestHub();
  writer = (await createTestToken(hub.db, ['write'], 'atlas')).authorization;
  await hub.call('POST', `${API}/registered-models/create`, {
    body: { name: 'odd' },
    headers: { authorization: writer },
  });
  await hub.call('POST', `${API}/model-versions/create`, {
    body: { name: 'odd', source: 's3://b/odd' },
    headers: { authorization: writer },
  });
});

describe('OpenAPI document', () => {
  it('lists every MLflow endpoint with an operationId, the MlflowError schema, security on writes and none on reads', async () => {
    const doc = (await hub.call('GET', '/api/openapi.json')).json;
    const expected: [string, string][] = [
      ['post', 'registered-models/create'],
      ['get', 'registered-models/get'],
      ['post', 'registered-models/rename'],
      ['patch', 'registered-models/update'],
      ['delete', 'registered-models/delete'],
      ['get', 'registered-models/search'],
      ['post', 'registered-models/get-latest-versions'],
      ['get', 'registered-models/get-latest-versions'],
      ['post', 'registered-models/set-tag'],
      ['delete', 'registered-models/delete-tag'],
      ['post', 'registered-models/alias'],
      ['delete', 'registered-models/alias'],
      ['get', 'registered-models/alias'],
      ['post', 'model-versions/create'],
      ['get', 'model-versions/get'],
      ['patch', 'model-versions/update'],
      ['delete', 'model-versions/delete'],
      ['get', 'model-versions/search'],
      ['get', 'model-versions/get-download-uri'],
      ['post', 'model-versions/set-tag'],
      ['delete', 'model-versions/delete-tag'],
    ];
    const reads = new Set(['get', 'post registered-models/get-latest-versions']);
    for (const [method, path] of expected) {
      const op = doc.paths[`${API}/${path}`]?.[method];
      expect(op, `${method} ${path}`).toBeDefined();
      expect(op.operationId).toMatch(/^mlflow[A-Z]/);
      expect(op.responses['400'].content['application/json'].schema.$ref).toBe('#/components/schemas/MlflowError');
      const isRead = reads.has(method) || reads.has(`${method} ${path}`);
      expect(op.security, `${method} ${path}`).toEqual(isRead ? [] : [{ Bearer: [] }, { Basic: [] }]);
    }
    expect(doc.components.schemas.MlflowError.properties).toHaveProperty('error_code');
    expect(doc.components.securitySchemes.Basic).toMatchObject({ type: 'http', scheme: 'basic' });
    const text = JSON.stringify(Object.fromEntries(Object.entries(doc.paths).filter(([p]) => p.startsWith(API))));
    expect(text).not.toMatch(/"pattern":"\/.*\/[a-z]*"/);
  });
});

describe('odd input', () => {
  const bodies: [string, string, unknown][] = [
    ['POST', 'registered-models/create', { name: 42 }],
    ['POST', 'registered-models/create', { name: 'x', tags: 'not-a-list' }],
    ['POST', 'registered-models/create', { name: 'y', tags: [{ value: 'no key' }] }],
    ['POST', 'registered-models/create', []],
    ['POST', 'model-versions/create', { name: 'odd' }],
    ['POST', 'model-versions/create', { name: 'odd', source: 's3://b/x', tags: [{ key: '', value: 'v' }] }],
    ['POST', 'model-versions/create', { name: 'odd', source: 's3://b/x', description: 7 }],
    ['PATCH', 'model-versions/update', { name: 'odd', version: { n: 1 } }],
    ['PATCH', 'model-versions/update', { name: 'odd', version: '-1' }],
    ['POST', 'registered-models/alias', { name: 'odd', alias: 'a', version: '99999999999' }],
    ['DELETE', 'model-versions/delete', { name: 'odd' }],
    ['POST', 'registered-models/get-latest-versions', { name: 'odd', stages: 'Production' }],
  ];
  it.each(bodies)('%s %s %j is a 4xx in MLflow shape', async (method, path, body) => {
    const res = await hub.call(method, `${API}/${path}`, { body, headers: { authorization: writer } });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(typeof res.json.error_code).toBe('string');
    expect(typeof res.json.message).toBe('string');
  });

  const queries = [
    'registered-models/search?max_results=abc',
    'registered-models/search?max_results=0',
    "registered-models/search?filter=name%20%3D%20'unterminated",
    'registered-models/search?filter=tags.%60x%60%20%3E%20%271%27',
    'model-versions/search?filter=version_number%20%3D%20%27abc%27',
    'model-versions/search?page_token=eyJvZmZzZXQiOi0xfQ==',
    'model-versions/get?name=odd',
    'registered-models/alias?name=odd',
  ];
  it.each(queries)('GET %s is a 4xx in MLflow shape', async (query) => {
    const res = await hub.call('GET', `${API}/${query}`);
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(typeof res.json.error_code).toBe('string');
  });
});

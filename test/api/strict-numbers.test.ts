import { beforeAll, describe, expect, it } from 'vitest';
import { initialPriceVersion } from '../../db/seed/prices/initial';
import { createTestToken, insertTestPriceVersion, modelInput, modelVersionInput } from '../factories';
import { createTestHub, type TestHub } from '../helpers/app';

/**
 * Issue 14, finding 7: integers in paths and queries are read only in canonical form (before,
 * z.coerce took `0x1`, `1e3`, `01`, `+1`, `1.0` and ` 1`, so one version had many addresses);
 * cost inputs that would make a total non-finite are refused (before, `onPrem` 1e308 gave
 * `totalUsd: null` with `complete: true`); every numeric input documents its bounds.
 */

const NOT_CANONICAL = ['0x1', '1e0', '01', '+1', '1.0', '%201', '1%20', '0', '-1', '99999999999', '١'];
const EXAMPLE = { datasetTb: 20, gpuType: 'A100-80GB', gpusPerJob: 4, hoursPerJob: 36, jobs: 50, egressCount: 2 };

let hub: TestHub;
let slug: string;
let auth: string;

beforeAll(async () => {
  hub = await createTestHub();
  auth = (await createTestToken(hub.db, ['write'], 'cms')).authorization;
  const model = await hub.call('POST', '/api/models', { body: modelInput(), headers: { authorization: auth } });
  slug = model.json.slug;
  const version = await hub.call('POST', `/api/models/${slug}/versions`, {
    body: modelVersionInput(),
    headers: { authorization: auth },
  });
  expect(version.status).toBe(201);
  await insertTestPriceVersion(hub.db);
});

const get = (path: string) => hub.call('GET', path, { headers: { authorization: auth } });

describe('integers in paths and queries', () => {
  it('GET /api/models/:slug/versions/:version answers 1 and refuses every other spelling of it', async () => {
    expect((await get(`/api/models/${slug}/versions/1`)).status).toBe(200);
    for (const spelling of NOT_CANONICAL) {
      const res = await get(`/api/models/${slug}/versions/${spelling}`);
      expect(res.status, spelling).toBe(400);
      expect(res.json.error.details.issues[0], spelling).toMatchObject({ in: 'path', path: 'version' });
    }
  });

  it('version, limit, after and batch queries take plain digits only', async () => {
    expect((await get(`/api/models/${slug}/events?version=1&limit=5&after=0`)).status).toBe(200);
    for (const spelling of ['01', '0x1', '1e0', '+1']) {
      for (const path of [
        `/api/models/${slug}/events?version=${spelling}`,
        `/api/models/${slug}/events?after=${spelling === '01' ? '00' : spelling}`,
        `/api/models?limit=${spelling}`,
        `/api/benchmarks?batch=${spelling}`,
        `/api/benchmarks?model=${slug}&version=${spelling}`,
        `/api/models/${slug}/versions/1/benchmarks?limit=${spelling}`,
      ]) {
        const res = await get(path);
        expect(res.status, path).toBe(400);
        expect(res.json.error.details.issues[0].in, path).toBe('query');
      }
    }
  });

  it('the MLflow door refuses a version or max_results that is not canonical, in its own error shape', async () => {
    for (const path of [
      `/api/2.0/mlflow/model-versions/get?name=${slug}&version=01`,
      `/api/2.0/mlflow/model-versions/get?name=${slug}&version=0`,
      `/api/2.0/mlflow/registered-models/search?max_results=1e2`,
      `/api/2.0/mlflow/registered-models/search?max_results=0x10`,
    ]) {
      const res = await get(path);
      expect(res.status, path).toBe(400);
      expect(res.json.error_code, path).toBe('INVALID_PARAMETER_VALUE');
    }
    expect((await get(`/api/2.0/mlflow/model-versions/get?name=${slug}&version=1`)).status).toBe(200);
  });
});

describe('cost inputs', () => {
  it('refuses on-prem rates that would make a total non-finite', async () => {
    for (const onPrem of [{ usdPerGpuHour: 1e308 }, { usdPerTbMonth: 1e308 }]) {
      const res = await hub.call('POST', '/api/costs/estimate', { body: { ...EXAMPLE, onPrem } });
      expect(res.status).toBe(400);
      expect(res.json.error.details.issues[0].path).toMatch(/^onPrem\./);
    }
  });

  it('refuses price rows and CSV prices beyond the bounds', async () => {
    const admin = (await createTestToken(hub.db, ['admin'], 'it')).authorization;
    const row = {
      kind: 'gpu_vm',
      provider: 'aws',
      region: 'us-east-1',
      sku: 'p4d.24xlarge',
      accelerator: 'A100-40GB',
      acceleratorCount: 8,
      onDemandUsd: 1e308,
      source: 'https://aws.amazon.com/ec2/pricing/on-demand/',
    };
    const base = { effectiveDate: '2030-01-01', note: 'Too dear.', retrieved: '2026-11' };
    const rows = await hub.call('POST', '/api/costs/price-versions', {
      body: { ...base, rows: [row] },
      headers: { authorization: admin },
    });
    expect(rows.status).toBe(400);
    const count = await hub.call('POST', '/api/costs/price-versions', {
      body: { ...base, rows: [{ ...row, onDemandUsd: 32, acceleratorCount: 1e9 }] },
      headers: { authorization: admin },
    });
    expect(count.status).toBe(400);
    const header =
      'kind,provider,region,sku,accelerator,accelerator_count,unit,on_demand_usd,spot_usd,source,note,retrieved';
    const csv = `${header}\ngpu_vm,aws,us-east-1,p4d.24xlarge,A100-40GB,8,hour,${'9'.repeat(300)},,https://aws.amazon.com/,,2026-11\n`;
    const fromCsv = await hub.call('POST', '/api/costs/price-versions', {
      body: { ...base, csv },
      headers: { authorization: admin },
    });
    expect(fromCsv.status).toBe(400);
    expect(JSON.stringify(fromCsv.json.error)).toContain('at most');
  });

  it('a stored price too large to total is 422, never a complete estimate with a null total', async () => {
    const huge = {
      ...initialPriceVersion,
      id: 'prices-huge',
      effectiveDate: '2001-01-01',
      rows: initialPriceVersion.rows.map((r) => ({ ...r, onDemandUsd: 1e308 })),
    };
    await insertTestPriceVersion(hub.db, huge);
    const res = await hub.call('POST', '/api/costs/estimate', { body: { ...EXAMPLE, priceVersion: 'prices-huge' } });
    expect(res.status).toBe(422);
    expect(res.json.error.details.reason).toBe('total_not_finite');
  });
});

describe('documented bounds', () => {
  it('every number in a request body, path or query has a minimum and a maximum in the OpenAPI document', async () => {
    const doc = (await hub.call('GET', '/api/openapi.json')).json;
    const unbounded = new Set<string>();
    const seen = new Set<unknown>();
    const walk = (schema: any, where: string): void => {
      if (!schema || typeof schema !== 'object' || seen.has(schema)) return;
      if (schema.$ref) return walk(doc.components.schemas[schema.$ref.split('/').pop()], schema.$ref.split('/').pop());
      seen.add(schema);
      const types = [schema.type].flat();
      if (types.includes('number') || types.includes('integer')) {
        const low = schema.minimum ?? schema.exclusiveMinimum;
        const high = schema.maximum ?? schema.exclusiveMaximum;
        if (low === undefined || high === undefined) unbounded.add(where);
      }
      for (const key of ['items', 'additionalProperties']) walk(schema[key], `${where}.${key}`);
      for (const key of ['anyOf', 'oneOf', 'allOf'])
        (schema[key] ?? []).forEach((s: unknown, i: number) => walk(s, `${where}.${key}[${i}]`));
      for (const [name, s] of Object.entries(schema.properties ?? {})) walk(s, `${where}.${name}`);
    };
    for (const [path, item] of Object.entries<any>(doc.paths)) {
      for (const [method, op] of Object.entries<any>(item)) {
        for (const p of op.parameters ?? []) walk(p.schema, `${method} ${path} ${p.in} ${p.name}`);
        for (const c of Object.values<any>(op.requestBody?.content ?? {})) walk(c.schema, `${method} ${path} body`);
      }
    }
    expect([...unbounded]).toEqual([]);
  });
});

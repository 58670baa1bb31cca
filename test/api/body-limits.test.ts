import { beforeAll, describe, expect, it } from 'vitest';
import { signGithub, signMlflow } from '../../src/lib/webhooks';
import { JSON_LIMITS } from '../../src/lib/json-shape';
import { createTestToken, modelInput, modelVersionInput, toolInput } from '../factories';
import { addModel, createLifecycleHub, job, sourceFor, type LifecycleHub } from '../helpers/lifecycle';

/**
 * Issue 14, finding 4: a JSON body nested too deep (or with too many keys) is a 400 `too_deep`
 * naming the limits on every JSON route, webhook deliveries included, never a 500 (which CI
 * retries forever). Before, `hyperParameters` 10^5 deep overflowed the stack in JSON.stringify.
 */

const arrays = (depth: number, inner = '') => '['.repeat(depth) + inner + ']'.repeat(depth);
const DEEP = 100_000;

let hub: LifecycleHub;
let writer: string;
let slug: string;

beforeAll(async () => {
  hub = await createLifecycleHub();
  writer = (await createTestToken(hub.db, ['write'], 'cms')).authorization;
  const model = await hub.call('POST', '/api/models', { body: modelInput(), headers: { authorization: writer } });
  expect(model.status).toBe(201);
  slug = model.json.slug;
});

const post = (path: string, raw: string, headers: Record<string, string> = {}) =>
  hub.call('POST', path, { raw, headers: { authorization: writer, 'content-type': 'application/json', ...headers } });

/** A version body whose hyper-parameter `value` is the raw JSON given. */
const versionWith = (value: string) =>
  JSON.stringify(modelVersionInput({ hyperParameters: { value: '@' } })).replace('"@"', value);

function expectTooDeep(res: { status: number; json: any }) {
  expect(res.status).toBe(400);
  expect(res.json.error.code).toBe('too_deep');
  expect(res.json.error.details).toMatchObject({ maxDepth: JSON_LIMITS.maxDepth, maxKeys: JSON_LIMITS.maxKeys });
  expect(res.json.error.message).toContain(String(JSON_LIMITS.maxDepth));
}

describe('JSON bodies on API routes', () => {
  it('POST /api/tools refuses a body nested past the depth limit with 400 too_deep', async () => {
    const raw = JSON.stringify(toolInput()).replace(/}$/, `,"extra":${arrays(200)}}`);
    expectTooDeep(await post('/api/tools', raw));
  });

  it('POST /api/tools refuses more object keys than the limit with 400 too_deep', async () => {
    // A repeated key is legal JSON and keeps the body under the 64 KiB limit of this route.
    const members = Array(JSON_LIMITS.maxKeys + 1)
      .fill('"a":0')
      .join(',');
    const res = await post('/api/tools', `{${members}}`);
    expectTooDeep(res);
    expect(res.json.error.message).toContain('keys');
  });

  it('hyperParameters nested 10^5 deep is 400 too_deep, not a stack overflow', async () => {
    expectTooDeep(await post(`/api/models/${slug}/versions`, versionWith(arrays(DEEP))));
  });

  it('takes a body exactly at the depth limit, and brackets and quotes inside strings do not count', async () => {
    // The body is level 1, hyperParameters level 2: 62 more arrays reach the limit.
    const atLimit = await post(`/api/models/${slug}/versions`, versionWith(arrays(JSON_LIMITS.maxDepth - 2)));
    expect(atLimit.status).toBe(201);
    const overLimit = await post(`/api/models/${slug}/versions`, versionWith(arrays(JSON_LIMITS.maxDepth - 1)));
    expectTooDeep(overLimit);
    const tricky = JSON.stringify({ note: `a \\" quote, then ${'[{'.repeat(500)} and "${':'.repeat(100)}"` });
    const inStrings = await post(`/api/models/${slug}/versions`, versionWith(tricky));
    expect(inStrings.status).toBe(201);
    expect(inStrings.json.hyperParameters.value).toEqual(JSON.parse(tricky));
  });

  it('answers too_deep before authentication is needed, so no token learns more than another', async () => {
    const res = await hub.call('POST', '/api/tools', {
      raw: `{"a":${arrays(100)}}`,
      headers: { 'content-type': 'application/json' },
    });
    expectTooDeep(res);
  });

  it('the MLflow door answers 400 INVALID_PARAMETER_VALUE in its own error shape', async () => {
    const res = await post('/api/2.0/mlflow/registered-models/create', `{"name":"deep","tags":${arrays(10_000)}}`);
    expect(res.status).toBe(400);
    expect(res.json.error_code).toBe('INVALID_PARAMETER_VALUE');
    expect(res.json.message).toContain(String(JSON_LIMITS.maxDepth));
  });
});

describe('webhook deliveries nested too deep', () => {
  let model: string;
  beforeAll(async () => {
    model = (await addModel(hub.db, 'cms')).slug;
  });

  async function expectRejectedTooDeep(sourceId: string, res: { status: number; json: any }, deliveryId: string) {
    expectTooDeep(res);
    expect(res.json.error.details.reason).toBe('too_deep');
    const log = await hub.call('GET', `/api/webhooks/sources/${sourceId}/deliveries?status=rejected`, {
      headers: { authorization: hub.admin },
    });
    expect(log.status).toBe(200);
    expect(log.json.items).toContainEqual(
      expect.objectContaining({ deliveryId, status: 'rejected', error: expect.objectContaining({ code: 'too_deep' }) }),
    );
  }

  it('standard: a job.succeeded whose hyperParameters are 10^5 deep is 400, logged as rejected', async () => {
    const source = await sourceFor(hub, 'cms', ['standard']);
    const body = {
      type: 'job.succeeded',
      data: { job: job(model), version: { artifacts: [], hyperParameters: { value: '@' } } },
    };
    const raw = JSON.stringify(body).replace('"@"', arrays(DEEP));
    const res = await hub.deliver(source, null, { raw, id: 'msg_deep_standard' });
    await expectRejectedTooDeep(source.id, res, 'msg_deep_standard');
  });

  it('github: a workflow_run delivery 10^5 deep, as JSON or as the default form encoding, is 400', async () => {
    const source = await sourceFor(hub, 'cms', ['github']);
    const json = `{"action":"completed","workflow_run":${arrays(DEEP)}}`;
    for (const [id, raw, type] of [
      ['gh-deep-json', json, 'application/json'],
      ['gh-deep-form', `payload=${encodeURIComponent(json)}`, 'application/x-www-form-urlencoded'],
    ] as const) {
      const res = await hub.call('POST', `/api/hooks/${source.id}`, {
        raw,
        headers: {
          'content-type': type,
          'x-github-event': 'workflow_run',
          'x-github-delivery': id,
          'x-hub-signature-256': await signGithub(source.secret, raw),
        },
      });
      await expectRejectedTooDeep(source.id, res, id);
    }
  });

  it('gitlab: a Pipeline Hook with too many keys is 400', async () => {
    const source = await sourceFor(hub, 'cms', ['gitlab']);
    const members = Array.from({ length: JSON_LIMITS.maxKeys + 1 }, (_, i) => `"v${i}":1`).join(',');
    const raw = `{"object_kind":"pipeline","variables":{${members}}}`;
    const res = await hub.call('POST', `/api/hooks/${source.id}`, {
      raw,
      headers: {
        'content-type': 'application/json',
        'x-gitlab-event': 'Pipeline Hook',
        'idempotency-key': 'gl-deep-keys',
        'x-gitlab-token': source.secret,
      },
    });
    await expectRejectedTooDeep(source.id, res, 'gl-deep-keys');
  });

  it('mlflow: a registry webhook 10^5 deep is 400', async () => {
    const source = await sourceFor(hub, 'cms', ['mlflow']);
    const raw = `{"entity": "model_version", "action": "created", "data": {"tags": ${arrays(DEEP)}}}`;
    const id = 'mlflow-deep';
    const timestamp = Math.floor(Date.now() / 1000);
    const res = await hub.call('POST', `/api/hooks/${source.id}`, {
      raw,
      headers: {
        'content-type': 'application/json',
        'x-mlflow-delivery-id': id,
        'x-mlflow-timestamp': String(timestamp),
        'x-mlflow-signature': await signMlflow({ secret: source.secret, id, timestamp, body: raw }),
      },
    });
    await expectRejectedTooDeep(source.id, res, id);
  });

  it('an unsigned too-deep delivery is still 401 and stores nothing', async () => {
    const source = await sourceFor(hub, 'cms', ['standard']);
    const raw = `{"type":"job.started","data":${arrays(DEEP)}}`;
    const res = await hub.deliver({ id: source.id, secret: 'whsec_' + 'A'.repeat(43) }, null, { raw });
    expect(res.status).toBe(401);
    const log = await hub.call('GET', `/api/webhooks/sources/${source.id}/deliveries`, {
      headers: { authorization: hub.admin },
    });
    expect(log.json.items).toHaveLength(0);
  });
});

import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import {
  benchmarkInput,
  createTestToken,
  insertTestPriceVersion,
  datasetInput,
  datasetVersionInput,
  modelInput,
  modelVersionInput,
  toolInput,
} from '../factories';
import { createLifecycleHub, sourceFor } from '../helpers/lifecycle';
import { initialPriceVersion } from '../../db/seed/prices/initial';
import { SchemaSampler } from '../helpers/fuzz/schema-sample';
import { FUZZ_SCALE, FUZZ_SEED, FuzzHarness, formatStats, preview, type FuzzRequest } from '../helpers/fuzz/harness';
import {
  adversarialValue,
  applyMutation,
  badAuthorization,
  badContentType,
  deepJsonText,
  headerValue,
  malformedBody,
  mutation,
  toJsonText,
  unicodeString,
  wideJsonText,
} from '../helpers/fuzz/inputs';

/**
 * Issue 14: property-based fuzz of every write route (POST/PUT/PATCH/DELETE) the app's own
 * OpenAPI document lists, so a route added later is fuzzed without editing this file. Each request
 * is a valid body changed in one place, a random or adversarial body, a malformed body, a wrong
 * Content-Type, a bad Authorization or a hostile path parameter; the invariants are in
 * test/helpers/fuzz/harness.ts. Seeded (FUZZ_SEED overrides; FUZZ_RUNS multiplies the runs).
 */

// Outbound targets resolve to a private address, so no fuzzed trigger URL is ever fetched.
const hub = await createLifecycleHub({ hooks: { resolveHost: async () => ['10.0.0.1'] } });
const cmsWrite = await createTestToken(hub.db, ['write'], 'cms');
const cmsMaintainer = (await createTestToken(hub.db, ['maintainer'], 'cms')).authorization;
const adminSecret = hub.admin.slice('Bearer '.length);

const suggestion = (name: string) => ({
  ...toolInput({ name, slug: undefined }),
  suggestedBy: 'Ada Lovelace <ada@example.org>',
});

async function setUp(method: string, path: string, body?: unknown, authorization = hub.admin) {
  const res = await hub.call(method, path, { ...(body === undefined ? {} : { body }), headers: { authorization } });
  if (res.status >= 300) throw new Error(`fixture ${method} ${path}: ${res.status} ${JSON.stringify(res.json)}`);
  return res.json;
}

await insertTestPriceVersion(hub.db);
const tool = await setUp('POST', '/api/tools', toolInput());
const suggested = await setUp('POST', '/api/tools/suggestions', suggestion('Fuzz suggestion'));
const dataset = await setUp('POST', '/api/datasets', datasetInput({ ownerGroup: 'cms' }), cmsWrite.authorization);
const datasetVersion = await setUp('POST', `/api/datasets/${dataset.slug}/versions`, datasetVersionInput());
const model = await setUp('POST', '/api/models', modelInput({ ownerGroup: 'cms' }), cmsWrite.authorization);
for (let i = 0; i < 2; i++) await setUp('POST', `/api/models/${model.slug}/versions`, modelVersionInput());
await setUp('PUT', `/api/models/${model.slug}/aliases/staging`, { version: 1 });
const deployment = await setUp('POST', `/api/models/${model.slug}/deployments`, {
  version: 1,
  kind: 'hlt',
  target: 'HLT farm',
});
const policy = await setUp(
  'POST',
  `/api/models/${model.slug}/retrain-policies`,
  { kind: 'dataset_version', config: { dataset: dataset.slug } },
  cmsMaintainer,
);
const source = await sourceFor(hub, 'cms');
const victimToken = await setUp('POST', '/api/tokens', { name: 'fuzz victim', scopes: ['write'], group: 'cms' });
const mlflowName = model.slug as string;

const doc = await (await hub.app.request('/api/openapi.json')).json();
const sampler = new SchemaSampler(doc.components.schemas, FUZZ_SEED);

/** Path parameters that name the fixtures above, so requests get past the 404. */
function pathValue(path: string, name: string): string {
  const under = (prefix: string) => path.startsWith(prefix);
  if (name === 'slug' && path.endsWith('/approve')) return suggested.slug;
  if (name === 'slug') return under('/api/tools') ? tool.slug : under('/api/datasets') ? dataset.slug : model.slug;
  if (name === 'version') return under('/api/datasets') ? datasetVersion.version : '1';
  if (name === 'alias') return 'staging';
  if (name === 'sourceId') return source.id;
  if (name === 'id') {
    if (under('/api/webhooks/sources')) return source.id;
    if (under('/api/tokens')) return victimToken.id;
    if (path.includes('/retrain-policies/')) return policy.id;
    if (path.includes('/deployments/')) return String(deployment.id);
  }
  return `fuzz-${name}`;
}

let created = 0;
const COST_EXAMPLE = { datasetTb: 20, gpuType: 'A100-80GB', gpusPerJob: 4, hoursPerJob: 36, jobs: 50, egressCount: 2 };

/** Bodies the schema's examples do not make valid on their own (they name fixtures or need a field). */
const VALID_OVERRIDES: Record<string, () => unknown> = {
  createTool: () => toolInput(),
  updateTool: () => ({ summary: 'Patched by the fuzz.' }),
  suggestTool: () => suggestion(`Fuzz suggestion ${++created}`),
  createModel: () => modelInput({ ownerGroup: 'cms' }),
  createModelVersion: () => modelVersionInput(),
  createDataset: () => datasetInput({ ownerGroup: 'cms' }),
  createDatasetVersion: () => datasetVersionInput(),
  setModelAlias: () => ({ version: 2, reason: 'fuzz' }),
  createModelDeployment: () => ({ version: 1, kind: 'hlt', target: 'HLT farm' }),
  createRetrainPolicy: () => ({ kind: 'dataset_version', config: { dataset: dataset.slug } }),
  updateModel: () => ({ summary: 'Patched by the fuzz.' }),
  updateDataset: () => ({ summary: 'Patched by the fuzz.' }),
  updateModelVersion: () => ({ description: 'Patched by the fuzz.' }),
  updateDatasetVersion: () => ({ description: 'Patched by the fuzz.' }),
  updateRetrainPolicy: () => ({ enabled: true }),
  createBenchmark: () => benchmarkInput(model.slug, 1),
  // The shape test/api/benchmarks.test.ts sends from the browser harness.
  submitCommunityBenchmark: () => ({
    model: model.slug,
    version: 1,
    engine: { name: 'onnxruntime-web', version: '1.30.0', executionProvider: 'webgpu' },
    device: {
      webgpuAdapter: { vendor: 'google', architecture: 'swiftshader', description: '' },
      hardwareConcurrency: 8,
    },
    settings: { batchSize: 1, warmupRuns: 5, runsPerSample: 10 },
    results: {
      iterations: 2000,
      durationMs: 1500,
      latencyMs: { min: 0.3, mean: 0.4, p50: 0.38, p90: 0.5, p99: 0.9, p999: 1.5 },
      p50StabilityCv: 0.03,
    },
  }),
  estimateCost: () => COST_EXAMPLE,
  saveCostEstimate: () => COST_EXAMPLE,
  createPriceVersion: () => ({
    effectiveDate: '2099-01-01',
    note: 'A version sent by the fuzz.',
    rows: initialPriceVersion.rows.map((r) => ({
      kind: r.kind,
      provider: r.provider,
      region: r.region,
      sku: r.sku,
      accelerator: r.accelerator,
      acceleratorCount: r.acceleratorCount,
      onDemandUsd: r.onDemandUsd,
      spotUsd: r.spot?.raw ?? null,
      source: r.source,
      retrieved: r.retrieved,
      note: r.note,
    })),
  }),
  createToken: () => ({ name: 'fuzz', scopes: ['write'], group: 'cms' }),
  createWebhookSource: () => ({ name: 'Fuzz CI', group: 'cms' }),
  mlflowCreateRegisteredModel: () => ({ name: `fuzz-registered-${++created}` }),
  mlflowRenameRegisteredModel: () => ({ name: mlflowName, new_name: 'fuzz-renamed' }),
  mlflowUpdateRegisteredModel: () => ({ name: mlflowName, description: 'fuzz' }),
  mlflowDeleteRegisteredModel: () => ({ name: mlflowName }),
  mlflowGetLatestVersions: () => ({ name: mlflowName }),
  mlflowSetRegisteredModelTag: () => ({ name: mlflowName, key: 'team', value: 'fuzz' }),
  mlflowDeleteRegisteredModelTag: () => ({ name: mlflowName, key: 'team' }),
  mlflowSetRegisteredModelAlias: () => ({ name: mlflowName, alias: 'candidate', version: '1' }),
  mlflowDeleteRegisteredModelAlias: () => ({ name: mlflowName, alias: 'candidate' }),
  mlflowCreateModelVersion: () => ({ name: mlflowName, source: 's3://models/fuzz/model.onnx' }),
  mlflowUpdateModelVersion: () => ({ name: mlflowName, version: '1', description: 'fuzz' }),
  mlflowDeleteModelVersion: () => ({ name: mlflowName, version: '2' }),
  mlflowSetModelVersionTag: () => ({ name: mlflowName, version: '1', key: 'k', value: 'v' }),
  mlflowDeleteModelVersionTag: () => ({ name: mlflowName, version: '1', key: 'k' }),
};

interface Operation {
  id: string;
  method: string;
  path: string;
  params: string[];
  mediaType: string | undefined;
  valid: () => unknown;
  family: string;
  /** Statuses answered with a documented non-JSON content type (the suggestion form's HTML). */
  otherTypes: Map<number, string[]>;
}

const WRITE_METHODS = ['post', 'put', 'patch', 'delete'];
// Runs last: these remove or rename the fixtures the other operations name.
const DESTRUCTIVE = /^(delete|revoke|disable|mlflowDelete|rotate)/;
const LAST = ['mlflowRenameRegisteredModel', 'mlflowDeleteRegisteredModel'];
const order = (o: { id: string }) => (LAST.includes(o.id) ? 2 + LAST.indexOf(o.id) : DESTRUCTIVE.test(o.id) ? 1 : 0);

const operations: Operation[] = [];
for (const [template, item] of Object.entries<any>(doc.paths)) {
  for (const method of WRITE_METHODS) {
    const op = item[method];
    if (!op || template.startsWith('/api/hooks/')) continue;
    const content = op.requestBody?.content ?? {};
    const mediaType = Object.keys(content)[0];
    const schema = mediaType ? content[mediaType].schema : undefined;
    const otherTypes = new Map<number, string[]>();
    for (const [status, response] of Object.entries<any>(op.responses ?? {}))
      otherTypes.set(
        Number(status),
        Object.keys(response.content ?? {}).filter((t) => t !== 'application/json'),
      );
    operations.push({
      id: op.operationId,
      method: method.toUpperCase(),
      path: template,
      params: [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!),
      mediaType,
      valid: VALID_OVERRIDES[op.operationId] ?? (() => (schema ? sampler.sample(schema) : undefined)),
      family: template.startsWith('/api/2.0/mlflow/') ? 'mlflow' : template.split('/')[2]!,
      otherTypes,
    });
  }
}
operations.sort((a, b) => order(a) - order(b));

const harness = new FuzzHarness(hub, (method, path, status) => {
  const op = operations.find(
    (o) => o.method === method && new RegExp(`^${o.path.replace(/\{\w+\}/g, '[^/]+')}$`).test(path),
  );
  return op?.otherTypes.get(status) ?? [];
});

let client = 0;
const auths = [hub.admin, hub.admin, hub.admin, cmsWrite.authorization, cmsMaintainer];

function requestFor(op: Operation): fc.Arbitrary<FuzzRequest> {
  // The shape mutations are drawn from; each request gets a fresh valid body (new slugs and names).
  const valid = op.valid();
  const json = op.mediaType === 'application/json';
  const build = (kind: string, body: string | Uint8Array | undefined, extra: Partial<FuzzRequest> = {}) =>
    fc
      .record({
        auth: fc.constantFrom(...auths),
        extraHeader: fc.option(fc.tuple(fc.constantFrom('x-fuzz', 'accept', 'origin', 'cookie'), headerValue), {
          freq: 8,
        }),
      })
      .map(({ auth, extraHeader }): FuzzRequest => {
        const headers: Record<string, string> = {
          authorization: auth,
          // A fresh client address per request keeps the per-address rate limits out of the way.
          'x-test-client': `2001:db8::${(++client).toString(16)}`,
        };
        if (op.mediaType) headers['content-type'] = op.mediaType;
        if (extraHeader) headers[extraHeader[0]] = extraHeader[1];
        const params = Object.fromEntries(op.params.map((p) => [p, pathValue(op.path, p)]));
        return {
          method: op.method,
          path: op.path.replace(/\{(\w+)\}/g, (_m, p: string) => encodeURIComponent(params[p]!)),
          headers,
          body,
          label: kind,
          ...extra,
          ...(extra.headers ? { headers: { ...headers, ...extra.headers } } : {}),
        };
      });
  const text = (value: unknown) => (value === undefined ? undefined : toJsonText(value));
  const kinds: fc.Arbitrary<FuzzRequest>[] = [
    mutation(valid).chain((m) => {
      const body = text(applyMutation(op.valid(), m));
      return build(`mutation ${m.op} ${m.path.join('.') || '(root)'}`, body);
    }),
    fc.constant(null).chain(() => build('valid', text(op.valid()))),
    adversarialValue.chain((v) => build('adversarial body', toJsonText(v))),
    fc.jsonValue({ maxDepth: 4 }).chain((v) => build('random json', toJsonText(v))),
    fc.oneof(deepJsonText, wideJsonText).chain((t) => build('deep/wide body', t)),
    malformedBody(valid).chain((b) => build(`malformed ${b.kind}`, b.bytes)),
    badContentType.chain((ct) =>
      build(`content-type ${JSON.stringify(ct)?.slice(0, 40)}`, text(valid), {
        headers: ct === undefined ? {} : { 'content-type': ct },
      }).map((r) => (ct === undefined ? { ...r, headers: withoutKey(r.headers, 'content-type') } : r)),
    ),
    badAuthorization(adminSecret).chain((a) =>
      build(`authorization ${JSON.stringify(a)?.slice(0, 40)}`, text(valid)).map((r) => ({
        ...r,
        headers: a === undefined ? withoutKey(r.headers, 'authorization') : { ...r.headers, authorization: a },
      })),
    ),
  ];
  if (op.params.length)
    kinds.push(
      fc
        .tuple(
          fc.constantFrom(...op.params),
          fc.oneof(
            unicodeString.map(percentEncode),
            fc.constantFrom('..', '.', '0', '-1', '1e3', '0x1', '%2F', 'a'.repeat(5_000)),
            // Sent as is: percent sequences that do not decode to UTF-8.
            fc.constantFrom('%', '%zz', '%ED%A0%80', '%FF%FE', '%C0%AF', '%00'),
          ),
        )
        .chain(([param, segment]) =>
          build(`path ${param}=${JSON.stringify(segment).slice(0, 40)}`, text(valid)).map((r) => ({
            ...r,
            path: op.path.replace(/\{(\w+)\}/g, (_m, p: string) =>
              p === param ? segment : encodeURIComponent(pathValue(op.path, p)),
            ),
          })),
        ),
    );
  if (!json) kinds.push(fc.uint8Array({ maxLength: 2_000 }).chain((bytes) => build('random bytes', bytes)));
  return fc.oneof(...kinds.map((arbitrary, i) => ({ weight: i === 0 ? 6 : 1, arbitrary })));
}

/** Percent-encodes the UTF-8 bytes of `value` (a lone surrogate becomes U+FFFD, as a browser sends it). */
function percentEncode(value: string): string {
  return Array.from(new TextEncoder().encode(value), (b) => `%${b.toString(16).padStart(2, '0').toUpperCase()}`).join(
    '',
  );
}

function withoutKey(headers: Record<string, string>, key: string) {
  const copy = { ...headers };
  delete copy[key];
  return copy;
}

const RUNS = Math.max(1, Math.round(32 * FUZZ_SCALE));

describe('fuzz: every write route keeps its invariants on hostile input', () => {
  it('enumerates the write routes from the OpenAPI document, the MLflow ones included', () => {
    expect(operations.length).toBeGreaterThan(40);
    expect(operations.map((o) => o.id)).toEqual(
      expect.arrayContaining(['createModel', 'mlflowCreateModelVersion', 'setModelAlias', 'createToken']),
    );
  });

  it.each(operations.map((o) => [`${o.method} ${o.path} (${o.id})`, o] as const))(
    '%s: no 5xx, error shape with a code, database unchanged when refused',
    async (_name, op) => {
      let index = 0;
      await fc.assert(
        fc.asyncProperty(requestFor(op), async (req) => {
          index++;
          const { status, violations } = await harness.send(op.family, req);
          if (violations.length)
            throw new Error(
              `${req.method} ${req.path.slice(0, 120)} [${req.label}] → ${status}\n  body ${preview(req.body)}\n  ` +
                `content-type ${JSON.stringify(req.headers['content-type'])}\n  ${violations.join('\n  ')}`,
            );
        }),
        { seed: FUZZ_SEED + operations.indexOf(op), numRuns: RUNS, endOnFailure: !process.env.FUZZ_SHRINK },
      );
      expect(index).toBe(RUNS);
    },
    60_000,
  );
});

afterAll(() => {
  console.log(formatStats('fuzz: write routes', FUZZ_SEED, harness.stats));
});

import examples from '@octokit/webhooks-examples';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { signGithub, signMlflow, signStandard } from '../../src/lib/webhooks';
import { addModel, createLifecycleHub, job, sourceFor } from '../helpers/lifecycle';
import { changedTables, digestDb } from '../helpers/fuzz/db-digest';
import { FUZZ_SCALE, FUZZ_SEED, FuzzHarness, formatStats, preview, type FuzzRequest } from '../helpers/fuzz/harness';
import {
  adversarialValue,
  applyMutation,
  deepJsonText,
  headerValue,
  hugeString,
  malformedBody,
  mutation,
  toJsonText,
  wideJsonText,
} from '../helpers/fuzz/inputs';

/**
 * Issue 14: property-based fuzz of POST /api/hooks/{sourceId} under every signature scheme
 * (standard, github, gitlab by token and by signing token, mlflow). Bodies are correctly signed, so
 * they reach parsing and planning: real payloads (GitHub's @octokit/webhooks-examples, GitLab's
 * documented examples in test/fixtures/gitlab, hub envelopes, MLflow bodies) changed in one place,
 * random and adversarial JSON, malformed bodies; and valid deliveries with one header broken.
 * Invariants: test/helpers/fuzz/harness.ts. Seeded (FUZZ_SEED overrides; FUZZ_RUNS multiplies).
 */

const hub = await createLifecycleHub();
const model = await addModel(hub.db, 'cms', { slug: 'hello-world-model' });
const sources = {
  standard: await sourceFor(hub, 'cms', ['standard']),
  github: await sourceFor(hub, 'cms', ['github']),
  gitlab: await sourceFor(hub, 'cms', ['gitlab']),
  mlflow: await sourceFor(hub, 'cms', ['mlflow']),
};
const mapped = await Promise.all([
  hub.call('PATCH', `/api/webhooks/sources/${sources.github.id}`, {
    body: { mappings: [{ provider: 'github', repository: 'Codertocat/Hello-World', model: model.slug }] },
    headers: { authorization: hub.admin },
  }),
  hub.call('PATCH', `/api/webhooks/sources/${sources.gitlab.id}`, {
    body: { mappings: [{ provider: 'gitlab', project: 'gitlab-org/*', model: model.slug }] },
    headers: { authorization: hub.admin },
  }),
]);
if (mapped.some((r) => r.status !== 200)) throw new Error('mapping the fuzz sources failed');

type Scheme = 'standard' | 'github' | 'gitlab-token' | 'gitlab-signed' | 'mlflow';
const SCHEMES: Scheme[] = ['standard', 'github', 'gitlab-token', 'gitlab-signed', 'mlflow'];
const sourceOf = (scheme: Scheme) => sources[scheme.startsWith('gitlab') ? 'gitlab' : (scheme as 'standard')];

/** A real body and the event header it is sent with. */
interface Sample {
  event: string;
  body: unknown;
}

const github = (name: string): Sample[] =>
  (examples as { name: string; examples: unknown[] }[])
    .find((d) => d.name === name)!
    .examples.slice(0, 3)
    .map((body) => ({ event: name, body }));
const gitlab = (file: string, event: string): Sample => ({
  event,
  body: JSON.parse(readFileSync(new URL(`../fixtures/gitlab/${file}.json`, import.meta.url), 'utf8')),
});
const envelopes: Sample[] = [
  { event: '', body: { type: 'job.queued', data: { job: job(model.slug) } } },
  {
    event: '',
    body: {
      type: 'job.succeeded',
      data: {
        job: job(model.slug, { gpuHours: 2 }),
        version: {
          artifacts: [{ name: 'model.onnx', format: 'onnx', uri: 'root://eos.example//m/v1.onnx' }],
          metrics: [{ name: 'auc', value: 0.93 }],
        },
      },
    },
  },
  { event: '', body: { type: 'model.alias.set', data: { model: model.slug, alias: 'staging', version: 1 } } },
];
const mlflowBodies: Sample[] = [
  {
    event: '',
    body: {
      entity: 'registered_model',
      action: 'created',
      timestamp: '2026-11-14T10:00:00.000000+00:00',
      data: { name: 'fuzz-mlflow', tags: {}, description: null },
    },
  },
  {
    event: '',
    body: {
      entity: 'model_version',
      action: 'created',
      timestamp: '2026-11-14T10:00:00.000000+00:00',
      data: {
        name: model.slug,
        version: '1',
        source: 's3://m/1/model.onnx',
        run_id: 'a1b2',
        tags: {},
        description: null,
      },
    },
  },
];
const SAMPLES: Record<Scheme, Sample[]> = {
  standard: envelopes,
  github: [...github('workflow_run'), ...github('workflow_job'), ...github('release'), ...github('ping')],
  'gitlab-token': [gitlab('pipeline-hook', 'Pipeline Hook'), gitlab('job-hook', 'Job Hook')],
  'gitlab-signed': [gitlab('release-hook', 'Release Hook'), gitlab('job-hook', 'Job Hook')],
  mlflow: mlflowBodies,
};

let counter = 0;
const nextId = () => `fuzz-${FUZZ_SEED}-${++counter}`;
const now = () => Math.floor(Date.now() / 1000);

/** The headers a sender of `scheme` puts on `body` (signed with the source's secret). */
async function signedHeaders(scheme: Scheme, event: string, body: Uint8Array, id = nextId(), ts = now()) {
  const { secret } = sourceOf(scheme);
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (scheme === 'standard' || scheme === 'gitlab-signed') {
    headers['webhook-id'] = id;
    headers['webhook-timestamp'] = String(ts);
    headers['webhook-signature'] = await signStandard({ secret, id, timestamp: ts, body });
  }
  if (scheme === 'github') {
    headers['x-github-event'] = event;
    headers['x-github-delivery'] = id;
    headers['x-hub-signature-256'] = await signGithub(secret, body);
  }
  if (scheme.startsWith('gitlab')) {
    headers['x-gitlab-event'] = event;
    headers['idempotency-key'] = id;
    if (scheme === 'gitlab-token') headers['x-gitlab-token'] = secret;
  }
  if (scheme === 'mlflow') {
    headers['x-mlflow-delivery-id'] = id;
    headers['x-mlflow-timestamp'] = String(ts);
    headers['x-mlflow-signature'] = await signMlflow({ secret, id, timestamp: ts, body });
  }
  return headers;
}

/** A delivery before signing: the body, and what to do to the headers after signing. */
interface Draft {
  label: string;
  event: string;
  body: Uint8Array;
  /** Applied after signing (a broken header); undefined values remove the header. */
  headerChange?: Record<string, string | undefined>;
  timestampOffset?: number;
  path?: string;
}

const encoder = new TextEncoder();
const HEADER_NAMES = [
  'content-type',
  'webhook-id',
  'webhook-timestamp',
  'webhook-signature',
  'x-github-event',
  'x-github-delivery',
  'x-hub-signature-256',
  'x-gitlab-event',
  'x-gitlab-token',
  'idempotency-key',
  'x-mlflow-delivery-id',
  'x-mlflow-timestamp',
  'x-mlflow-signature',
];

function draftFor(scheme: Scheme): fc.Arbitrary<Draft> {
  const samples = SAMPLES[scheme];
  return fc.integer({ min: 0, max: samples.length - 1 }).chain((i) => {
    const { event, body } = samples[i]!;
    const text = toJsonText(body);
    const draft = (label: string, bytes: Uint8Array | string, extra: Partial<Draft> = {}): Draft => ({
      label,
      event,
      body: typeof bytes === 'string' ? encoder.encode(bytes) : bytes,
      ...extra,
    });
    return fc.oneof(
      {
        weight: 6,
        arbitrary: mutation(body).map((m) =>
          draft(`mutation ${m.op} ${m.path.join('.') || '(root)'}`, toJsonText(applyMutation(body, m))),
        ),
      },
      { weight: 1, arbitrary: fc.constant(draft('valid', text)) },
      { weight: 1, arbitrary: adversarialValue.map((v) => draft('adversarial body', toJsonText(v))) },
      { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 4 }).map((v) => draft('random json', toJsonText(v))) },
      { weight: 1, arbitrary: fc.oneof(deepJsonText, wideJsonText).map((t) => draft('deep/wide body', t)) },
      { weight: 2, arbitrary: malformedBody(body).map((b) => draft(`malformed ${b.kind}`, b.bytes)) },
      {
        weight: 1,
        arbitrary: hugeString.map((s) => draft(`huge string ${s.length}`, toJsonText({ ...(body as object), s }))),
      },
      {
        weight: 2,
        arbitrary: fc
          .tuple(fc.constantFrom(...HEADER_NAMES), fc.option(headerValue, { freq: 4 }))
          .map(([name, value]) =>
            draft(`header ${name}=${JSON.stringify(value)?.slice(0, 30)}`, text, {
              headerChange: { [name]: value ?? undefined },
            }),
          ),
      },
      {
        weight: 1,
        arbitrary: fc
          .constantFrom(-10_000_000, -301, 301, 86_400 * 365 * 100)
          .map((offset) => draft(`timestamp ${offset}s off`, text, { timestampOffset: offset })),
      },
      {
        weight: 1,
        arbitrary: fc
          .constantFrom('src_nope0000', 'src_', '%00', '..', 'src_' + 'a'.repeat(5_000), '%ED%A0%80')
          .map((id) => draft(`source ${id.slice(0, 20)}`, text, { path: `/api/hooks/${id}` })),
      },
    );
  });
}

const harness = new FuzzHarness(hub);
const RUNS = Math.max(1, Math.round(120 * FUZZ_SCALE));

describe('fuzz: webhook deliveries keep their invariants under every scheme', () => {
  it('the database digest sees a delivery that is stored', async () => {
    const before = await digestDb(hub.db);
    const body = encoder.encode(toJsonText(envelopes[0]!.body));
    const res = await hub.app.request(`/api/hooks/${sources.standard.id}`, {
      method: 'POST',
      headers: await signedHeaders('standard', '', body),
      body,
    });
    expect(res.status).toBe(200);
    expect(changedTables(before, await digestDb(hub.db))).toEqual(expect.arrayContaining(['events']));
  });

  it.each(SCHEMES)(
    '%s: signed hostile deliveries never answer 5xx, always carry an error code, and change nothing when refused',
    async (scheme) => {
      let previous: FuzzRequest | undefined;
      await fc.assert(
        fc.asyncProperty(draftFor(scheme), fc.nat(9), async (draft, replay) => {
          const source = sourceOf(scheme);
          const headers = await signedHeaders(
            scheme,
            draft.event,
            draft.body,
            nextId(),
            now() + (draft.timestampOffset ?? 0),
          );
          for (const [name, value] of Object.entries(draft.headerChange ?? {}))
            if (value === undefined) delete headers[name];
            else headers[name] = value;
          // One in ten sends the previous delivery again, exactly: a duplicate or a replay.
          const req: FuzzRequest =
            replay === 0 && previous
              ? { ...previous, label: `replay of ${previous.label}` }
              : {
                  method: 'POST',
                  path: draft.path ?? `/api/hooks/${source.id}`,
                  headers,
                  body: draft.body,
                  label: draft.label,
                };
          previous = req;
          const { status, violations } = await harness.send(`hooks ${scheme}`, req);
          if (violations.length)
            throw new Error(
              `${scheme} [${req.label}] → ${status}\n  headers ${JSON.stringify(req.headers).slice(0, 300)}\n  ` +
                `body ${preview(req.body)}\n  ${violations.join('\n  ')}`,
            );
        }),
        { seed: FUZZ_SEED + SCHEMES.indexOf(scheme), numRuns: RUNS, endOnFailure: !process.env.FUZZ_SHRINK },
      );
    },
    90_000,
  );
});

afterAll(() => {
  console.log(formatStats('fuzz: webhook schemes', FUZZ_SEED, harness.stats));
});

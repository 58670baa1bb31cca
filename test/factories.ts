import { insertPriceVersion } from '../db/queries/prices';
import { createToken } from '../db/queries/tokens';
import { initialPriceVersion } from '../db/seed/prices/initial';
import type { PriceVersion } from '../src/lib/costs';
import type { Db } from '../db/client';
import { groups, tools, type NewTool, type TokenScope, type Tool } from '../db/schema';

let sequence = 0;
const next = () => ++sequence;

export async function createGroup(db: Db, id = `group-${next()}`) {
  const [group] = await db
    .insert(groups)
    .values({ id, name: id.toUpperCase(), kind: 'experiment' })
    .onConflictDoNothing()
    .returning();
  return group ?? { id };
}

/** A token with the given scopes; returns the Authorization header value too. */
export async function createTestToken(db: Db, scopes: TokenScope[], groupId: string | null = null) {
  if (groupId) await createGroup(db, groupId);
  const { token, secret } = await createToken(db, { name: `test ${scopes.join('+')}`, scopes, groupId });
  return { token, secret, authorization: `Bearer ${secret}` };
}

export function toolInput(overrides: Record<string, unknown> = {}) {
  const n = next();
  return {
    slug: `tool-${n}`,
    name: `Tool ${n}`,
    summary: `Summary of tool ${n}.`,
    categories: ['library'],
    accessSteps: [{ text: 'Install it.', command: `pip install tool-${n}` }],
    ...overrides,
  };
}

export async function insertTestTool(db: Db, overrides: Partial<NewTool> = {}): Promise<Tool> {
  const n = next();
  const [tool] = await db
    .insert(tools)
    .values({
      slug: `seeded-tool-${n}`,
      name: `Seeded tool ${n}`,
      summary: 'A tool made by a test factory.',
      categories: ['library'],
      accessSteps: [{ text: 'Read the docs.' }],
      requirements: { account: null, networkZones: [], notes: [] },
      hardware: [],
      lifecycle: 'production',
      experiments: [],
      tags: [],
      links: {},
      unverified: [],
      status: 'published',
      publishedAt: new Date(),
      ...overrides,
    })
    .returning();
  return tool!;
}

/** Stores a price version (default: the seed's initial version) as the API would. */
export async function insertTestPriceVersion(
  db: Db,
  version: PriceVersion = initialPriceVersion,
): Promise<PriceVersion> {
  await insertPriceVersion(db, version);
  return version;
}

/** A webhook source created through the API (so its secret is encrypted as in production); returns its secret once. */
export async function createTestWebhookSource(
  call: (
    method: string,
    path: string,
    options?: { body?: unknown; headers?: Record<string, string> },
  ) => Promise<{ status: number; json: any }>,
  adminAuthorization: string,
  input: { group: string; name?: string; schemes?: string[]; allowProtectedAliases?: boolean },
): Promise<{ id: string; secret: string; endpoint: string }> {
  const res = await call('POST', '/api/webhooks/sources', {
    body: {
      name: input.name ?? `CI of ${input.group}`,
      group: input.group,
      ...(input.schemes ? { schemes: input.schemes } : {}),
      ...(input.allowProtectedAliases === undefined ? {} : { allowProtectedAliases: input.allowProtectedAliases }),
    },
    headers: { authorization: adminAuthorization },
  });
  if (res.status !== 201)
    throw new Error(`creating a webhook source failed: ${res.status} ${JSON.stringify(res.json)}`);
  return { id: res.json.id, secret: res.json.secret, endpoint: res.json.endpoint };
}

/** A valid `POST /api/datasets` body; override any field. */
export function datasetInput(overrides: Record<string, unknown> = {}) {
  const n = next();
  return { slug: `dataset-${n}`, name: `Dataset ${n}`, summary: `Events for test ${n}.`, format: 'root', ...overrides };
}

/** A valid `POST /api/datasets/:slug/versions` body; override any field. */
export function datasetVersionInput(overrides: Record<string, unknown> = {}) {
  const n = next();
  return {
    version: `v${n}`,
    bytes: 1_000_000 * n,
    fileCount: 10 * n,
    replicas: [{ uri: `root://eos.example.org//eos/test/v${n}/`, location: 'CERN EOS' }],
    ...overrides,
  };
}

/** A valid `POST /api/models` body; override any field. */
export function modelInput(overrides: Record<string, unknown> = {}) {
  const n = next();
  return {
    slug: `model-${n}`,
    name: `Model ${n}`,
    summary: `Tags jets for test ${n}.`,
    task: 'jet-tagging',
    ...overrides,
  };
}

/** A valid `POST /api/models/:slug/versions` body with one ONNX artifact; override any field. */
export function modelVersionInput(overrides: Record<string, unknown> = {}) {
  const n = next();
  return {
    artifacts: [
      {
        name: 'model.onnx',
        format: 'onnx',
        uri: `s3://models/test-${n}/model.onnx`,
        bytes: 4096,
        sha256: 'ab'.repeat(32),
        precision: 'fp32',
        framework: 'pytorch',
      },
    ],
    hyperParameters: { learning_rate: 0.001, epochs: 10 },
    ...overrides,
  };
}

/** A valid, valid-judged `POST /api/benchmarks` body (harness-shaped record); override any top-level part. */
export function benchmarkInput(model: string, version: number, overrides: Record<string, unknown> = {}) {
  return {
    model,
    version,
    engine: { name: 'onnxruntime-node', version: '1.30.0', executionProvider: 'cpu' },
    hardware: { cpu: { model: 'AMD EPYC 7763 64-Core Processor', cores: 16 }, memoryBytes: 64 * 2 ** 30 },
    software: { os: 'Linux', kernel: '6.1.0', runtime: 'Node 20.19.2' },
    settings: {
      scenario: 'single-stream',
      batchSize: 1,
      intraOpThreads: 1,
      warmupRuns: 50,
      minIterations: 1000,
      minDurationMs: 2000,
      input: { description: 'x float32 [1, 6] ~ N(0, 1) (seed 1)', seed: 1 },
    },
    results: {
      iterations: 20_000,
      durationMs: 2100,
      latencyMs: { min: 0.05, mean: 0.06, p50: 0.055, p90: 0.07, p95: 0.08, p99: 0.1, p999: 0.3, max: 2 },
      latencyCv: 0.8,
      p50StabilityCv: 0.02,
      throughputPerSec: 9500,
      sessionCreateMs: 12,
      firstInferenceMs: 0.9,
      peakMemoryBytes: 80_000_000,
    },
    provenance: { source: 'harness', measuredAt: new Date(Date.now() - 60_000).toISOString() },
    ...overrides,
  };
}

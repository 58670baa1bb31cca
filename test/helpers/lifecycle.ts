import type { Db } from '../../db/client';
import { insertDataset } from '../../db/queries/datasets';
import { insertDatasetVersion } from '../../db/queries/dataset-versions';
import { insertModel } from '../../db/queries/models';
import { registerModelVersion } from '../../db/queries/model-versions';
import type { Dataset, Model, ModelVersion } from '../../db/schema';
import { randomRowId } from '../../src/lib/row-id';
import { signGithub, signStandard } from '../../src/lib/webhooks';
import { createGroup, createTestToken, createTestWebhookSource } from '../factories';
import { createTestHub, type TestHub } from './app';
import type { CreateAppOptions } from '../../functions/app';

/** Server key material for tests (any 32+ characters). */
export const TEST_SERVER_KEY = 'test-server-key-0123456789abcdefghijklmnopqrstuvwxyz';

let counter = 0;
const next = () => `${Date.now().toString(36)}-${++counter}`;

export interface LifecycleHub extends TestHub {
  admin: string;
  /** Sends a body to /api/hooks/:source signed as Standard Webhooks (id, timestamp overridable). */
  deliver: (
    source: { id: string; secret: string },
    body: unknown,
    options?: { id?: string; timestamp?: number; raw?: string; headers?: Record<string, string> },
  ) => Promise<{ status: number; headers: Headers; json: any }>;
}

export async function createLifecycleHub(
  options: Partial<CreateAppOptions> & { webhooks?: Record<string, unknown> } = {},
): Promise<LifecycleHub> {
  const { webhooks, ...rest } = options;
  const hub = await createTestHub({
    ...rest,
    config: { ...(rest.config ?? {}), webhooks: { secretKey: TEST_SERVER_KEY, ...webhooks } },
  });
  const admin = (await createTestToken(hub.db, ['admin'], 'it')).authorization;
  const deliver: LifecycleHub['deliver'] = async (source, body, opts = {}) => {
    const raw = opts.raw ?? JSON.stringify(body);
    const id = opts.id ?? `msg_${next()}`;
    const timestamp = opts.timestamp ?? Math.floor(Date.now() / 1000);
    const signature = await signStandard({ secret: source.secret, id, timestamp, body: raw });
    return hub.call('POST', `/api/hooks/${source.id}`, {
      raw,
      headers: {
        'content-type': 'application/json',
        'webhook-id': id,
        'webhook-timestamp': String(timestamp),
        'webhook-signature': signature,
        ...opts.headers,
      },
    });
  };
  return { ...hub, admin, deliver };
}

/** A source for the group; `allowProtectedAliases` lets its deliveries move `production`. */
export async function sourceFor(
  hub: LifecycleHub,
  group: string,
  schemes?: string[],
  options: { allowProtectedAliases?: boolean } = {},
) {
  await createGroup(hub.db, group);
  return createTestWebhookSource(hub.call, hub.admin, { group, ...(schemes ? { schemes } : {}), ...options });
}

export async function addModel(
  db: Db,
  group: string,
  overrides: Partial<Parameters<typeof insertModel>[1]> = {},
): Promise<Model> {
  await createGroup(db, group);
  const slug = overrides.slug ?? `model-${next()}`;
  const model = await insertModel(db, {
    slug,
    name: `Model ${slug}`,
    summary: 'A model made by a lifecycle test.',
    task: 'jet-tagging',
    cardMetadata: {},
    tags: [],
    contacts: [],
    cardDatasets: [],
    languages: [],
    ownerGroupId: group,
    ...overrides,
  });
  return model!;
}

export async function addVersion(db: Db, model: Model, datasetVersionIds: number[] = []): Promise<ModelVersion> {
  return registerModelVersion(db, {
    modelId: model.id,
    version: { status: 'ready', hyperParameters: {} },
    artifacts: [],
    metrics: [],
    datasets: datasetVersionIds.map((id) => ({ datasetVersionId: id, role: 'training' as const })),
  });
}

export async function addDataset(db: Db, group: string, slug = `dataset-${next()}`): Promise<Dataset> {
  await createGroup(db, group);
  const dataset = await insertDataset(db, {
    slug,
    name: `Dataset ${slug}`,
    summary: 'A dataset made by a lifecycle test.',
    format: 'hdf5',
    ownerGroupId: group,
    tags: [],
    contacts: [],
  });
  return dataset!;
}

export async function addDatasetVersion(db: Db, dataset: Dataset, label: string) {
  const version = await insertDatasetVersion(
    db,
    { id: randomRowId(), datasetId: dataset.id, version: label, bytes: 1000, fileCount: 1 },
    [{ uri: `root://eos.example//data/${dataset.slug}/${label}/` }],
  );
  return version!;
}

export const job = (model: string, overrides: Record<string, unknown> = {}) => ({
  id: `job-${next()}`,
  kind: 'training',
  model,
  ciUrl: 'https://gitlab.example.org/ml/p/-/jobs/1',
  ...overrides,
});

export { signGithub };

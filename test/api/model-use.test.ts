import { beforeAll, describe, expect, it } from 'vitest';
import { resolveConfig } from '../../functions/config';
import type { ServiceContext } from '../../functions/hub';
import { modelPage } from '../../functions/services/model-pages';
import { useModelChoice } from '../../functions/services/model-use';
import { createTestToken, modelInput, modelVersionInput } from '../factories';
import { createTestHub, type TestHub } from '../helpers/app';

let hub: TestHub;
let ctx: ServiceContext;
let post: (path: string, body: unknown) => ReturnType<TestHub['call']>;
let put: (path: string, body: unknown) => ReturnType<TestHub['call']>;

beforeAll(async () => {
  hub = await createTestHub();
  ctx = { db: hub.db, config: resolveConfig({ publicUrl: 'https://hub.example.org' }) };
  const authorization = (await createTestToken(hub.db, ['write', 'admin'], 'cms')).authorization;
  post = (path, body) => hub.call('POST', path, { body, headers: { authorization } });
  put = (path, body) => hub.call('PUT', path, { body, headers: { authorization } });
});

/** A model whose versions have (true) or lack (false) a file, in order v1, v2, …; `production` names one. */
async function model(files: boolean[], production?: number) {
  const slug = `use-${Math.random().toString(36).slice(2, 10)}`;
  expect((await post('/api/models', modelInput({ slug }))).status).toBe(201);
  for (const file of files) {
    const created = await post(`/api/models/${slug}/versions`, modelVersionInput(file ? {} : { artifacts: [] }));
    expect(created.status).toBe(201);
  }
  if (production)
    expect((await put(`/api/models/${slug}/aliases/production`, { version: production })).status).toBeLessThan(300);
  const page = (await modelPage(ctx, slug, null))!;
  return { slug, choice: await useModelChoice(ctx, page.row, page.production, page.latest) };
}

describe('"Use this model" picks a version that has a file', () => {
  it('takes the production version when it has a file', async () => {
    const { slug, choice } = await model([true, true, true], 2);
    expect(choice.version?.version).toBe(2);
    expect(choice.reference).toBe(`${slug}@production`);
    expect(choice.reason).toBeNull();
  });

  it('takes the newest version with a file when the newest has none, and says why', async () => {
    const { slug, choice } = await model([true, true, true, false]);
    expect(choice.version?.version).toBe(3);
    expect(choice.version?.artifacts.length).toBe(1);
    expect(choice.reference).toBe(`${slug}:3`);
    expect(choice.reason).toBe('v3 is the newest version with a file; v4 has none yet.');
  });

  it('passes over a production version without a file (e.g. promoted from an HPO trial)', async () => {
    const { choice } = await model([true, false, false, false], 3);
    expect(choice.version?.version).toBe(1);
    expect(choice.reason).toBe(
      'v1 is the newest version with a file; the production version, v3, has none yet; v2 to v4 have none yet.',
    );
  });

  it('takes the newest version, without a note, when there is no production alias and it has a file', async () => {
    const { choice } = await model([false, true]);
    expect(choice.version?.version).toBe(2);
    expect(choice.reason).toBeNull();
  });

  it('offers nothing when no version has a file', async () => {
    const { choice } = await model([false, false]);
    expect(choice.version).toBeUndefined();
  });
});

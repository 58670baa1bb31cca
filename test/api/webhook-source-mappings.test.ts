import { beforeAll, describe, expect, it } from 'vitest';
import { createGroup } from '../factories';
import { createLifecycleHub, type LifecycleHub } from '../helpers/lifecycle';

let hub: LifecycleHub;

beforeAll(async () => {
  hub = await createLifecycleHub();
  await createGroup(hub.db, 'cms');
});

const create = (body: Record<string, unknown>) =>
  hub.call('POST', '/api/webhooks/sources', {
    body: { name: 'CI', group: 'cms', ...body },
    headers: { authorization: hub.admin },
  });

describe('webhook source mapping rules', () => {
  it('stores the rules in order with their defaults, and replaces them on PATCH', async () => {
    const res = await create({
      mappings: [
        {
          provider: 'github',
          repository: 'cms-l1t/anomaly-*',
          workflow: 'train*.yml',
          branch: 'main',
          model: 'l1-anomaly-ae',
        },
        { provider: 'gitlab', project: 'cms-ml/jet-tagger', job: 'evaluate*', model: 'jet-tagger', kind: 'evaluation' },
      ],
    });
    expect(res.status).toBe(201);
    expect(res.json.mappings).toEqual([
      {
        provider: 'github',
        repository: 'cms-l1t/anomaly-*',
        workflow: 'train*.yml',
        branch: 'main',
        job: '*',
        model: 'l1-anomaly-ae',
        kind: 'training',
      },
      {
        provider: 'gitlab',
        project: 'cms-ml/jet-tagger',
        pipeline: '*',
        job: 'evaluate*',
        branch: '*',
        model: 'jet-tagger',
        kind: 'evaluation',
      },
    ]);
    const got = await hub.call('GET', `/api/webhooks/sources/${res.json.id}`, {
      headers: { authorization: hub.admin },
    });
    expect(got.json.mappings).toEqual(res.json.mappings);
    const cleared = await hub.call('PATCH', `/api/webhooks/sources/${res.json.id}`, {
      body: { mappings: [] },
      headers: { authorization: hub.admin },
    });
    expect(cleared.json.mappings).toEqual([]);
    expect((await create({})).json.mappings).toEqual([]);
  });

  it('refuses unknown fields, fields of the other provider, bad slugs and kinds, and more than 50 rules', async () => {
    const rule = { provider: 'github', repository: 'a/b', model: 'jet-tagger' };
    for (const [mapping, path] of [
      [{ ...rule, regex: '.*' }, 'mappings.0'],
      [{ ...rule, project: 'a/b' }, 'mappings.0'],
      [{ ...rule, model: 'Jet Tagger' }, 'mappings.0.model'],
      [{ ...rule, kind: 'deployment' }, 'mappings.0.kind'],
      [{ ...rule, provider: 'bitbucket' }, 'mappings.0.provider'],
      [{ ...rule, repository: '' }, 'mappings.0.repository'],
    ] as const) {
      const res = await create({ mappings: [mapping] });
      expect(res.status, JSON.stringify(mapping)).toBe(400);
      expect(res.json.error.details.issues.map((i: { path: string }) => i.path).join(' ')).toContain(path);
    }
    expect((await create({ mappings: Array.from({ length: 50 }, () => rule) })).status).toBe(201);
    expect((await create({ mappings: Array.from({ length: 51 }, () => rule) })).status).toBe(400);
  });
});

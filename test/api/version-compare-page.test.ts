import { beforeAll, describe, expect, it } from 'vitest';
import { resolveConfig } from '../../functions/config';
import { comparePage, defaultPair } from '../../functions/services/version-compare-page';
import { createTestToken, modelInput, modelVersionInput } from '../factories';
import { createTestHub } from '../helpers/app';

type Hub = Awaited<ReturnType<typeof createTestHub>>;

describe('the compare page (version-compare-page service)', () => {
  let hub: Hub;
  let auth: { authorization: string };
  const page = (query: string) =>
    comparePage({ db: hub.db, config: resolveConfig({}) }, 'cmp-tagger', new URLSearchParams(query));

  beforeAll(async () => {
    hub = await createTestHub();
    auth = { authorization: (await createTestToken(hub.db, ['maintainer'], 'cms')).authorization };
    const ok = async (path: string, body: unknown, method = 'POST') => {
      const res = await hub.call(method, path, { body, headers: auth });
      expect(res.status, JSON.stringify(res.json)).toBeLessThan(300);
    };
    await ok('/api/models', modelInput({ slug: 'cmp-tagger' }));
    for (const value of [0.9, 0.91, 0.93])
      await ok('/api/models/cmp-tagger/versions', modelVersionInput({ metrics: [{ name: 'auc', value }] }));
    await ok('/api/models/cmp-tagger/aliases/production', { version: 2 }, 'PUT');
  });

  it('offers every version in the pickers, newest first, with aliases, and defaults to production against the latest', async () => {
    const p = (await page(''))!;
    expect(p.choices.map((c) => [c.version, c.aliases])).toEqual([
      [3, []],
      [2, ['production']],
      [1, []],
    ]);
    expect(p.versionCount).toBe(3);
    expect(p.asked).toEqual({ a: '2', b: '3' });
    expect(p.pair?.map((v) => v.version)).toEqual([2, 3]);
  });

  it('compares any two versions in the order asked, and explains a pair it cannot show', async () => {
    expect((await page('a=3&b=1'))!.pair?.map((v) => v.version)).toEqual([3, 1]);
    expect((await page('a=1&b=1'))!.asked.problem).toBe('Pick two different versions.');
    expect((await page('a=1&b=9'))!.asked.problem).toMatch(/has no v9\.$/);
    expect((await page('a=x&b=1'))!.asked.problem).toBe('Version numbers are whole numbers from 1.');
    expect((await page('a=x&b=1'))!.choices).toHaveLength(3);
  });

  it('defaults to the latest against the previous existing version (numbers can have gaps)', () => {
    const choices = [7, 4, 1].map((version) => ({ version, aliases: [] }));
    expect(defaultPair(choices, null)).toEqual({ a: 4, b: 7 });
    expect(defaultPair(choices, 7)).toEqual({ a: 4, b: 7 });
    expect(defaultPair(choices, 1)).toEqual({ a: 1, b: 7 });
    expect(defaultPair(choices.slice(0, 1), null)).toBeUndefined();
  });
});

import type { Client, InStatement, InValue } from '@libsql/client';
import { beforeEach, describe, expect, it } from 'vitest';
import { createTestToken, modelInput } from '../factories';
import { createTestHub, type TestHub } from '../helpers/app';

// Issue 15, third round. A query word that is a whole index term, and no longer term starts with it, is sent
// to FTS5 as that term ("wombat") instead of a prefix ("wombat"*): the same matches and bm25, but
// FTS5 no longer merges every term with the prefix before reading the first row. Which words
// qualify is asked of the index itself (migration 0020's `search_index_terms`) on every search.
// And the words are matched in every column but the facet tokens' without naming the text
// columns, unless a word could match a facet token.

let hub: TestHub;
let client: Client;
let authorization: string;
/** The MATCH expressions of the last search, in the order sent. */
let matches: string[];

const search = async (q: string) => {
  matches = [];
  const res = await hub.call('GET', `/api/search?${new URLSearchParams({ q })}`);
  expect(res.status).toBe(200);
  return (res.json.hits as { slug: string }[]).map((h) => h.slug).sort();
};
const createModel = async (slug: string, name: string, summary: string) =>
  expect(
    (await hub.call('POST', '/api/models', { body: modelInput({ slug, name, summary }), headers: { authorization } }))
      .status,
  ).toBe(201);

beforeEach(async () => {
  hub = await createTestHub();
  authorization = (await createTestToken(hub.db, ['write'], 'cms')).authorization;
  client = (hub.db as unknown as { $client: Client }).$client;
  const execute = client.execute.bind(client);
  matches = [];
  client.execute = ((statement: InStatement) => {
    if (typeof statement !== 'string' && /\bmatch\b/i.test(statement.sql))
      for (const arg of (Array.isArray(statement.args) ? statement.args : []) as InValue[])
        if (typeof arg === 'string' && arg.includes('"')) matches.push(arg);
    return execute(statement);
  }) as Client['execute'];
  await createModel('wombat-finder', 'Wombat zephyr finder', 'Locates wombat vertices in the zephyr detector.');
  await createModel('zephyrine-tagger', 'Zephyrine tagger', 'Tags zephyrine jets.');
}, 60_000);

describe('whole index terms are searched as terms, not prefixes', () => {
  it('sends a whole term without the prefix star and keeps it for a word a longer term starts with', async () => {
    expect(await search('wombat zephyr')).toEqual(['wombat-finder']);
    expect(matches.length).toBeGreaterThan(0);
    for (const match of matches) {
      expect(match).toContain('"wombat" AND "zephyr"*');
      expect(match).not.toContain('"wombat"*');
    }
    // "zephyr" also finds "zephyrine" (a longer term starts with it); "womb" is no term at all.
    expect(await search('zephyr')).toEqual(['wombat-finder', 'zephyrine-tagger']);
    expect(await search('womb')).toEqual(['wombat-finder']);
    expect(matches.every((m) => m.includes('"womb"*'))).toBe(true);
  });

  it('asks the index on every search: a new longer term turns the whole word back into a prefix', async () => {
    expect(await search('wombat')).toEqual(['wombat-finder']);
    expect(matches.every((m) => m.includes('"wombat")') && !m.includes('"wombat"*'))).toBe(true);
    await createModel('wombats-survey', 'Wombats survey', 'Counts wombats.');
    expect(await search('wombat')).toEqual(['wombat-finder', 'wombats-survey']);
    expect(matches.every((m) => m.includes('"wombat"*'))).toBe(true);
  });

  it('ranks a whole term exactly as its prefix query: the same rows with the same bm25', async () => {
    await createModel('wombat-trigger', 'Trigger', 'A wombat, a wombat and a wombat.');
    const ranked = async (words: string) =>
      (
        await client.execute({
          sql: `select slug, rank from search_documents where search_documents match ? order by rank`,
          args: [`{name summary body tags task} : (${words})`],
        })
      ).rows.map((r) => [r.slug, r.rank]);
    const whole = await ranked('"wombat"');
    expect(whole).toHaveLength(2);
    expect(whole).toEqual(await ranked('"wombat"*'));
  });
});

describe('the text columns are named only when a word could match a facet token', () => {
  it('never matches a typed word against the facet tokens ("f<code>"), alone or with other words', async () => {
    const [row] = (await client.execute(`select id from search_facet_values where facet = 'kind' and value = 'model'`))
      .rows;
    const token = `f${row!.id}`;
    // Every model carries this token in its facets column; typed, as a prefix ("f2"*) or with
    // more words, it finds nothing.
    expect(await search(token)).toEqual([]);
    expect(await search(`wombat ${token}`)).toEqual([]);
    expect(matches.some((m) => m.startsWith('{name summary body tags task} : ("wombat" AND "f'))).toBe(true);
    expect(matches.filter((m) => m.startsWith('("'))).toEqual([]);
    // Words that cannot match a facet token are asked without the column filter, with the same hits.
    expect(await search('wombat')).toEqual(['wombat-finder']);
    expect(matches.some((m) => m.startsWith('("wombat")'))).toBe(true);
  });
});

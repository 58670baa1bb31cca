import type { Client, InStatement } from '@libsql/client';
import { beforeEach, describe, expect, it } from 'vitest';
import { createTestToken, modelInput } from '../factories';
import { createTestHub, type TestHub } from '../helpers/app';

// Issue 15's latency work: the search skips statements whose answer is known without running
// them, and answers exactly as before. The statements are read from the real libSQL client.

let hub: TestHub;
let cms: string;
let statements: { sql: string; args: unknown[] }[];

const post = (path: string, body: unknown) => hub.call('POST', path, { body, headers: { authorization: cms } });
const search = async (query: string) => {
  statements = [];
  return (await hub.call('GET', `/api/search?${query}`)).json;
};
const slugsOf = (result: { hits: { slug: string }[] }) => result.hits.map((h) => h.slug);
/** The MATCH expressions the search sent. */
const matches = () => statements.flatMap((s) => s.args.filter((a): a is string => typeof a === 'string'));

beforeEach(async () => {
  hub = await createTestHub();
  cms = (await createTestToken(hub.db, ['write'], 'cms')).authorization;
  const client = (hub.db as unknown as { $client: Client }).$client;
  const execute = client.execute.bind(client);
  statements = [];
  client.execute = ((statement: InStatement) => {
    statements.push(
      typeof statement === 'string'
        ? { sql: statement, args: [] }
        : { sql: statement.sql, args: (statement.args ?? []) as unknown[] },
    );
    return execute(statement);
  }) as Client['execute'];
  await post(
    '/api/models',
    modelInput({ slug: 'l1-anomaly', name: 'L1 anomaly detector', summary: 'Autoencoder in the level-1 trigger.' }),
  );
  await post(
    '/api/models',
    modelInput({
      slug: 'anomaly-gnn',
      name: 'Graph anomaly finder',
      summary: 'Unsupervised search for new physics.',
      card: 'Trained on flavour-blind jets.',
    }),
  );
}, 60_000);

describe('search statements', () => {
  it('does not rank the words as typed when a mistyped one is in no document, and pages the corrections as before', async () => {
    const all = await search('q=anomally%20detectr');
    expect(slugsOf(all)).toEqual(['l1-anomaly']);
    expect(all.alternatives.map((a: { word: string }) => a.word)).toEqual(['anomally', 'detectr']);
    // Neither the described tier nor the body-only tier of "anomally* detectr*", nor their counts.
    expect(matches().filter((m) => m.startsWith('{name summary tags task} : ("anomally"'))).toEqual([]);
    expect(statements.filter((s) => /select count\(\*\) as n from search_documents/.test(s.sql))).toEqual([]);

    const first = await search('q=anomally&limit=1');
    expect(slugsOf(first)).toEqual(['l1-anomaly']);
    expect(first.total).toBe(2);
    expect(matches().filter((m) => m.startsWith('{name summary tags task} : ("anomally"'))).toEqual([]);
    const second = await search(`q=anomally&limit=1&cursor=${first.nextCursor}`);
    expect(slugsOf(second)).toEqual(['anomaly-gnn']);
    expect(second.nextCursor).toBeNull();
  });

  it('still ranks the words as typed first when a card has the mistyped word', async () => {
    await hub.call('PATCH', '/api/models/l1-anomaly', {
      body: { card: 'Mentions anomally, as typed, in the card.' },
      headers: { authorization: cms },
    });
    const result = await search('q=anomally');
    expect(slugsOf(result)).toEqual(['l1-anomaly', 'anomaly-gnn']);
    expect(matches().some((m) => m.startsWith('{name summary tags task} : ("anomally"'))).toBe(true);
  });

  it('suggests the corrections without asking each kind for the words as typed, even when a card has them', async () => {
    await hub.call('PATCH', '/api/models/l1-anomaly', {
      body: { card: 'Mentions anomally, as typed, in the card.' },
      headers: { authorization: cms },
    });
    statements = [];
    const { json } = await hub.call('GET', '/api/search/suggest?q=anomally');
    expect(json.groups).toEqual([
      {
        kind: 'model',
        label: 'Models',
        items: [
          { name: 'Graph anomaly finder', path: '/models/anomaly-gnn/' },
          { name: 'L1 anomaly detector', path: '/models/l1-anomaly/' },
        ],
      },
    ]);
    // Suggestions read names, summaries, tags and tasks only: the card's word does not count.
    expect(matches().filter((m) => m.startsWith('({name summary tags task} : ("anomally"*))'))).toEqual([]);
  });

  it('counts an empty tier only when the page starts past it', async () => {
    // "flavour" is only in a card: the described tier is empty, the body-only tier has the entry.
    const top = await search('q=flavour');
    expect(slugsOf(top)).toEqual(['anomaly-gnn']);
    expect(statements.filter((s) => /select count\(\*\) as n from search_documents/.test(s.sql))).toEqual([]);
    // A page that starts past the first entry still learns how many entries the empty tier had.
    const next = await search('q=flavour&limit=1&cursor=WzFd');
    expect(slugsOf(next)).toEqual([]);
    expect(statements.some((s) => /select count\(\*\) as n from search_documents/.test(s.sql))).toBe(true);
  });
});

import type { Client, InStatement } from '@libsql/client';
import { beforeEach, describe, expect, it } from 'vitest';
import { createTestToken, modelInput, modelVersionInput } from '../factories';
import { createTestHub, type TestHub } from '../helpers/app';

// Issue 15, second round: a search asks the facet codes and the vocabulary in one statement, and
// the statistics' statement also counts the filtered facets (disjunctively, every one of them
// since the third round: scalar subqueries, not a compound SELECT, which D1 caps at five terms)
// and answers the mistyped-word probe. The answers stay as before.

let hub: TestHub;
let tokens: Record<string, string>;
let statements: string[];

const search = async (query: string) => {
  statements = [];
  const res = await hub.call('GET', `/api/search?${query}`);
  expect(res.status).toBe(200);
  return res.json;
};
const artifact = (format: string, precision: string, framework: string) => ({
  name: `${format}-${precision}`,
  format,
  uri: `s3://m/${format}-${precision}`,
  precision,
  framework,
});

beforeEach(async () => {
  hub = await createTestHub();
  tokens = {
    cms: (await createTestToken(hub.db, ['write'], 'cms')).authorization,
    atlas: (await createTestToken(hub.db, ['write'], 'atlas')).authorization,
  };
  const client = (hub.db as unknown as { $client: Client }).$client;
  const execute = client.execute.bind(client);
  statements = [];
  client.execute = ((statement: InStatement) => {
    statements.push(typeof statement === 'string' ? statement : statement.sql);
    return execute(statement);
  }) as Client['execute'];
  // jet-0 has every filter value below; each other model differs from it in one facet, so a
  // filtered facet's counts without its own filter have two values, with it one.
  const base = { group: 'cms', task: 'jet-tagging', license: 'Apache-2.0', art: artifact('onnx', 'fp32', 'pytorch') };
  const models = [
    base,
    { ...base, group: 'atlas' },
    { ...base, task: 'anomaly-detection' },
    { ...base, license: 'MIT' },
    { ...base, art: artifact('onnx', 'fp32', 'tensorflow') },
    { ...base, art: artifact('keras', 'fp32', 'pytorch') },
    { ...base, art: artifact('onnx', 'fp16', 'pytorch') },
  ];
  for (const [i, { group, task, license, art }] of models.entries()) {
    await hub.call('POST', '/api/models', {
      body: modelInput({ slug: `jet-${i}`, name: `Jet model ${i}`, task, license }),
      headers: { authorization: tokens[group]! },
    });
    await hub.call('POST', `/api/models/jet-${i}/versions`, {
      body: modelVersionInput({ artifacts: [art] }),
      headers: { authorization: tokens[group]! },
    });
  }
}, 60_000);

const FILTERS = {
  group: 'cms',
  task: 'jet-tagging',
  license: 'Apache-2.0',
  framework: 'pytorch',
  format: 'onnx',
  precision: 'fp32',
} as const;

describe('search statements, second round', () => {
  it('counts each of six filtered facets without its own filter, in the one statistics statement', async () => {
    const filters = new URLSearchParams({ q: 'jet', ...FILTERS });
    const result = await search(filters.toString());
    expect(result.hits.map((h: { slug: string }) => h.slug)).toEqual(['jet-0']);
    expect(statements.filter((s) => s.includes('with matched as materialized'))).toHaveLength(1);
    for (const facet of Object.keys(FILTERS)) {
      const without = new URLSearchParams(filters);
      without.delete(facet);
      const expected = (await search(without.toString())).facets[facet];
      expect(expected.length, facet).toBe(2);
      expect(result.facets[facet], facet).toEqual(expected);
    }
  });

  it('asks the facet codes with the vocabulary and the disjunctive counts with the statistics', async () => {
    const result = await search('q=jet%20model&kind=model&format=onnx');
    expect(result.total).toBe(6);
    expect(result.facets.format.map((f: { value: string; count: number }) => [f.value, f.count])).toEqual([
      ['onnx', 6],
      ['keras', 1],
    ]);
    // Codes and vocabulary; statistics with the format's counts; the described and body-only tiers.
    expect(statements).toHaveLength(4);
    expect(statements[0]).toMatch(/from search_facet_values[\s\S]*from search_terms/);
    expect(statements.filter((s) => s.includes('from search_facets sf'))).toHaveLength(2);
  });

  it('answers the mistyped-word probe in the statistics statement', async () => {
    const result = await search('q=jet%20modle');
    expect(result.alternatives.map((a: { word: string }) => a.word)).toEqual(['modle']);
    expect(statements.filter((s) => /^\s*select \(not exists/.test(s))).toEqual([]);
    expect(statements.some((s) => /with matched as materialized[\s\S]*not exists/.test(s))).toBe(true);
    expect(result.hits.map((h: { slug: string }) => h.slug).sort()).toEqual(
      [0, 1, 2, 3, 4, 5, 6].map((i) => `jet-${i}`),
    );
  });
});

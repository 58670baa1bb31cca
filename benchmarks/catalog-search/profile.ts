/**
 * Where the time of a catalog search goes, statement by statement (issue 15's profile).
 *   npx tsx benchmarks/catalog-search/profile.ts --db /tmp/catalog.db [--rounds 3] [--top 8] [--plan]
 * Uses a database kept by `npm run bench:catalog-search -- --db …`. Every statement the search
 * service sends is timed (the libSQL client's execute, wrapped), grouped by what it does, and
 * summed per query; the slowest queries are printed with their breakdown (and, with --plan, the
 * EXPLAIN QUERY PLAN of their slowest statement).
 */
import type { InStatement } from '@libsql/client';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { createApp } from '../../functions/app';
import { openDatabase } from '../../server/database';
import { benchmarkQueries, typoQueries } from './generate';

const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    queries: { type: 'string', default: '300' },
    rounds: { type: 'string', default: '3' },
    top: { type: 'string', default: '8' },
    plan: { type: 'boolean', default: false },
  },
});
if (!values.db) throw new Error('--db <file> (kept by npm run bench:catalog-search -- --db <file>)');
const { client, db } = await openDatabase(`file:${values.db}`);
const app = createApp({ db, config: { publicUrl: 'http://localhost:4321' } });

/** What a statement does, from its text. */
function label(sqlText: string): string {
  const s = sqlText.replace(/\s+/g, ' ');
  // Since the second round, one statement counts the matches, the facets, the filtered facets'
  // disjunctive counts (matched_0 …) and answers the mistyped-word probe.
  if (s.includes('with matched as materialized'))
    return s.includes('matched_0') ? 'statistics+disjunctive' : 'statistics';
  if (s.includes('from search_term_trigrams')) return 'fuzzy-candidates';
  if (s.includes('json_group_array(json_array(id, facet, value))')) return 'facet-codes+vocabulary';
  if (s.includes('from search_terms where term >=')) return 'vocabulary';
  if (s.includes('select count(*) as n from search_documents')) return 'tier-count';
  if (s.includes('order by rank')) return 'ranked-page';
  if (s.includes('order by rowid desc limit')) return 'newest-page';
  if (s.includes('hardware_pools')) return 'hardware';
  return s.slice(0, 40);
}

let current: { label: string; ms: number; sql: string; args: unknown }[] | null = null;
const execute = client.execute.bind(client);
(client as { execute: unknown }).execute = async (statement: InStatement) => {
  const start = performance.now();
  const result = await execute(statement);
  const ms = performance.now() - start;
  const text = typeof statement === 'string' ? statement : statement.sql;
  current?.push({ label: label(text), ms, sql: text, args: typeof statement === 'string' ? [] : statement.args });
  return result;
};

const kinds = {
  exact: benchmarkQueries(Number(values.queries)),
  mistyped: typoQueries(Number(values.queries)),
};
const path = (q: { q: string; filters: Record<string, string> }) =>
  `/api/search?${new URLSearchParams({ q: q.q, ...q.filters, limit: '20' })}`;

console.log(`profile (load average ${loadavg()[0]!.toFixed(1)}, ${cpus().length} × ${cpus()[0]?.model.trim()})`);
for (const [kind, queries] of Object.entries(kinds)) {
  for (const q of queries.slice(0, 50)) await (await app.request(path(q))).text();
  type Entry = {
    total: number[];
    statements: Map<string, number[]>;
    slowest: { ms: number; sql: string; args: unknown };
  };
  const perQuery = new Map<string, Entry>();
  const perLabel = new Map<string, number[]>();
  const totals: number[] = [];
  for (let round = 0; round < Number(values.rounds); round++) {
    for (const q of queries) {
      current = [];
      const start = performance.now();
      await (await app.request(path(q))).json();
      const total = performance.now() - start;
      totals.push(total);
      const key = `${q.q}${Object.keys(q.filters).length ? ` [${new URLSearchParams(q.filters)}]` : ''}`;
      const entry: Entry = perQuery.get(key) ?? {
        total: [],
        statements: new Map(),
        slowest: { ms: 0, sql: '', args: [] },
      };
      entry.total.push(total);
      const byLabel = new Map<string, number>();
      for (const s of current) {
        byLabel.set(s.label, (byLabel.get(s.label) ?? 0) + s.ms);
        if (s.ms > entry.slowest.ms) entry.slowest = s;
      }
      byLabel.set('(outside SQL)', total - current.reduce((a, s) => a + s.ms, 0));
      for (const [l, ms] of byLabel) {
        entry.statements.set(l, [...(entry.statements.get(l) ?? []), ms]);
        perLabel.set(l, [...(perLabel.get(l) ?? []), ms]);
      }
      perQuery.set(key, entry);
      current = null;
    }
  }
  const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;
  const p95 = (list: number[]) => [...list].sort((a, b) => a - b)[Math.ceil(0.95 * list.length) - 1]!;
  console.log(
    `\n${kind}: ${queries.length} queries × ${values.rounds}; API p50 ${median(totals).toFixed(2)} ms, p95 ${p95(totals).toFixed(2)} ms`,
  );
  // The fastest of a query's rounds is the least disturbed by other work on the machine.
  const fastest = [...perQuery.values()].map((e) => Math.min(...e.total));
  console.log(`  fastest round of each query: p50 ${median(fastest).toFixed(2)} ms, p95 ${p95(fastest).toFixed(2)} ms`);
  const minShare = new Map<string, number>();
  for (const e of perQuery.values())
    for (const [l, list] of e.statements) minShare.set(l, (minShare.get(l) ?? 0) + Math.min(...list));
  console.log(
    `  fastest rounds by statement: ${[...minShare]
      .sort((a, b) => b[1] - a[1])
      .map(([l, t]) => `${l} ${((100 * t) / fastest.reduce((a, b) => a + b, 0)).toFixed(0)} %`)
      .join(', ')}`,
  );
  console.log('  time per query by statement (sum over the query; queries that run it):');
  for (const [l, list] of [...perLabel].sort(
    (a, b) => b[1].reduce((x, y) => x + y, 0) - a[1].reduce((x, y) => x + y, 0),
  ))
    console.log(
      `    ${l.padEnd(24)} share ${((100 * list.reduce((a, b) => a + b, 0)) / totals.reduce((a, b) => a + b, 0)).toFixed(0).padStart(3)} %   p50 ${median(list).toFixed(2)} ms   p95 ${p95(list).toFixed(2)} ms`,
    );
  const slow = [...perQuery]
    .sort((a, b) => Math.min(...b[1].total) - Math.min(...a[1].total))
    .slice(0, Number(values.top));
  console.log('  slowest queries (fastest round), with their statements (fastest ms):');
  for (const [key, entry] of slow) {
    const parts = [...entry.statements].map(([l, list]) => `${l} ${Math.min(...list).toFixed(2)}`).join(', ');
    console.log(`    "${key}" ${Math.min(...entry.total).toFixed(2)} ms: ${parts}`);
    if (values.plan) {
      const plan = await execute({ sql: `explain query plan ${entry.slowest.sql}`, args: entry.slowest.args as never });
      console.log(
        `      slowest statement (${entry.slowest.ms.toFixed(2)} ms): ${entry.slowest.sql.replace(/\s+/g, ' ').slice(0, 300)}`,
      );
      console.log(`      args: ${JSON.stringify(entry.slowest.args).slice(0, 300)}`);
      for (const r of plan.rows) console.log(`      plan: ${String(r.detail)}`);
    }
  }
}
client.close();

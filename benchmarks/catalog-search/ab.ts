/**
 * Another checkout's API against this one, in one process on one database, interleaved per query
 * (the fastest of N runs each, alternating which goes first), so both see the same machine load:
 *   git archive main | tar -x -C /tmp/main && ln -s "$PWD/node_modules" /tmp/main/node_modules
 *   npx tsx benchmarks/catalog-search/ab.ts --base /tmp/main --db <kept catalog.db> [--runs 3]
 * Or this checkout on two databases (e.g. two index layouts of the same catalog):
 *   npx tsx benchmarks/catalog-search/ab.ts --base-db <other catalog.db> --db <kept catalog.db>
 * Prints p50/p95/mean of the exact and mistyped searches and the suggestions, as `run.ts` asks them.
 */
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createApp } from '../../functions/app';
import { openDatabase } from '../../server/database';
import { benchmarkQueries, typedPrefixes, typoQueries } from './generate';

const { values } = parseArgs({
  options: {
    base: { type: 'string' },
    'base-db': { type: 'string' },
    db: { type: 'string' },
    runs: { type: 'string', default: '3' },
    queries: { type: 'string', default: '300' },
  },
});
if ((!values.base && !values['base-db']) || !values.db)
  throw new Error('--base <other checkout> or --base-db <other catalog.db>, and --db <kept catalog.db>');
const { client, db } = await openDatabase(`file:${values.db}`);
const baseDatabase = values['base-db'] ? await openDatabase(`file:${values['base-db']}`) : { client, db };
const other = values.base
  ? ((await import(resolve(values.base, 'functions/app.ts'))) as { createApp: typeof createApp })
  : { createApp };
const config = { publicUrl: 'http://localhost:4321' };
const apps = { base: other.createApp({ db: baseDatabase.db, config }), this: createApp({ db, config }) };
const runs = Number(values.runs);
const path = (q: { q: string; filters: Record<string, string> }) =>
  `/api/search?${new URLSearchParams({ q: q.q, ...q.filters, limit: '20' })}`;
const exact = benchmarkQueries(Number(values.queries));
const typos = typoQueries(Number(values.queries));
const typed = typedPrefixes([
  ...exact.slice(0, Math.ceil(exact.length / 2)),
  ...typos.slice(0, Math.ceil(typos.length / 2)),
]);
const sets: [string, string[]][] = [
  ['exact', exact.map(path)],
  ['mistyped', typos.map(path)],
  ['suggest', typed.map((q) => `/api/search/suggest?${new URLSearchParams({ q })}`)],
];
const load = () => loadavg()[0]!.toFixed(2);
console.log(`interleaved A/B, fastest of ${runs} per query (load average ${load()} at the start)`);
for (const [name, paths] of sets) {
  for (const p of paths.slice(0, 40)) for (const app of Object.values(apps)) await (await app.request(p)).json();
  const best = { base: [] as number[], this: [] as number[] };
  for (const p of paths) {
    const fastest = { base: Infinity, this: Infinity };
    for (let i = 0; i < runs; i++)
      for (const k of i % 2 === 0 ? (['base', 'this'] as const) : (['this', 'base'] as const)) {
        const start = performance.now();
        await (await apps[k].request(p)).json();
        fastest[k] = Math.min(fastest[k], performance.now() - start);
      }
    best.base.push(fastest.base);
    best.this.push(fastest.this);
  }
  const pct = (list: number[], q: number) => [...list].sort((a, b) => a - b)[Math.ceil((q / 100) * list.length) - 1]!;
  const show = (list: number[]) =>
    `p50 ${pct(list, 50).toFixed(2)} p95 ${pct(list, 95).toFixed(2)} mean ${(list.reduce((a, b) => a + b, 0) / list.length).toFixed(2)} ms`;
  console.log(`  ${name.padEnd(9)} base ${show(best.base)} | this ${show(best.this)}  (${paths.length})`);
}
console.log(`load average ${load()} at the end`);
client.close();
baseDatabase.client.close();

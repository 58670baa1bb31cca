/**
 * Catalog search at scale: 100,000 model versions across 20,000 models (generated), then search
 * latency through the API and through a raw FTS5 query on the same database.
 *   npm run bench:catalog-search [-- --models 20000 --versions 100000 --queries 300 --rounds 3]
 */
import { serve } from '@hono/node-server';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { seedDatabase } from '../../db/seed';
import { createApp } from '../../functions/app';
import { migrateDatabase, openDatabase } from '../../server/database';
import { toFtsQuery } from '../../src/lib/fts-query';
import { benchmarkQueries, generateCatalog, random, typedPrefixes, typoQueries } from './generate';

const { values } = parseArgs({
  options: {
    models: { type: 'string', default: '20000' },
    versions: { type: 'string', default: '100000' },
    queries: { type: 'string', default: '300' },
    rounds: { type: 'string', default: '3' },
    /** Keep the generated database here and reuse it on the next run (skips generation). */
    db: { type: 'string' },
  },
});
const TARGET_P95_MS = 5;
const TARGET_RATIO = 2;

const dir = mkdtempSync(join(tmpdir(), 'bench-catalog-'));
const file = values.db ?? join(dir, 'catalog.db');
const reuse = values.db !== undefined && existsSync(file);
const { client, db } = await openDatabase(`file:${file}`);
let generationS = 0;
if (!reuse) {
  await migrateDatabase(db);
  await seedDatabase(db);
  console.log(
    `generating ${Number(values.models).toLocaleString('en')} models / ${Number(values.versions).toLocaleString('en')} versions …`,
  );
  const t0 = performance.now();
  await generateCatalog(client, { models: Number(values.models), versions: Number(values.versions), log: console.log });
  generationS = (performance.now() - t0) / 1000;
  // What a bulk import ends with: merge the index segments and refresh the planner statistics.
  await client.execute(`insert into search_documents (search_documents) values ('optimize')`);
  await client.execute('analyze');
}
const generated = (
  await client.execute(
    'select (select count(*) from models) as models, (select count(*) from model_versions) as versions',
  )
).rows[0] as unknown as { models: number; versions: number };
const counts = (
  await client.execute(
    `select (select count(*) from search_documents) as docs, (select count(*) from model_artifacts) as artifacts`,
  )
).rows[0]!;

const app = createApp({ db, config: { publicUrl: 'http://localhost:4321' } });
const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
await new Promise((resolve) => server.once('listening', resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

// The raw baseline: the FTS5 statement an expert would write by hand for the same page of hits.
const facetCodes = new Map(
  (await client.execute('select id, facet, value from search_facet_values')).rows.map((r) => [
    `${r.facet}=${r.value}`,
    Number(r.id),
  ]),
);
function rawMatch(q: string, filters: Record<string, string>): string {
  const parts = [`{name summary body tags task} : (${toFtsQuery(q)})`];
  for (const [facet, value] of Object.entries(filters))
    parts.push(`facets : "f${facetCodes.get(`${facet}=${value}`) ?? 0}"`);
  return parts.join(' AND ');
}
const RAW_SQL =
  'select rowid, kind, slug, name, summary from search_documents where search_documents match ? order by rank limit 20';

const queries = benchmarkQueries(Number(values.queries));
const apiPath = (q: { q: string; filters: Record<string, string> }) =>
  `/api/search?${new URLSearchParams({ q: q.q, ...q.filters, limit: '20' })}`;
const times = { raw: [] as number[], appRequest: [] as number[], http: [] as number[] };
const perQuery = new Map<string, { hits: number; total: number; api: number[] }>();

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

// Warm up (JIT, page cache) with a pass that is not measured.
for (const q of queries.slice(0, 50)) {
  await client.execute({ sql: RAW_SQL, args: [rawMatch(q.q, q.filters)] });
  await (await app.request(apiPath(q))).text();
  await (await fetch(base + apiPath(q))).text();
}
const rng = random(1);
for (let round = 0; round < Number(values.rounds); round++) {
  const order = queries.map((q, i) => ({ q, k: rng.next(), i })).sort((a, b) => a.k - b.k);
  for (const { q } of order) {
    times.raw.push(await timed(() => client.execute({ sql: RAW_SQL, args: [rawMatch(q.q, q.filters)] })));
    let body: { hits: unknown[]; total: number } = { hits: [], total: 0 };
    const api = await timed(async () => {
      const res = await app.request(apiPath(q));
      body = await res.json();
    });
    times.appRequest.push(api);
    times.http.push(await timed(async () => (await fetch(base + apiPath(q))).json()));
    const key = `${q.q}${Object.keys(q.filters).length ? ` [${new URLSearchParams(q.filters)}]` : ''}`;
    const entry = perQuery.get(key) ?? { hits: body.hits.length, total: body.total, api: [] };
    entry.api.push(api);
    perQuery.set(key, entry);
  }
}
// Typo tolerance and search as you type (issue 15): mistyped queries through GET /api/search, and
// what a search box sends while typing (prefixes of exact and mistyped queries) through
// GET /api/search/suggest, both on the real app (app.request), in a randomised order.
const typos = typoQueries(Number(values.queries));
const typed = typedPrefixes([
  ...queries.slice(0, Math.ceil(queries.length / 2)),
  ...typos.slice(0, Math.ceil(typos.length / 2)),
]);
const fuzzyTimes: number[] = [];
const suggestTimes: number[] = [];
let corrected = 0;
for (const q of typos.slice(0, 50)) await (await app.request(apiPath(q))).text();
for (const q of typed.slice(0, 50))
  await (await app.request(`/api/search/suggest?${new URLSearchParams({ q })}`)).text();
for (let round = 0; round < Number(values.rounds); round++) {
  for (const { q } of typos.map((q) => ({ q, k: rng.next() })).sort((a, b) => a.k - b.k)) {
    let body: { alternatives: unknown[] } = { alternatives: [] };
    fuzzyTimes.push(await timed(async () => (body = await (await app.request(apiPath(q))).json())));
    if (round === 0 && body.alternatives.length > 0) corrected++;
  }
  for (const { q } of typed.map((q) => ({ q, k: rng.next() })).sort((a, b) => a.k - b.k))
    suggestTimes.push(
      await timed(async () => (await app.request(`/api/search/suggest?${new URLSearchParams({ q })}`)).json()),
    );
}
const vocabulary = (
  await client.execute(
    'select (select count(*) from search_terms) as terms, (select count(*) from search_term_trigrams) as trigrams',
  )
).rows[0]!;
server.close();
client.close();
const dbBytes = statSync(file).size;
rmSync(dir, { recursive: true, force: true });

const pct = (list: number[], p: number) => {
  const sorted = [...list].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};
const ms = (v: number) => `${v.toFixed(2)} ms`;
const row = (label: string, list: number[]) =>
  `  ${label.padEnd(34)} p50 ${ms(pct(list, 50)).padStart(9)}   p95 ${ms(pct(list, 95)).padStart(9)}   max ${ms(Math.max(...list)).padStart(9)}`;
const ratio50 = pct(times.appRequest, 50) / pct(times.raw, 50);
const ratio95 = pct(times.appRequest, 95) / pct(times.raw, 95);
const httpRatio95 = pct(times.http, 95) / pct(times.raw, 95);
const totals = [...perQuery.values()].map((e) => e.total);

console.log('');
console.log(
  `catalog search (Node ${process.versions.node}, embedded libSQL file; ${cpus().length} × ${cpus()[0]?.model.trim()}, load average ${loadavg()[0]!.toFixed(1)})`,
);
console.log(
  `  catalog: ${Number(generated.models).toLocaleString('en')} models, ${Number(generated.versions).toLocaleString('en')} versions, ${Number(counts.artifacts).toLocaleString('en')} artifacts, ${Number(counts.docs).toLocaleString('en')} search documents, ${(dbBytes / 1e6).toFixed(0)} MB`,
);
console.log(
  reuse
    ? `  reused ${file}`
    : `  generated in ${generationS.toFixed(1)} s (through the real schema and search triggers)`,
);
console.log(
  `  ${queries.length} queries × ${values.rounds} rounds; matches per query: median ${pct(totals, 50)}, p95 ${pct(totals, 95)}, max ${Math.max(...totals)}`,
);
console.log(row('raw FTS5 (top 20 by bm25)', times.raw));
console.log(row('API via app.request (hits+facets)', times.appRequest));
console.log(row('API via loopback HTTP', times.http));
console.log(
  `  API/raw ratio (app.request): p50 ${ratio50.toFixed(2)}, p95 ${ratio95.toFixed(2)}; loopback HTTP p95 ratio ${httpRatio95.toFixed(2)}`,
);
const byClass = (test: (matches: number) => boolean) =>
  [...perQuery.values()].filter((e) => test(e.total)).flatMap((e) => e.api);
const narrow = byClass((n) => n <= 500);
const broad = byClass((n) => n > 500);
console.log(
  `  API by match count: ≤ 500 matches (${narrow.length / Number(values.rounds)} queries) p50 ${ms(pct(narrow, 50))} p95 ${ms(pct(narrow, 95))}; > 500 matches (${broad.length / Number(values.rounds)} queries) p50 ${ms(pct(broad, 50))} p95 ${ms(pct(broad, 95))}`,
);
const slowest = [...perQuery.entries()].sort((a, b) => pct(b[1].api, 50) - pct(a[1].api, 50)).slice(0, 5);
console.log(
  `  slowest queries (API median): ${slowest.map(([k, v]) => `"${k}" ${ms(pct(v.api, 50))} (${v.total} matches)`).join('; ')}`,
);
const p95 = pct(times.appRequest, 95);
console.log(
  `  target API p95 < ${TARGET_P95_MS} ms: ${ms(p95)} → ${p95 < TARGET_P95_MS ? 'MET' : 'NOT MET'} (loopback HTTP: ${ms(pct(times.http, 95))} → ${pct(times.http, 95) < TARGET_P95_MS ? 'MET' : 'NOT MET'})`,
);
console.log(
  `  target API/raw ≤ ${TARGET_RATIO}: p95 ${ratio95.toFixed(2)} → ${ratio95 <= TARGET_RATIO ? 'MET' : 'NOT MET'} (p50 ${ratio50.toFixed(2)})`,
);
console.log(
  `  typo tolerance: ${typos.length} mistyped queries (${corrected} got alternatives; vocabulary ${Number(vocabulary.terms).toLocaleString('en')} words, ${Number(vocabulary.trigrams).toLocaleString('en')} trigram rows)`,
);
console.log(row('API search, mistyped (app.request)', fuzzyTimes));
console.log(row(`API suggest, ${typed.length} typed prefixes`, suggestTimes));
for (const [label, list] of [
  ['mistyped search', fuzzyTimes],
  ['suggest', suggestTimes],
] as const) {
  const p = pct(list, 95);
  console.log(`  target ${label} API p95 < ${TARGET_P95_MS} ms: ${ms(p)} → ${p < TARGET_P95_MS ? 'MET' : 'NOT MET'}`);
}

/**
 * Publishing with on-demand pages, on the Node host (`npm start`, embedded libSQL), against a
 * generated catalog of 100,000 versions (20,000 models × 5), loopback only, bounded loops:
 * write → page latency, cached / uncached page times, start time, build time and size, and the
 * render cache's memory after crawling a 20,000-version catalog.
 *   npm run bench:site-publishing [-- --quick]
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { seedDatabase } from '../../db/seed';
import { createToken } from '../../db/queries/tokens';
import { migrateDatabase, openDatabase } from '../../server/database';
import { siteDir } from '../../server/site-build';
import { startHub, type RunningHub } from '../../test/helpers/hub-server';
import { generateCatalog } from '../catalog-search/generate';

const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false } } });
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const WORK = join(ROOT, 'data', 'bench-publishing');
const BIG = values.quick ? { models: 2_000, versions: 10_000 } : { models: 20_000, versions: 100_000 };
const CRAWL = values.quick ? { models: 400, versions: 2_000 } : { models: 4_000, versions: 20_000 };

const lines: string[] = [];
const say = (line: string) => {
  lines.push(line);
  console.log(line);
};
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
const ms = (x: number) => `${x.toFixed(x < 10 ? 2 : 0)} ms`;
const verdict = (ok: boolean) => (ok ? 'MET' : 'NOT MET');

async function prepare(dir: string, size: { models: number; versions: number }): Promise<void> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const { client, db } = await openDatabase(`file:${join(dir, 'hub.db')}`);
  await migrateDatabase(db);
  await seedDatabase(db);
  await generateCatalog(client, size);
  client.close();
}

async function adminToken(hub: RunningHub): Promise<string> {
  const { client, db } = await openDatabase(hub.databaseUrl);
  const { secret } = await createToken(db, { name: 'publishing benchmark', scopes: ['admin'], groupId: 'it' });
  client.close();
  return secret;
}

async function timed(url: string, headers: Record<string, string> = {}) {
  const t0 = performance.now();
  const res = await fetch(url, { headers });
  const body = await res.text();
  return { ms: performance.now() - t0, status: res.status, body, cache: res.headers.get('x-render-cache'), etag: res.headers.get('etag') };
}

function countFiles(dir: string): number {
  return readdirSync(dir).reduce((n, name) => n + (statSync(join(dir, name)).isDirectory() ? countFiles(join(dir, name)) : 1), 0);
}

// 5. The build: forced, with a database URL that does not exist (it must read none).
function build(host: 'node' | 'edge'): number {
  const t0 = performance.now();
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'server/build-site.ts', host], {
    cwd: ROOT,
    env: { ...process.env, HUB_FORCE_BUILD: '1', DATABASE_URL: 'file:/nonexistent/no.db' },
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`${host} build failed:\n${run.stderr.slice(-2000)}`);
  return performance.now() - t0;
}
const buildMs = { node: build('node'), edge: build('edge') };
const files = { node: countFiles(siteDir('node')), edge: countFiles(siteDir('edge')) };

const bigDir = join(WORK, 'big');
let t = performance.now();
await prepare(bigDir, BIG);
say(`catalog: ${BIG.models.toLocaleString('en')} models, ${BIG.versions.toLocaleString('en')} versions (generated in ${((performance.now() - t) / 1000).toFixed(0)} s)`);

// 4a. Start with the build current (a restart), to the first served data page.
t = performance.now();
let hub = await startHub({}, { dir: bigDir });
const first = await timed(`${hub.url}/models/`);
const startMs = performance.now() - t;
if (first.status !== 200) throw new Error(`/models/ answered ${first.status}`);
const token = await adminToken(hub);
const api = (path: string, body: unknown) =>
  fetch(`${hub.url}${path}`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });

// One model with 200 versions, registered through the API like CI would.
const big = 'bench-200-versions';
await api('/api/models', { slug: big, name: 'Benchmark model with 200 versions', summary: 'Many versions.', task: 'jet-tagging' });
for (let v = 1; v <= 200; v++) {
  const res = await api(`/api/models/${big}/versions`, {
    artifacts: [{ name: 'model.onnx', format: 'onnx', uri: `s3://bench/${big}/v${v}.onnx`, precision: 'fp32' }],
    metrics: [{ name: 'auc', value: 0.9 + v / 10_000 }, { name: 'accuracy', value: 0.8 }],
    hyperParameters: { learning_rate: 0.001, epochs: v },
    ...(v > 1 ? { parent: { version: v - 1 } } : {}),
  });
  if (res.status !== 201) throw new Error(`version ${v}: ${res.status} ${await res.text()}`);
}

// 1. Write → page, 20 writes on different models, each page cached before the write.
const writes: number[] = [];
for (let i = 0; i < 20; i++) {
  const slug = `model-${1 + i * Math.floor(BIG.models / 20)}`;
  await timed(`${hub.url}/models/${slug}/`);
  await timed(`${hub.url}/models/${slug}/`);
  const t0 = performance.now();
  const res = await api(`/api/models/${slug}/versions`, { artifacts: [{ name: 'm.onnx', format: 'onnx', uri: `s3://bench/${slug}/new.onnx` }] });
  if (res.status !== 201) throw new Error(`write ${i}: ${res.status}`);
  const n = ((await res.json()) as { version: number }).version;
  for (let tries = 0; ; tries++) {
    const [model, version] = await Promise.all([timed(`${hub.url}/models/${slug}/`), timed(`${hub.url}/models/${slug}/v/${n}/`)]);
    if (version.status === 200 && model.body.includes(`href="/models/${slug}/v/${n}/"`)) break;
    if (tries > 200) throw new Error(`v${n} of ${slug} not shown after ${tries} tries`);
    await new Promise((r) => setTimeout(r, 25));
  }
  writes.push(performance.now() - t0);
}

// 2. Cached pages: warm ~50 data pages, then ≥ 1,000 sequential requests across them.
const pages = [
  '/', '/models/', '/models/?page=2', '/models/?page=200', '/datasets/', '/tools/', '/models/task/jet-tagging/', '/models/group/cms/', '/benchmarks/',
  ...Array.from({ length: 20 }, (_, i) => `/models/model-${1 + i * 97}/`),
  ...Array.from({ length: 21 }, (_, i) => `/models/model-${2 + i * 89}/v/${1 + (i % 5)}/`),
];
for (const p of pages) await timed(`${hub.url}${p}`);
const cached: number[] = [];
const revalidated: number[] = [];
const etags = new Map<string, string>();
for (let i = 0; i < 1_000; i++) {
  const p = pages[i % pages.length]!;
  const r = await timed(`${hub.url}${p}`);
  if (r.cache !== 'hit') throw new Error(`${p} was not a cache hit (${r.cache}, ${r.status})`);
  cached.push(r.ms);
  etags.set(p, r.etag!);
}
for (let i = 0; i < 1_000; i++) {
  const p = pages[i % pages.length]!;
  const r = await timed(`${hub.url}${p}`, { 'if-none-match': etags.get(p)! });
  if (r.status !== 304) throw new Error(`${p} answered ${r.status} to If-None-Match`);
  revalidated.push(r.ms);
}

// 3. Uncached renders: a distinct ignored parameter makes each request a miss.
const uncached = async (path: string, count: number) => {
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const r = await timed(`${hub.url}${path}${path.includes('?') ? '&' : '?'}r=${i}`);
    if (r.status !== 200 || r.cache !== 'miss') throw new Error(`${path} answered ${r.status} (${r.cache})`);
    times.push(r.ms);
    bytes = Math.max(bytes, r.body.length);
  }
  return { times, bytes };
};
const modelPage = await uncached(`/models/${big}/`, 120);
const versionPage = await uncached(`/models/${big}/v/150/`, 120);
const listPage = await uncached('/models/?page=150', 60);
await hub.stop();

// 4b. A fresh clone's first start: the build is stale, so npm start builds before serving.
rmSync(join(siteDir('node'), '.build-stamp'), { force: true });
t = performance.now();
hub = await startHub({}, { dir: bigDir });
await timed(`${hub.url}/models/`);
const coldStartMs = performance.now() - t;
await hub.stop();
rmSync(bigDir, { recursive: true, force: true });

// 6. Render-cache memory: crawl every page of a 20,000-version catalog with the default limit.
const crawlDir = join(WORK, 'crawl');
await prepare(crawlDir, CRAWL);
hub = await startHub({}, { dir: crawlDir });
const targets: string[] = ['/', '/models/', '/datasets/', '/tools/', '/benchmarks/'];
for (let p = 2; p <= Math.ceil((CRAWL.models + 6) / 50); p++) targets.push(`/models/?page=${p}`);
for (let m = 1; m <= CRAWL.models; m++) {
  targets.push(`/models/model-${m}/`);
  for (let v = 1; v <= CRAWL.versions / CRAWL.models; v++) targets.push(`/models/model-${m}/v/${v}/`);
}
const facets = [...(await timed(`${hub.url}/models/`)).body.matchAll(/href="(\/models\/(?:task|group|framework|format|precision|license)\/[^"/]+\/)"/g)].map((m) => m[1]!);
targets.push(...new Set(facets));
t = performance.now();
let next = 0;
let crawled = 0;
let largest = { path: '', bytes: 0 };
await Promise.all(
  Array.from({ length: 4 }, async () => {
    while (next < targets.length && performance.now() - t < 600_000) {
      const path = targets[next++]!;
      const r = await timed(`${hub.url}${path}`);
      if (r.status !== 200) throw new Error(`${path} answered ${r.status}`);
      if (r.body.length > largest.bytes) largest = { path, bytes: r.body.length };
      crawled++;
    }
  }),
);
const crawlS = (performance.now() - t) / 1000;
const memory = (await (await fetch(`${hub.url}/api/render-cache`)).json()) as { pages: number; bytes: number; maxBytes: number; rssBytes: number };
await hub.stop();
rmSync(WORK, { recursive: true, force: true });

const MiB = (b: number) => `${(b / 2 ** 20).toFixed(1)} MiB`;
say('');
say(`write → page shown (model + version page, 20 writes): p50 ${ms(pct(writes, 50))}, p95 ${ms(pct(writes, 95))}, max ${ms(Math.max(...writes))}`);
say(`  target p95 ≤ 5 s → ${verdict(pct(writes, 95) <= 5_000)}`);
say(`cached data page (${cached.length} requests over ${pages.length} pages): p50 ${ms(pct(cached, 50))}, p95 ${ms(pct(cached, 95))}`);
say(`  target p95 ≤ 5 ms → ${verdict(pct(cached, 95) <= 5)}`);
say(`304 revalidation (If-None-Match): p50 ${ms(pct(revalidated, 50))}, p95 ${ms(pct(revalidated, 95))}`);
say(`uncached model page, 200 versions (${modelPage.times.length} renders, ${(modelPage.bytes / 1024).toFixed(0)} KB): p50 ${ms(pct(modelPage.times, 50))}, p95 ${ms(pct(modelPage.times, 95))}`);
say(`  target p95 ≤ 50 ms → ${verdict(pct(modelPage.times, 95) <= 50)}`);
say(`uncached version page: p50 ${ms(pct(versionPage.times, 50))}, p95 ${ms(pct(versionPage.times, 95))}; uncached /models/?page=150: p50 ${ms(pct(listPage.times, 50))}, p95 ${ms(pct(listPage.times, 95))}`);
say(`npm start → first served data page: ${(startMs / 1000).toFixed(1)} s with the build current, ${(coldStartMs / 1000).toFixed(1)} s on a fresh clone (build included)`);
say(`  target ≤ 15 s → ${verdict(startMs <= 15_000)} (restart), ${verdict(coldStartMs <= 15_000)} (fresh clone)`);
say(`astro build (reads no database: DATABASE_URL pointed at a missing file): node ${(buildMs.node / 1000).toFixed(1)} s, edge ${(buildMs.edge / 1000).toFixed(1)} s`);
say(`output files (wasm included): dist/node ${files.node}, dist/edge ${files.edge}`);
say(`  target ≤ 2,000 files, independent of catalog size → ${verdict(Math.max(files.node, files.edge) <= 2_000)}`);
say(`render cache after crawling ${crawled.toLocaleString('en')} pages of a ${CRAWL.versions.toLocaleString('en')}-version catalog in ${crawlS.toFixed(0)} s (largest page ${(largest.bytes / 1024).toFixed(0)} KB, ${largest.path}):`);
say(`  limit ${MiB(memory.maxBytes)}, held ${MiB(memory.bytes)} in ${memory.pages.toLocaleString('en')} pages, process RSS ${MiB(memory.rssBytes)}`);
say(`  target held ≤ limit → ${verdict(memory.bytes <= memory.maxBytes)}`);

/**
 * Publishing with on-demand pages on the Node host (`npm start`, embedded libSQL), loopback only:
 * write → page, cached and uncached page times and start times on a generated 100,000-version
 * catalog; build time and size; render-cache memory after crawling a 20,000-version catalog.
 *   npm run bench:site-publishing [-- --quick]    (--quick: 10,000 and 2,000 versions)
 */
import { rmSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ensureSiteBuilt, isBuildCurrent, siteDir } from '../../server/site-build';
import { startHub, type RunningHub } from '../../test/helpers/hub-server';
import { countFiles, forcedBuild, MISSING_DATABASE_URL, type BuildResult } from './build';
import type { CatalogSize } from './catalog';
import { crawl, renderCacheStats } from './crawl';
import { runDbTask } from './db-task';
import { formatMiB, formatMs, HubClient, percentile, sleep, summary, verdict } from './http';
import { cachedPages, sidebarFacets, uncachedPage, writeToPage } from './measure';

const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false } } });
const quick = values.quick;
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const WORK = join(ROOT, 'data', 'bench-publishing');
const BIG: CatalogSize = quick ? { models: 2_000, versions: 10_000 } : { models: 20_000, versions: 100_000 };
const SMALL: CatalogSize = quick ? { models: 400, versions: 2_000 } : { models: 4_000, versions: 20_000 };
const MANY_VERSIONS = 200;
const PER_MODEL = BIG.versions / BIG.models;
const TARGET = { writeP95Ms: 5_000, cachedP95Ms: 5, uncachedP95Ms: 50, startMs: 15_000, files: 2_000 };

const report: string[] = [];
const say = (line = '') => {
  report.push(line);
  console.log(line);
};
const progress = (line: string) => console.error(`  · ${line}`);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const n = (x: number) => x.toLocaleString('en');

let hub: RunningHub | undefined;
async function stopHub() {
  await hub?.stop();
  hub = undefined;
}

/** Spawns `npm start`'s entry on `dir` and times it to the first 200 of /models/. */
async function timedStart(dir: string): Promise<{ ms: number; built: boolean }> {
  const started = performance.now();
  hub = await startHub({}, { dir, timeoutMs: 240_000 });
  const client = new HubClient(hub.url, 1);
  try {
    for (;;) {
      const res = await client.get('/models/');
      if (res.status === 200) break;
      if (performance.now() - started > 300_000) throw new Error(`/models/ answered ${res.status} for 5 minutes`);
      await sleep(20);
    }
  } finally {
    await client.close();
  }
  return { ms: performance.now() - started, built: hub.output().includes('[build] building') };
}

const spread = (count: number, total: number, offset = 0) =>
  Array.from({ length: count }, (_, i) => 1 + ((offset + Math.floor((i * total) / count)) % total));

async function main() {
  const benchStarted = performance.now();
  say(
    `site publishing${quick ? ' (--quick)' : ''}: Node ${process.versions.node}, ${cpus().length} × ${cpus()[0]?.model.trim()}, load average ${loadavg()[0]!.toFixed(1)} at start`,
  );

  // 5. Forced builds with a database URL that cannot be opened (the build must read none).
  progress('building dist/node and dist/edge (forced, DATABASE_URL → a missing file)');
  const builds: Record<'node' | 'edge', BuildResult> = {
    node: await forcedBuild('node', 300_000),
    edge: await forcedBuild('edge', 300_000),
  };
  if (!builds.node.ok)
    throw new Error(`the node site does not build, nothing can be measured:\n${builds.node.output.slice(-3000)}`);
  const files = { node: countFiles(siteDir('node')), edge: countFiles(siteDir('edge')) };

  // The 100,000-version catalog (generated before the hub's first start seeds its demo models).
  const bigDir = join(WORK, 'big');
  progress(`generating ${n(BIG.models)} models / ${n(BIG.versions)} versions + one with ${MANY_VERSIONS} versions`);
  const big = await runDbTask('prepare', [bigDir, String(BIG.models), String(BIG.versions), String(MANY_VERSIONS)]);

  progress('first start on the generated catalog');
  if (!isBuildCurrent('node')) await ensureSiteBuilt('node', progress);
  const firstStart = await timedStart(bigDir);
  const client = new HubClient(hub!.url, 2);
  const token = await runDbTask('token', [big.databaseUrl]);

  // 1. Write → page on 20 different models.
  progress('write → page');
  const writeSlugs = spread(20, BIG.models, 7).map((id) => `model-${id}`);
  const writes = await writeToPage(client, token, writeSlugs, PER_MODEL, { timeLimitMs: 120_000 });

  // 2. Cached pages: ~50 data pages of every kind, then sequential hits and 304s.
  progress('cached pages');
  const { datasets, modelCount } = await runDbTask('paths', [big.databaseUrl]);
  const lastListPage = Math.ceil(modelCount / 50);
  const facets = await sidebarFacets(client);
  const candidates = [
    '/',
    '/models/',
    '/models/?page=2',
    `/models/?page=${Math.ceil(lastListPage / 2)}`,
    `/models/?page=${lastListPage}`,
    '/datasets/',
    '/tools/',
    '/benchmarks/',
    ...facets.filter((p) => p.startsWith('/models/')).slice(0, 8),
    ...facets.filter((p) => p.startsWith('/datasets/')).slice(0, 2),
    ...datasets.slice(0, 3),
    `/models/${big.manyVersionsSlug}/`,
    ...spread(14, BIG.models, 101).map((id) => `/models/model-${id}/`),
    ...spread(14, BIG.models, 211).map((id, i) => `/models/model-${id}/v/${1 + (i % PER_MODEL)}/`),
  ];
  const cached = await cachedPages(client, candidates, { requests: 1_500, revalidations: 1_000, timeLimitMs: 60_000 });

  // 3. Uncached renders (a distinct ignored query parameter each time).
  progress('uncached pages');
  const uncached = {
    many: await uncachedPage(client, `/models/${big.manyVersionsSlug}/`, { count: 150, timeLimitMs: 60_000 }),
    manyVersion: await uncachedPage(client, `/models/${big.manyVersionsSlug}/v/150/`, {
      count: 100,
      timeLimitMs: 30_000,
    }),
    model: await uncachedPage(client, `/models/model-${Math.floor(BIG.models / 3)}/`, {
      count: 100,
      timeLimitMs: 30_000,
    }),
    version: await uncachedPage(client, `/models/model-${Math.floor(BIG.models / 3)}/v/3/`, {
      count: 100,
      timeLimitMs: 30_000,
    }),
    list: await uncachedPage(client, '/models/', { count: 100, timeLimitMs: 30_000 }),
    lastList: await uncachedPage(client, `/models/?page=${lastListPage}`, { count: 50, timeLimitMs: 30_000 }),
    facet: await uncachedPage(client, '/models/task/jet-tagging/', { count: 50, timeLimitMs: 30_000 }),
  };
  await client.close();
  await stopHub();

  // 4a. A restart with dist/node current; 4b. a fresh clone's start: the build is stale, npm start builds first.
  progress('restart (build current)');
  const rebuiltBeforeRestart = !isBuildCurrent('node');
  if (rebuiltBeforeRestart) await ensureSiteBuilt('node', progress);
  const restart = await timedStart(bigDir);
  await stopHub();
  progress('fresh-clone start (build stamp removed)');
  rmSync(join(siteDir('node'), '.build-stamp'), { force: true });
  const freshStart = await timedStart(bigDir);
  await stopHub();
  rmSync(bigDir, { recursive: true, force: true });

  // 6. Render-cache memory: crawl every page of a 20,000-version catalog with the default limit.
  const smallDir = join(WORK, 'crawl');
  progress(`generating ${n(SMALL.models)} models / ${n(SMALL.versions)} versions for the crawl`);
  const small = await runDbTask('prepare', [smallDir, String(SMALL.models), String(SMALL.versions), '0']);
  if (!isBuildCurrent('node')) await ensureSiteBuilt('node', progress);
  hub = await startHub({}, { dir: smallDir, timeoutMs: 240_000 });
  const crawlClient = new HubClient(hub.url, 1);
  const paths = await runDbTask('paths', [small.databaseUrl]);
  const lists = Array.from({ length: Math.ceil(paths.modelCount / 50) }, (_, i) =>
    i === 0 ? '/models/' : `/models/?page=${i + 1}`,
  );
  const crawlFacets = await sidebarFacets(crawlClient);
  const before = await renderCacheStats(crawlClient);
  const targets = [
    '/datasets/',
    '/tools/',
    ...lists,
    ...crawlFacets,
    ...paths.datasets,
    ...paths.models,
    ...paths.versions,
  ];
  progress(`crawling ${n(targets.length)} pages, 4 at a time`);
  const crawled = await crawl(hub.url, targets, { concurrency: 4, timeLimitMs: quick ? 120_000 : 360_000 });
  const after = await renderCacheStats(crawlClient);
  await crawlClient.close();
  await stopHub();

  // The report.
  const stats = (label: string, times: number[]) => say(`  ${label.padEnd(44)} ${summary(times)}`);
  say(
    `catalog: ${n(BIG.models)} models × ${PER_MODEL} = ${n(BIG.versions)} versions (generator) + "${big.manyVersionsSlug}" with ${MANY_VERSIONS} versions + the demo models; generated in ${seconds(big.generationMs)}`,
  );
  say();
  const wp95 = percentile(writes.times, 95);
  say(
    `1. write → page (POST a version; model page links it and the version page answers 200), ${writes.times.length} writes on different models:`,
  );
  stats('write → both pages show it', writes.times);
  say(
    `  model page a cache hit before the write: ${writes.hitBefore}/${writes.times.length}; a miss right after it (invalidated): ${writes.missAfter}/${writes.times.length}; polls needed: max ${Math.max(...writes.polls)}`,
  );
  say(`  target p95 ≤ 5 s: ${formatMs(wp95)} → ${verdict(wp95 <= TARGET.writeP95Ms)}`);
  say();
  const cp95 = percentile(cached.hits, 95);
  say(
    `2. cached data pages over loopback HTTP, sequential, ${cached.pages.length} pages (lists, list pages, facets, datasets, tools, models, versions):`,
  );
  stats('200 from the render cache (X-Render-Cache: hit)', cached.hits);
  stats('304 (If-None-Match)', cached.notModified);
  if (cached.dropped.length)
    say(
      `  not cacheable, left out: ${cached.dropped.map((d) => `${d.path} (${d.status}, ${d.renderCache ?? 'no X-Render-Cache'})`).join(', ')}`,
    );
  say(
    `  target p95 ≤ 5 ms: ${formatMs(cp95)} → ${verdict(cp95 <= TARGET.cachedP95Ms)} (304: ${formatMs(percentile(cached.notModified, 95))} → ${verdict(percentile(cached.notModified, 95) <= TARGET.cachedP95Ms)})`,
  );
  say();
  say('3. uncached renders (each request a render-cache miss):');
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
  const row = (label: string, r: { times: number[]; bytes: number }) => stats(`${label} [${kb(r.bytes)}]`, r.times);
  row(`model page, ${MANY_VERSIONS} versions`, uncached.many);
  row(`version page (v150 of that model)`, uncached.manyVersion);
  row(`model page, ${PER_MODEL} versions`, uncached.model);
  row('version page (generated model)', uncached.version);
  row('/models/ (first list page)', uncached.list);
  row(`/models/?page=${lastListPage} (last list page)`, uncached.lastList);
  row('/models/task/jet-tagging/ (facet page)', uncached.facet);
  const up95 = percentile(uncached.many.times, 95);
  say(
    `  target p95 ≤ 50 ms (model page with ${MANY_VERSIONS} versions): ${formatMs(up95)} → ${verdict(up95 <= TARGET.uncachedP95Ms)}`,
  );
  say();
  say('4. npm start → first 200 of /models/ (spawn to response):');
  say(
    `  first start on the generated catalog (seeds the demo models), build current: ${seconds(firstStart.ms)}${firstStart.built ? ' (it built the site: sources changed meanwhile)' : ''}`,
  );
  say(
    `  restart, dist/node current: ${seconds(restart.ms)}${restart.built || rebuiltBeforeRestart ? ' (sources changed meanwhile: the build was redone before timing)' : ''} → ${verdict(restart.ms <= TARGET.startMs)} (target ≤ 15 s)`,
  );
  say(
    `  fresh clone (build stamp removed, so npm start builds dist/node first): ${seconds(freshStart.ms)} → ${verdict(freshStart.ms <= TARGET.startMs)} (target ≤ 15 s)`,
  );
  say();
  say(`5. astro build, forced, DATABASE_URL=${MISSING_DATABASE_URL} (a build that read the database would fail):`);
  for (const host of ['node', 'edge'] as const) {
    const b = builds[host];
    const f = files[host];
    say(
      b.ok
        ? `  ${host}: built in ${seconds(b.buildMs ?? b.wallMs)} (${seconds(b.wallMs)} with process start); dist/${host}: ${n(f.files)} files (${f.wasm} of them WASM binaries or parts), ${formatMiB(f.bytes)} → ${verdict(f.files <= TARGET.files)} (target ≤ 2,000 files)`
        : `  ${host}: BUILD FAILED (${seconds(b.wallMs)}), not measured: ${b.output.split('\n').find((l) => /error/i.test(l)) ?? b.output.slice(-300)}`,
    );
  }
  say('  the build reads no database, so its time and file count are the same for any catalog size');
  say();
  const held = Math.max(after.bytes, crawled.peak.bytes);
  say(
    `6. render cache, default limit, after crawling a ${n(SMALL.versions)}-version catalog (${n(SMALL.models)} models):`,
  );
  say(
    `  crawled ${n(crawled.requested)}/${n(targets.length)} pages (${lists.length} list pages, ${crawlFacets.length} facet pages, ${paths.datasets.length} datasets, ${n(paths.models.length)} models, ${n(paths.versions.length)} versions) in ${seconds(crawled.ms)}, 4 at a time${crawled.timedOut ? ' — STOPPED at the time limit' : ''}; largest page ${kb(crawled.largest.bytes)} (${crawled.largest.path})`,
  );
  if (crawled.failures.length)
    say(
      `  ${crawled.failures.length} pages did not answer 200: ${crawled.failures
        .slice(0, 5)
        .map((f) => `${f.path} ${f.status}`)
        .join(', ')}`,
    );
  say(
    `  limit ${formatMiB(after.maxBytes)}; held ${formatMiB(after.bytes)} in ${n(after.pages)} pages at the end (peak seen ${formatMiB(crawled.peak.bytes)} over ${crawled.peak.samples} samples)`,
  );
  say(
    `  process RSS ${formatMiB(after.rssBytes)} at the end (before the crawl ${formatMiB(before.rssBytes)}, peak seen ${formatMiB(crawled.peak.rssBytes)})`,
  );
  say(`  target cache ≤ limit: ${formatMiB(held)} ≤ ${formatMiB(after.maxBytes)} → ${verdict(held <= after.maxBytes)}`);
  say();
  say(`total ${seconds(performance.now() - benchStarted)}, load average ${loadavg()[0]!.toFixed(1)} at the end`);
}

process.once('SIGINT', () => {
  void stopHub().finally(() => {
    rmSync(WORK, { recursive: true, force: true });
    process.exit(130);
  });
});
try {
  await main();
} finally {
  await stopHub().catch(() => undefined);
  rmSync(WORK, { recursive: true, force: true });
}

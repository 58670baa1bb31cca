/**
 * Lighthouse on every kind of page, as a phone sees it (Lighthouse's default mobile emulation:
 * Moto G Power screen, simulated slow 4G and 4× CPU slowdown), with the installed Chromium.
 *   npm run bench:lighthouse [-- --url http://127.0.0.1:4321] [--only /,/demos/jet-btag/] [--runs 1]
 * Without --url it starts the hub on loopback (npm start's entry: builds dist/node if its sources
 * changed, a fresh seeded database). Prints performance, accessibility, best practices and SEO per
 * page, and whether performance meets the target (≥ 95 on every page). Slow (≈ 20 s a page on two
 * cores): a benchmark, not part of npm test.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { createToken } from '../../db/queries/tokens';
import { openDatabase } from '../../server/database';
import { benchmarkInput } from '../../test/factories';
import { findChromium } from '../../test/helpers/chromium';
import { startHub, type RunningHub } from '../../test/helpers/hub-server';
import { ROUTE_EXAMPLES } from '../../test/helpers/site-routes';

export const TARGET_PERFORMANCE = 95;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** One page per page route: every .astro route of ROUTE_EXAMPLES (endpoints such as sitemaps are not pages). */
export function lighthousePages(): { route: string; path: string }[] {
  return Object.entries(ROUTE_EXAMPLES)
    .filter(([route]) => route.endsWith('.astro'))
    .map(([route, path]) => ({ route, path }));
}

const { values } = parseArgs({
  options: {
    url: { type: 'string' },
    only: { type: 'string' },
    runs: { type: 'string', default: '1' },
  },
});

const chromePath = findChromium();
if (!chromePath) throw new Error('No Chromium found (install the Debian "chromium" package or set CHROMIUM_PATH).');

let hub: RunningHub | undefined;
const base = values.url ?? (hub = await startHub()).url;
const only = values.only?.split(',').map((s) => s.trim());
const pages = [];
for (const page of lighthousePages().filter((p) => !only || only.some((o) => p.path === o || p.route === o)))
  pages.push({ ...page, path: await scorablePath(page) });

/**
 * Lighthouse scores only documents answered 200 (an error status is ERRORED_DOCUMENT_REQUEST).
 * Two routes' examples are not: the 404 page, which is measured as the same prerendered document at
 * /404.html, and a benchmark record, whose example has no id because a fresh hub has no results;
 * on a hub this script started, it posts one (with a token made in its database) and measures that.
 */
async function scorablePath({ route, path }: { route: string; path: string }): Promise<string> {
  if (route === '404.astro') return '/404.html';
  if (route !== 'benchmarks/result/index.astro' || !hub) return path;
  const { client, db } = await openDatabase(hub.databaseUrl);
  const { secret } = await createToken(db, { name: 'lighthouse', scopes: ['admin'], groupId: 'it' });
  client.close();
  const response = await fetch(`${hub.url}/api/benchmarks`, {
    method: 'POST',
    headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
    body: JSON.stringify(benchmarkInput('jet-btag', 1)),
  });
  if (response.status !== 201) throw new Error(`Posting a benchmark result answered ${response.status}`);
  const { id } = (await response.json()) as { id: string };
  return `/benchmarks/result/?id=${id}`;
}
const runs = Math.max(1, Number(values.runs));

const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
interface Row {
  page: string;
  path: string;
  performance: number;
  accessibility: number;
  'best-practices': number;
  seo: number;
  LCP: string;
  TBT: string;
  CLS: string;
  target: string;
}
const rows: Row[] = [];
let version = '';
const failures: string[] = [];
try {
  for (const { route, path } of pages) {
    // The median performance of `runs` runs (Lighthouse varies from run to run on a busy machine).
    const results = [];
    for (let i = 0; i < runs; i++) {
      const result = await lighthouse(`${base}${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
      results.push(result.lhr);
    }
    results.sort((a, b) => (a.categories.performance?.score ?? 0) - (b.categories.performance?.score ?? 0));
    const lhr = results[Math.floor(results.length / 2)]!;
    version = lhr.lighthouseVersion;
    const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const audit = (id: string) => lhr.audits[id]?.displayValue ?? '—';
    const performance = score('performance');
    rows.push({
      page: route.replace(/\.astro$/, '').replace(/\/index$/, '/'),
      path,
      performance,
      accessibility: score('accessibility'),
      'best-practices': score('best-practices'),
      seo: score('seo'),
      LCP: audit('largest-contentful-paint'),
      TBT: audit('total-blocking-time'),
      CLS: audit('cumulative-layout-shift'),
      target: performance >= TARGET_PERFORMANCE ? 'ok' : `below ${TARGET_PERFORMANCE}`,
    });
    if (performance < TARGET_PERFORMANCE) {
      const opportunities = Object.values(lhr.audits)
        .filter((a) => a.score !== null && a.score < 0.9 && (a.details?.type === 'opportunity' || a.numericValue))
        .map((a) => `${a.id} (${a.displayValue ?? a.score})`)
        .slice(0, 6);
      failures.push(`${path}: ${performance} — ${opportunities.join(', ')}`);
    }
    console.log(`${path}: performance ${performance}`);
  }
} finally {
  await chrome.kill();
  await hub?.stop();
}

console.log(
  `\nLighthouse ${version} · mobile emulation · ${base} · median of ${runs} run(s) · ` +
    `${cpus().length} cores, load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(
        ' ',
      )} (simulated throttling multiplies the CPU time it observes: on a loaded machine every page scores lower)\n`,
);
console.log('| page | path | perf | a11y | best practices | SEO | LCP | TBT | CLS | perf ≥ 95 |');
console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
for (const r of rows)
  console.log(
    `| ${r.page} | \`${r.path}\` | ${r.performance} | ${r.accessibility} | ${r['best-practices']} | ${r.seo} | ${r.LCP} | ${r.TBT} | ${r.CLS} | ${r.target} |`,
  );
if (failures.length) {
  console.log(`\nBelow the target (performance ≥ ${TARGET_PERFORMANCE}):\n${failures.join('\n')}`);
  process.exitCode = 1;
} else console.log(`\nEvery page meets the target (performance ≥ ${TARGET_PERFORMANCE}).`);

import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const PAGES = fileURLToPath(new URL('../../src/pages/', import.meta.url));

/** Every route file under src/pages, relative to it (`models/[slug]/index.astro`). */
export function routeFiles(dir = PAGES): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) =>
      entry.isDirectory() ? routeFiles(join(dir, entry.name)) : [relative(PAGES, join(dir, entry.name))],
    )
    .filter((file) => /\.(astro|ts|md|mdx)$/.test(file) && !/\.test\.ts$/.test(file))
    .sort();
}

/**
 * One concrete path for every route of the site, on the seeded catalog (`hub db seed`). Tests that
 * must cover every route check this map against `routeFiles()`, so a new page needs an example here.
 */
export const ROUTE_EXAMPLES: Record<string, string> = {
  '.well-known/security.txt.ts': '/.well-known/security.txt',
  '404.astro': '/no-such-page/',
  'api/[...path].ts': '/api/tools',
  'benchmarks/index.astro': '/benchmarks/',
  'benchmarks/result/index.astro': '/benchmarks/result/',
  'benchmarks/storage/index.astro': '/benchmarks/storage/',
  'benchmarks/storage/input-bound/index.astro': '/benchmarks/storage/input-bound/',
  'benchmarks/storage/result/index.astro': '/benchmarks/storage/result/?id=da_seed-node-fs-warm-c1',
  'benchmarks/run/index.astro': '/benchmarks/run/?model=jet-btag',
  'costs/index.astro': '/costs/',
  'datasets/[facet]/[value].astro': '/datasets/format/other/',
  'datasets/[slug].astro': '/datasets/jet-btag-toy-tracks/',
  'datasets/index.astro': '/datasets/',
  'demos/[slug].astro': '/demos/jet-btag/',
  'demos/index.astro': '/demos/',
  'docs/api.astro': '/docs/api/',
  'docs/events.astro': '/docs/events/',
  'docs/hpo.astro': '/docs/hpo/',
  'docs/mlflow.astro': '/docs/mlflow/',
  'hardware/[slug].astro': '/hardware/alice-epn/',
  'hardware/index.astro': '/hardware/',
  'index.astro': '/',
  'inspect/index.astro': '/inspect/',
  'inspect/operators.astro': '/inspect/operators/',
  'models/[facet]/[value].astro': '/models/task/jet-tagging/',
  'models/[slug]/benchmarks.astro': '/models/jet-btag/benchmarks/',
  'models/[slug]/compare/[pair].astro': '/models/jet-btag/compare/1...1/',
  'models/[slug]/compare/index.astro': '/models/jet-btag/compare/',
  'models/[slug]/index.astro': '/models/jet-btag/',
  'models/[slug]/studies/[study].astro': '/models/jet-btag/studies/lr-width-scan/',
  'models/[slug]/studies/index.astro': '/models/jet-btag/studies/',
  'models/[slug]/v/[version].astro': '/models/jet-btag/v/1/',
  'models/[slug]/v/[version]/benchmarks.astro': '/models/jet-btag/v/1/benchmarks/',
  'models/index.astro': '/models/',
  'robots.txt.ts': '/robots.txt',
  'search.astro': '/search/?q=jet',
  'security.md.ts': '/security.md',
  'sitemap.xml.ts': '/sitemap.xml',
  'sitemaps/[name].xml.ts': '/sitemaps/pages.xml',
  'tools/[facet]/[value].astro': '/tools/category/batch-hpc/',
  'tools/[slug].astro': '/tools/swan/',
  'tools/index.astro': '/tools/',
  'tools/suggest/index.astro': '/tools/suggest/',
  'tools/suggest/thanks.astro': '/tools/suggest/thanks/',
};

/** Paths (with query) of every URL the sitemap lists, read from a running hub. */
export async function sitemapPaths(base: string): Promise<string[]> {
  const locs = async (url: string) =>
    [...(await (await fetch(url)).text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
  const files = await locs(`${base}/sitemap.xml`);
  const pages = (await Promise.all(files.map((file) => locs(new URL(new URL(file).pathname, base).href)))).flat();
  return [...new Set(pages.map((loc) => new URL(loc).pathname + new URL(loc).search))];
}

/** Inline `<script>` elements that would run (data blocks such as application/json do not). */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>/gi)]
    .filter(
      ([, attributes]) =>
        !/\bsrc\s*=/i.test(attributes!) && !/\btype\s*=\s*"?application\/(ld\+)?json/i.test(attributes!),
    )
    .map(([tag]) => tag);
}

/**
 * Builds the site for one host: `node` (dist/node, served by npm start) or `edge` (dist/edge,
 * deployed with wrangler). Data pages render on demand, so a build reads no database and its
 * time and file count do not grow with the catalog. `npm run build` runs it for both hosts.
 */
import { build } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { withBuildLock } from './build-lock';
import { precompressDir } from './precompress';
import { isBuildCurrent, siteDir, SITE_HOSTS, writeBuildStamp, type SiteHost } from './site-build';

const root = fileURLToPath(new URL('..', import.meta.url));
const hosts = process.argv.slice(2);
for (const host of hosts.length ? hosts : SITE_HOSTS) {
  if (!(SITE_HOSTS as readonly string[]).includes(host))
    throw new Error(`Unknown host "${host}": use ${SITE_HOSTS.join(' or ')}.`);
  await withBuildLock(root, async () => {
    // Another process may have built these very sources while this one waited for the lock.
    if (process.env.HUB_FORCE_BUILD !== '1' && isBuildCurrent(host as SiteHost)) return;
    const started = performance.now();
    process.env.HUB_HOST = host;
    await build({ root, logLevel: process.env.ASTRO_LOG_LEVEL === 'info' ? 'info' : 'warn' });
    // Brotli and gzip copies of the static files for the Node host (Cloudflare compresses by itself).
    if (host === 'node') await precompressDir(join(siteDir('node'), 'client'));
    writeBuildStamp(host as SiteHost);
    console.log(`[build] ${host} site built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  });
}
// Astro's programmatic build can leave handles open (the Cloudflare adapter's platform proxy, Vite
// watchers), and then this process never exits: a parent waiting for it (npm start, the test
// suites' ensureSiteBuilt) hangs although the build is written. Everything is done here.
process.exit(0);

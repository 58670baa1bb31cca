/**
 * Builds the static site from the database into the folder given as the first argument
 * (default: dist/). Run as a child process by the publisher so a build never blocks or
 * bloats the server; `npm run build` runs it directly for edge deploys.
 */
import { build } from 'astro';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { withBuildLock } from './build-lock';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = resolve(process.argv[2] ?? resolve(root, 'dist'));
process.env.HUB_PUBLISHED_AT ??= new Date().toISOString();

await withBuildLock(root, async () => {
  const started = performance.now();
  await build({ root, outDir, logLevel: process.env.ASTRO_LOG_LEVEL === 'info' ? 'info' : 'warn' });
  console.log(`[build] site built into ${outDir} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
});

import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SITE_HOSTS = ['node', 'edge'] as const;
export type SiteHost = (typeof SITE_HOSTS)[number];

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** What a site build is made from: a change to any of these makes `npm start` build again. */
const SOURCES = ['src', 'functions', 'db', 'public', 'astro.config.mjs', 'package-lock.json', 'server/precompress.ts'];

export const siteDir = (host: SiteHost) => join(ROOT, 'dist', host);
const stampFile = (host: SiteHost) => join(siteDir(host), '.build-stamp');

function listFiles(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).flatMap((name) => listFiles(join(path, name)));
}

/** A fingerprint of the sources (paths, sizes and modification times): cheap, and enough to notice an edit. */
function sourceFingerprint(): string {
  const hash = createHash('sha256');
  for (const file of SOURCES.flatMap((s) => listFiles(join(ROOT, s))).sort()) {
    const { size, mtimeMs } = statSync(file);
    hash.update(`${file}\0${size}\0${mtimeMs}\n`);
  }
  return hash.digest('hex');
}

export function writeBuildStamp(host: SiteHost): void {
  writeFileSync(stampFile(host), sourceFingerprint());
}

export function isBuildCurrent(host: SiteHost): boolean {
  return existsSync(stampFile(host)) && readFileSync(stampFile(host), 'utf8') === sourceFingerprint();
}

/** Builds the host's site in a child process unless the last build is of these very sources. */
export async function ensureSiteBuilt(
  host: SiteHost,
  log: (line: string) => void = console.log,
): Promise<{ built: boolean; ms: number }> {
  const started = performance.now();
  if (isBuildCurrent(host)) return { built: false, ms: 0 };
  log(`[build] building the ${host} site (sources changed since the last build)…`);
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'server/build-site.ts'), host], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000));
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`the ${host} site build failed (exit ${code}):\n${output.trim()}`)),
    );
  });
  return { built: true, ms: performance.now() - started };
}

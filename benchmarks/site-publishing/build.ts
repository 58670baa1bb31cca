/**
 * Forced site builds for the benchmark, with a database URL that cannot be opened: a build that
 * read the catalog would fail, so a passing build shows that its time and output do not depend
 * on the catalog. Also counts what a build writes.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SiteHost } from '../../server/site-build';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const MISSING_DATABASE_URL = 'file:/nonexistent/bench-publishing/no.db';

export interface BuildResult {
  ok: boolean;
  /** Spawn to exit, including any wait for another build's lock. */
  wallMs: number;
  /** Astro's own build time as build-site.ts reports it. */
  buildMs?: number;
  output: string;
}

export function forcedBuild(host: SiteHost, timeoutMs: number): Promise<BuildResult> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/build-site.ts', host], {
      cwd: ROOT,
      env: { ...process.env, HUB_FORCE_BUILD: '1', DATABASE_URL: MISSING_DATABASE_URL },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-6000));
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const timer = setTimeout(() => child.kill('SIGTERM'), timeoutMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      const reported = /\[build\] \w+ site built in ([\d.]+) s/.exec(output);
      resolve({
        ok: code === 0,
        wallMs: performance.now() - started,
        buildMs: reported ? Number(reported[1]) * 1000 : undefined,
        output: output.trim(),
      });
    });
  });
}

export interface FileCount {
  files: number;
  /** WASM binaries and parts of them. */
  wasm: number;
  bytes: number;
}

export function countFiles(dir: string): FileCount {
  const total: FileCount = { files: 0, wasm: 0, bytes: 0 };
  if (!existsSync(dir)) return total;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      const inner = countFiles(path);
      total.files += inner.files;
      total.wasm += inner.wasm;
      total.bytes += inner.bytes;
    } else {
      total.files++;
      // onnxruntime-web's binary ships in parts (`….wasm.1-of-2.<hash>.bin`, under the edge's 25 MiB file limit).
      if (/\.wasm($|\.)/.test(entry.name)) total.wasm++;
      total.bytes += statSync(path).size;
    }
  }
  return total;
}

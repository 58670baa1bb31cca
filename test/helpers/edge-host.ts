import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { ensureSiteBuilt, siteDir } from '../../server/site-build';
import { freePort, waitFor } from './hub-server';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const WRANGLER = join(ROOT, 'node_modules/.bin/wrangler');
export const WRANGLER_ENV = { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: '1' };

export interface EdgeHost {
  base: string;
  dir: string;
  /** Runs SQL on the host's local D1 database (as `wrangler d1 execute --file` does for operators). */
  executeSql: (file: string) => Promise<void>;
  output: () => string;
  stop: () => Promise<void>;
}

/**
 * The edge host for real: the Cloudflare build of the site (dist/edge: prerendered files, and one
 * worker with the on-demand pages and the Hono API) under `wrangler pages dev`, on a local D1
 * database migrated by `wrangler d1 migrations apply`. `prepare` fills D1 before the host starts.
 */
export async function startEdgeHost(
  options: { bindings?: string[]; prepare?: (host: Pick<EdgeHost, 'dir' | 'executeSql'>) => Promise<void> } = {},
): Promise<EdgeHost> {
  const dir = mkdtempSync(join(tmpdir(), 'hub-edge-'));
  const persist = join(dir, 'state');
  const d1 = (args: string[]) =>
    run(WRANGLER, ['d1', ...args, 'hep-ml-hub', '--local', '--persist-to', persist], { cwd: ROOT, env: WRANGLER_ENV });
  const executeSql = async (file: string) =>
    void (await run(WRANGLER, ['d1', 'execute', 'hep-ml-hub', '--local', '--persist-to', persist, '--file', file], {
      cwd: ROOT,
      env: WRANGLER_ENV,
    }));
  await Promise.all([ensureSiteBuilt('edge'), d1(['migrations', 'apply'])]);
  await options.prepare?.({ dir, executeSql });

  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  let output = '';
  const bindings = (options.bindings ?? []).flatMap((b) => ['--binding', b]);
  const wrangler: ChildProcess = spawn(
    WRANGLER,
    [
      'pages',
      'dev',
      siteDir('edge'),
      '--port',
      String(port),
      '--ip',
      '127.0.0.1',
      '--persist-to',
      persist,
      ...bindings,
    ],
    { cwd: ROOT, env: WRANGLER_ENV, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  wrangler.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  wrangler.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  await waitFor(
    async () => {
      // What wrangler printed is the only clue when the worker does not start (a Node-only module in the bundle, say).
      const res = await fetch(`${base}/api/health`).catch((error: Error) => {
        throw new Error(`${error.message}; wrangler pages dev printed:\n${output.slice(-3000)}`);
      });
      if (!res.ok) throw new Error(`health ${res.status}: ${output.slice(-3000)}`);
    },
    { timeoutMs: 90_000, intervalMs: 500 },
  );
  return {
    base,
    dir,
    executeSql,
    output: () => output,
    stop: async () => {
      if (wrangler.exitCode === null) {
        const exited = new Promise((resolve) => wrangler.once('exit', resolve));
        wrangler.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

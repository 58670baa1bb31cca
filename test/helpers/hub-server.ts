import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface RunningHub {
  url: string;
  databaseUrl: string;
  dir: string;
  process: ChildProcess;
  /** Everything the server printed, for failure messages. */
  output: () => string;
  stop: () => Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * Starts `npm start`'s entry on a free port with its own database (under the project's data/,
 * as with `npm start`, removed on stop). It builds dist/node first if its sources changed.
 */
export async function startHub(
  env: Record<string, string> = {},
  options: { timeoutMs?: number; dir?: string } = {},
): Promise<RunningHub> {
  mkdirSync(join(ROOT, 'data'), { recursive: true });
  const dir = options.dir ?? mkdtempSync(join(ROOT, 'data', 'test-hub-'));
  const ownDir = options.dir === undefined;
  const port = await freePort();
  const databaseUrl = `file:${join(dir, 'hub.db')}`;
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/start.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl,
      // Suites that want first-start profiling turn it on themselves.
      SELF_PROFILE: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`hub did not start in time:\n${output}`)),
      options.timeoutMs ?? 120_000,
    );
    const check = () => {
      if (output.includes('HEP ML Hub is serving')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', check);
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (ownDir) rmSync(dir, { recursive: true, force: true });
      reject(new Error(`hub exited with code ${code}:\n${output}`));
    });
  });
  return {
    url,
    databaseUrl,
    dir,
    process: child,
    output: () => output,
    stop: async () => {
      await new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      });
      if (ownDir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Polls until `check` passes (e.g. a delivery has arrived); fails with the last error. */
export async function waitFor<T>(check: () => Promise<T>, { timeoutMs = 60_000, intervalMs = 250 } = {}): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      return await check();
    } catch (error) {
      last = error;
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
  throw last instanceof Error ? last : new Error(String(last));
}

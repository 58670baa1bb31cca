import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Astro writes shared state under the project (`.astro/`, Vite's cache), so two builds of
 * the same checkout must not overlap (`npm start` on a fresh checkout, `npm run build`, test
 * suites starting hubs in parallel). A directory is created atomically as the lock; a lock whose owner process is
 * gone is taken over.
 */
export async function withBuildLock<T>(root: string, work: () => Promise<T>, { timeoutMs = 600_000 } = {}): Promise<T> {
  const lock = join(root, 'node_modules', '.cache', 'hub-site-build.lock');
  mkdirSync(join(root, 'node_modules', '.cache'), { recursive: true });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, 'pid'), String(process.pid));
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (ownerIsGone(lock)) {
        rmSync(lock, { recursive: true, force: true });
        continue;
      }
      if (Date.now() > deadline) throw new Error(`another site build held ${lock} for over ${timeoutMs / 1000} s`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  try {
    return await work();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

function ownerIsGone(lock: string): boolean {
  let pid: number;
  try {
    pid = Number(readFileSync(join(lock, 'pid'), 'utf8'));
  } catch {
    return false; // being created right now
  }
  if (!pid) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch {
    return true;
  }
}

/**
 * Runs one of the benchmark's database tasks in a process of its own and prints the result as
 * JSON. libSQL really closes a connection only when its handles are garbage-collected; that late
 * close checkpoints the WAL under a lock, and a hub starting at that moment fails with
 * SQLITE_BUSY. A process that exits has closed everything.
 *   tsx db-task.ts prepare <dir> <models> <versions> <manyVersions> | token <databaseUrl> | paths <databaseUrl>
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { adminToken, catalogPaths, prepareCatalog } from './catalog';

const TASKS = {
  prepare: (dir: string, models: string, versions: string, manyVersions: string) =>
    prepareCatalog(dir, { models: Number(models), versions: Number(versions) }, { manyVersions: Number(manyVersions) }),
  token: (databaseUrl: string) => adminToken(databaseUrl),
  paths: (databaseUrl: string) => catalogPaths(databaseUrl),
};
type Tasks = typeof TASKS;
export type TaskResult<K extends keyof Tasks> = Awaited<ReturnType<Tasks[K]>>;

const RESULT_MARK = '\u0000result:';

/** Runs `task` in a child process; fails with its output when it fails or takes over `timeoutMs`. */
export function runDbTask<K extends keyof Tasks>(
  task: K,
  args: Parameters<Tasks[K]>,
  timeoutMs = 300_000,
): Promise<TaskResult<K>> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), task, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const timer = setTimeout(() => child.kill('SIGTERM'), timeoutMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      const at = output.lastIndexOf(RESULT_MARK);
      if (code !== 0 || at < 0)
        reject(new Error(`database task ${task} failed (exit ${code}):\n${output.slice(-3000)}`));
      else resolve(JSON.parse(output.slice(at + RESULT_MARK.length)) as TaskResult<K>);
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [task, ...args] = process.argv.slice(2) as [keyof Tasks, ...string[]];
  if (!(task in TASKS)) throw new Error(`unknown task ${task}: use ${Object.keys(TASKS).join(', ')}`);
  const result = await (TASKS[task] as (...a: string[]) => Promise<unknown>)(...args);
  process.stdout.write(`${RESULT_MARK}${JSON.stringify(result ?? null)}\n`);
}

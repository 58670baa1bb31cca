import { fork } from 'node:child_process';
import { setPriority } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { MeasureReply, MeasureRequest } from './measure-child';

const CHILD = fileURLToPath(new URL('./measure-child.ts', import.meta.url));

/** Runs one configuration in a fresh Node process (see measure-child.ts for why) and returns its reply. */
export function runConfiguration(
  request: MeasureRequest,
  options: { lowPriority?: boolean } = {},
): Promise<MeasureReply> {
  return new Promise((resolve) => {
    const child = fork(CHILD, [], {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      serialization: 'advanced',
    });
    if (options.lowPriority && child.pid) {
      // Profiling beside a server: let requests win the CPU. Ignored where not permitted.
      try {
        setPriority(child.pid, 19);
      } catch {
        /* not permitted here: run at normal priority */
      }
    }
    let stderr = '';
    let reply: MeasureReply | undefined;
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('message', (message) => (reply = message as MeasureReply));
    child.on('error', (error) => resolve({ ok: false, error: error.message, skipped: false }));
    child.on('exit', (code, signal) => {
      resolve(
        reply ?? {
          ok: false,
          error: `the measuring process exited (${signal ?? `code ${code}`})${stderr ? `: ${stderr.trim().slice(-500)}` : ''}`,
          skipped: false,
        },
      );
    });
    child.send(request);
  });
}

import { Worker } from 'node:worker_threads';
import type { SqlQuery } from '../db/queries/batch-helpers';

type Pending = { resolve: (rows: unknown[][]) => void; reject: (error: Error) => void };

/**
 * Runs write batches on a worker thread with its own connection to an embedded (file:)
 * database. libSQL's embedded driver works synchronously on the calling thread, so a commit
 * (and its fsync) on the main thread stalls every request in flight; here it does not. WAL
 * mode lets the main thread's connection keep reading meanwhile.
 */
export class WriteThread {
  private worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private ready: Promise<void>;

  constructor(private readonly databaseUrl: string) {
    ({ worker: this.worker, ready: this.ready } = this.spawn());
  }

  private spawn() {
    // Loaders are per thread: the entry registers tsx for the TypeScript worker.
    const worker = new Worker(new URL('./write-thread-entry.mjs', import.meta.url), {
      workerData: { url: this.databaseUrl },
    });
    const ready = new Promise<void>((resolve, reject) => {
      worker.once('error', reject);
      worker.on(
        'message',
        (message: {
          ready?: true;
          id?: number;
          rows?: unknown[][];
          error?: { message: string; code?: string; cause?: string };
        }) => {
          if (message.ready) return resolve();
          const job = this.pending.get(message.id!);
          if (!job) return;
          this.pending.delete(message.id!);
          if (this.pending.size === 0) worker.unref();
          if (message.rows) job.resolve(message.rows);
          else
            job.reject(
              Object.assign(new Error(message.error!.message), {
                code: message.error!.code,
                cause: message.error!.cause ? new Error(message.error!.cause) : undefined,
              }),
            );
        },
      );
    });
    worker.on('error', (error) => this.failAll(error));
    worker.on('exit', (code) => {
      this.failAll(new Error(`the database writer thread exited (${code})`));
      if (!this.closed) ({ worker: this.worker, ready: this.ready } = this.spawn());
    });
    worker.unref();
    return { worker, ready };
  }

  private closed = false;

  private failAll(error: Error) {
    for (const job of this.pending.values()) job.reject(error);
    this.pending.clear();
  }

  /** One transaction; resolves with each statement's rows once it is committed. */
  async execute(queries: SqlQuery[]): Promise<unknown[][]> {
    await this.ready;
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      // Keep the process alive while a write is in flight, not while the thread idles.
      if (this.pending.size === 0) this.worker.ref();
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, queries });
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.worker.terminate();
  }
}

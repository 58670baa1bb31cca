export interface GroupCommitOptions {
  /** Most items in one commit; 1 turns batching off (each caller commits alone, at once). */
  maxSize: number;
  /** How long the first item of a batch waits for company. */
  maxWaitMs: number;
}

export type CommitOutcome<R> = { ok: true; value: R } | { ok: false; error: unknown };

interface Pending<I, R> {
  item: I;
  resolve: (value: R) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit: items that arrive within `maxWaitMs` (or until `maxSize`) are written by one
 * `commit` call, and every caller is answered only after that call returns. Commits run one
 * at a time, so a commit sees everything the previous one wrote (idempotency checks rely on
 * it); items that arrive meanwhile form the next batch. If `commit` throws, every item of the
 * batch gets the error: no caller is told "stored" for something that was not.
 */
export class GroupCommit<I, R> {
  private queue: Pending<I, R>[] = [];
  private timer: ReturnType<typeof setTimeout> | null = null;
  private running: Promise<void> | null = null;
  private batches = 0;
  private committed = 0;

  constructor(
    private readonly commit: (items: I[]) => Promise<CommitOutcome<R>[]>,
    private readonly options: GroupCommitOptions,
  ) {}

  submit(item: I): Promise<R> {
    if (this.options.maxSize <= 1) return this.commitAlone(item);
    return new Promise<R>((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      if (this.running) return;
      if (this.queue.length >= this.options.maxSize) this.flushNow();
      else this.timer ??= setTimeout(() => this.flushNow(), this.options.maxWaitMs);
    });
  }

  /** Batches and items committed so far (for logs and benchmarks). */
  stats(): { batches: number; items: number } {
    return { batches: this.batches, items: this.committed };
  }

  /** Resolves once nothing is queued or being written (for shutdown). */
  async drain(): Promise<void> {
    while (this.running || this.queue.length > 0) {
      if (!this.running) this.flushNow();
      await this.running;
    }
  }

  private async commitAlone(item: I): Promise<R> {
    const [outcome] = await this.commit([item]);
    this.batches++;
    this.committed++;
    if (!outcome) throw new Error('commit returned no outcome');
    if (!outcome.ok) throw outcome.error;
    return outcome.value;
  }

  private flushNow(): void {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    if (this.running || this.queue.length === 0) return;
    const batch = this.queue.splice(0, this.options.maxSize);
    this.running = this.runBatch(batch).finally(() => {
      this.running = null;
      // Whatever queued up during the write has waited long enough: write it now.
      if (this.queue.length > 0) this.flushNow();
    });
  }

  private async runBatch(batch: Pending<I, R>[]): Promise<void> {
    let outcomes: CommitOutcome<R>[];
    try {
      outcomes = await this.commit(batch.map((p) => p.item));
    } catch (error) {
      for (const pending of batch) pending.reject(error);
      return;
    }
    this.batches++;
    this.committed += batch.length;
    batch.forEach((pending, i) => {
      const outcome = outcomes[i];
      if (!outcome) pending.reject(new Error('commit returned no outcome for an item'));
      else if (outcome.ok) pending.resolve(outcome.value);
      else pending.reject(outcome.error);
    });
  }
}

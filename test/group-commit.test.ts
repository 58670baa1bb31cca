import { describe, expect, it } from 'vitest';
import { GroupCommit, type CommitOutcome } from '../functions/webhooks/group-commit';

describe('GroupCommit', () => {
  it('writes items that arrive together in one commit and answers each after it', async () => {
    const batches: number[][] = [];
    const commit = new GroupCommit<number, number>(
      async (items) => {
        batches.push(items);
        return items.map((i) => ({ ok: true, value: i * 10 }));
      },
      { maxSize: 100, maxWaitMs: 5 },
    );
    const answers = await Promise.all([1, 2, 3].map((i) => commit.submit(i)));
    expect(answers).toEqual([10, 20, 30]);
    expect(batches).toEqual([[1, 2, 3]]);
  });

  it('never runs two commits at once; items arriving during a commit form the next one', async () => {
    let running = 0;
    let most = 0;
    const batches: number[][] = [];
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const commit = new GroupCommit<number, number>(
      async (items) => {
        running++;
        most = Math.max(most, running);
        batches.push(items);
        if (batches.length === 1) await gate;
        running--;
        return items.map((i) => ({ ok: true, value: i }));
      },
      { maxSize: 2, maxWaitMs: 1 },
    );
    const first = [commit.submit(1), commit.submit(2)];
    await new Promise((r) => setTimeout(r, 5));
    const later = [commit.submit(3), commit.submit(4), commit.submit(5)];
    release();
    await Promise.all([...first, ...later]);
    expect(most).toBe(1);
    expect(batches).toEqual([[1, 2], [3, 4], [5]]);
  });

  it('fails every item of a batch whose commit throws, and reports per-item failures', async () => {
    const failing = new GroupCommit<number, number>(
      async () => {
        throw new Error('disk full');
      },
      { maxSize: 10, maxWaitMs: 1 },
    );
    const results = await Promise.allSettled([failing.submit(1), failing.submit(2)]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    const mixed = new GroupCommit<number, number>(
      async (items) =>
        items.map((i): CommitOutcome<number> =>
          i % 2 ? { ok: true, value: i } : { ok: false, error: new Error(`bad ${i}`) },
        ),
      { maxSize: 10, maxWaitMs: 1 },
    );
    const settled = await Promise.allSettled([mixed.submit(1), mixed.submit(2)]);
    expect(settled[0]).toEqual({ status: 'fulfilled', value: 1 });
    expect((settled[1] as PromiseRejectedResult).reason.message).toBe('bad 2');
  });

  it('commits each item alone and at once with maxSize 1 (edge hosts)', async () => {
    const sizes: number[] = [];
    const commit = new GroupCommit<number, number>(
      async (items) => {
        sizes.push(items.length);
        return items.map((i) => ({ ok: true, value: i }));
      },
      { maxSize: 1, maxWaitMs: 1000 },
    );
    await Promise.all([commit.submit(1), commit.submit(2)]);
    expect(sizes).toEqual([1, 1]);
    expect(commit.stats()).toEqual({ batches: 2, items: 2 });
  });
});

import { describe, expect, it } from 'vitest';
import { concurrencyLevels, inputBound, throughputSeries } from './storage-view';

const result = (id: string, reader: string, concurrency: number, mbps: number, cache: 'warm' | 'cold' = 'warm') => ({
  id,
  storage: { kind: 'local-disk' as const, protocol: 'posix' as const },
  file: { format: 'parquet' as const, sizeBytes: 1, count: 1 },
  reader: { name: reader, version: '1' },
  settings: { concurrency, cacheState: cache, repetitions: 3, readPattern: 'full-file' as const },
  results: { durationMs: 1, bytesRead: 1, throughputMBps: mbps, timeToFirstByteMs: 0 },
});

describe('throughput series', () => {
  it('groups by storage, format, reader and cache, keeping the best result per concurrency, in order', () => {
    const series = throughputSeries([
      result('a', 'hyparquet', 4, 30),
      result('b', 'hyparquet', 1, 10),
      result('c', 'hyparquet', 1, 12),
      result('d', 'hyparquet', 1, 5, 'cold'),
      result('e', 'pyarrow', 2, 300),
    ]);
    expect(series.map((s) => s.label)).toEqual([
      'local disk · Parquet · hyparquet · cold',
      'local disk · Parquet · hyparquet · warm',
      'local disk · Parquet · pyarrow · warm',
    ]);
    expect(series[1]!.points).toEqual([
      { concurrency: 1, mbPerSec: 12, id: 'c' },
      { concurrency: 4, mbPerSec: 30, id: 'a' },
    ]);
    expect(concurrencyLevels(series)).toEqual([1, 2, 4]);
  });
});

describe('input-bound verdict', () => {
  it('is input-bound below 1×, marginal below 2×, not input-bound above, with the numbers', () => {
    const slow = inputBound({ trainingEventsPerSec: 50_000, storage: { throughputMBps: 10, eventsPerSec: 20_000 } });
    expect(slow).toMatchObject({ verdict: 'input-bound', ratio: 0.4, storageBasis: 'measured' });
    expect(slow.waitingShare).toBeCloseTo(0.6);
    expect(slow.sentence).toBe(
      'Input-bound: storage delivers 20,000 events/s, training consumes 50,000 events/s. The training would wait for data about 60 % of the time.',
    );
    expect(
      inputBound({ trainingEventsPerSec: 10_000, storage: { throughputMBps: 1, eventsPerSec: 15_000 } }).verdict,
    ).toBe('marginal');
    expect(
      inputBound({ trainingEventsPerSec: 10_000, storage: { throughputMBps: 1, eventsPerSec: 20_000 } }).verdict,
    ).toBe('not-input-bound');
  });

  it('derives events/s from MB/s and bytes per event, or says it cannot judge', () => {
    const derived = inputBound({ trainingEventsPerSec: 1000, storage: { throughputMBps: 1 }, bytesPerEvent: 500 });
    expect(derived).toMatchObject({ verdict: 'not-input-bound', storageEventsPerSec: 2000, storageBasis: 'derived' });
    expect(inputBound({ trainingEventsPerSec: 1000, storage: { throughputMBps: 1 } }).verdict).toBe('unknown');
  });
});

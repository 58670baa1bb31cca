import { describe, expect, it } from 'vitest';
import { parseEventBody } from '../../../functions/events/envelope';
import { createTestToken } from '../../../test/factories';
import { createTestHub } from '../../../test/helpers/app';
import { runStorageHarness } from './harness';
import { dataAccessEvent } from './post';

describe('the storage harness', () => {
  it(
    'reads small test files with every reader at two concurrencies into records the hub accepts',
    { timeout: 120_000 },
    async () => {
      const progress: number[] = [];
      // Warm only: emptying the page cache (cold) would slow every other process on the machine.
      const report = await runStorageHarness(
        {
          readers: ['node-fs', 'node-fs-direct', 'hyparquet', 'h5wasm'],
          cacheStates: ['warm'],
          concurrency: [1, 2],
          fileCount: 2,
          fileSizeBytes: 200_000,
          minRepetitions: 3,
          maxRepetitions: 50,
          minDurationMs: 50,
          source: 'harness',
        },
        (p) => progress.push(p.done),
      );
      expect(report.failed).toEqual([]);
      expect(report.records).toHaveLength(8);
      expect(progress.at(-1)).toBe(8);
      const byReader = (name: string) => report.records.filter((r) => r.reader.name === name);
      for (const r of report.records) {
        expect(r.settings.cacheState).toBe('warm');
        expect(r.settings.repetitions).toBeGreaterThanOrEqual(3);
        expect(r.file.count).toBe(2);
        // Whole-file reads: every pass delivered every byte of every file.
        expect(r.results.bytesRead).toBe(r.file.count * r.file.sizeBytes * r.settings.repetitions);
        // Both figures are kept to 6 significant digits (at 1,568 MB/s that is 0.01 MB/s), so they
        // agree to about a millionth, not to a fixed number of decimals.
        const throughput = r.results.bytesRead / 1e3 / r.results.durationMs;
        expect(Math.abs(r.results.throughputMBps - throughput) / throughput).toBeLessThan(1e-5);
        expect(r.provenance.harness?.name).toBe('hep-ml-hub bench-storage');
        expect(r.validity).toBeDefined();
      }
      // The columnar readers decoded every event of every file.
      for (const r of [...byReader('hyparquet'), ...byReader('h5wasm')]) {
        expect(r.file.eventsPerFile).toBeGreaterThan(1000);
        expect(r.results.eventsPerSec).toBeGreaterThan(0);
      }
      expect(byReader('hyparquet')[0]!.file.format).toBe('parquet');
      expect(byReader('h5wasm')[0]!.file.format).toBe('hdf5');
      expect(byReader('node-fs-direct')[0]!.settings.cacheMethod).toMatch(/O_DIRECT/);

      const hub = await createTestHub();
      const token = (await createTestToken(hub.db, ['write'], 'alice')).authorization;
      for (const record of report.records) {
        const res = await hub.call('POST', '/api/benchmarks/data-access', {
          body: record,
          headers: { authorization: token },
        });
        expect(res.status, JSON.stringify(res.json)).toBe(201);
        expect(res.json.validity.valid).toBe(record.validity!.valid);
        const event = parseEventBody(JSON.stringify(dataAccessEvent(record)));
        expect(event.ok).toBe(true);
      }
    },
  );
});

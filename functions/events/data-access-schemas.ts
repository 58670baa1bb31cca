import type { z } from 'zod';
import { DataAccessCreateSchema } from '../contract/data-access/schema';

/**
 * A storage-access measurement from CI (e.g. a site with EOS running `npm run bench:storage` or its
 * own reader over XRootD): the same record as POST /api/benchmarks/data-access.
 */
export const BenchmarkDataAccessReportedV1 = DataAccessCreateSchema;

/** Entries of EVENT_SCHEMAS (functions/events/schemas.ts spreads them in). */
export const DATA_ACCESS_EVENT_SCHEMAS: readonly {
  type: string;
  version: number;
  schema: z.ZodType;
  description: string;
  example: unknown;
}[] = [
  {
    type: 'benchmark.data_access.reported',
    version: 1,
    schema: BenchmarkDataAccessReportedV1,
    description:
      'A storage-access benchmark result (storage, protocol, file format, reader, concurrency, cache state, throughput, time to first byte, ' +
      'environment and provenance): stored in the same transaction as the event, owned by the source’s group, shown on /benchmarks/storage/ ' +
      'and in GET /api/benchmarks/data-access. The hub judges validity itself, as for POST.',
    example: {
      storage: { kind: 'eos-xrootd', protocol: 'root', endpoint: 'eospublic.cern.ch' },
      file: { format: 'root', sizeBytes: 2_000_000_000, count: 8 },
      reader: { name: 'uproot', version: '5.6.0' },
      settings: {
        concurrency: 8,
        cacheState: 'cold',
        cacheMethod: 'files not read before on this node',
        repetitions: 3,
      },
      results: {
        durationMs: 120_000,
        bytesRead: 48_000_000_000,
        throughputMBps: 400,
        timeToFirstByteMs: 85,
        throughputCv: 0.04,
      },
      hardware: { description: 'lxplus batch node' },
      provenance: { source: 'ci' },
    },
  },
];

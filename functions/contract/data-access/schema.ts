import { z } from '@hono/zod-openapi';
import {
  CACHE_STATES,
  FILE_FORMATS,
  KNOWN_READERS,
  READ_PATTERNS,
  STORAGE_KINDS,
  STORAGE_PROTOCOLS,
} from '../../../src/lib/benchmarks/data-access';
import { BENCHMARK_SOURCES } from '../../../src/lib/benchmarks/record';
import { BytesSchema, text } from '../catalog-schema';
import { integerString } from '../strict-integer';
import { PageInfoSchema, SlugSchema } from '../shared-schema';
import { HardwareSchema, ProvenanceInputSchema, SoftwareSchema, ValiditySchema } from '../benchmarks/schema';

export const DataAccessIdSchema = z
  .string()
  .regex(/^da_[A-Za-z0-9_-]{8,64}$/, 'A data-access result id looks like "da_…".')
  .openapi({ example: 'da_Xc3kTMd9aQ1f0bWm' });

const ms = z.number().finite().min(0).max(1e9);

export const StorageSchema = z
  .object({
    kind: z.enum(STORAGE_KINDS).openapi({ description: 'Where the files live.', example: 'eos-xrootd' }),
    protocol: z
      .enum(STORAGE_PROTOCOLS)
      .openapi({ description: 'How the reader reaches them: root (XRootD), https, s3, posix, …', example: 'root' }),
    endpoint: text(200)
      .regex(/^[^@\s]*$/, 'A host or mount point, without credentials.')
      .optional()
      .openapi({ example: 'eospublic.cern.ch' }),
    description: text(500).optional(),
  })
  .strict()
  .openapi('DataAccessStorage');

export const FileSchema = z
  .object({
    format: z.enum(FILE_FORMATS).openapi({ example: 'parquet' }),
    sizeBytes: BytesSchema.refine((n) => n > 0, 'A file has at least one byte.').openapi({
      description: 'Size of one file, in bytes.',
    }),
    count: z.number().int().min(1).max(10_000_000).openapi({ description: 'How many files were read.' }),
    compression: text(60).optional().openapi({ example: 'zstd' }),
    eventsPerFile: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER).optional(),
  })
  .strict()
  .openapi('DataAccessFile');

export const ReaderSchema = z
  .object({
    name: z
      .string()
      .trim()
      .min(1)
      .max(64)
      .regex(/^[a-z0-9][a-z0-9._+-]*$/, `A lowercase reader name such as ${KNOWN_READERS.join(', ')}.`)
      .openapi({ example: 'uproot' }),
    version: text(64).openapi({ example: '5.6.0' }),
  })
  .strict()
  .openapi('DataAccessReader');

export const DataAccessSettingsSchema = z
  .object({
    concurrency: z.number().int().min(1).max(100_000).openapi({ description: 'Files read at the same time.' }),
    cacheState: z.enum(CACHE_STATES).openapi({
      description: 'cold: no cache between the storage and the reader held the files; warm: they were read before.',
    }),
    cacheMethod: text(300).optional().openapi({ example: 'echo 3 > /proc/sys/vm/drop_caches before each pass' }),
    repetitions: z.number().int().min(1).max(1_000_000).openapi({ description: 'Timed passes over the files.' }),
    readPattern: z.enum(READ_PATTERNS).default('full-file'),
    description: text(1000).optional(),
  })
  .strict()
  .openapi('DataAccessSettings');

export const DataAccessResultsSchema = z
  .object({
    durationMs: z.number().finite().positive().max(1e9).openapi({ description: 'Wall time of all timed passes.' }),
    bytesRead: BytesSchema.refine((n) => n > 0, 'Something must have been read.').openapi({
      description: 'Bytes delivered to the reader in all timed passes.',
    }),
    throughputMBps: z
      .number()
      .finite()
      .positive()
      .max(1e9)
      .openapi({ description: 'bytesRead / duration in MB/s (1 MB = 10^6 bytes); must match them within 5 %.' }),
    eventsPerSec: z.number().finite().positive().max(1e15).optional(),
    timeToFirstByteMs: ms.openapi({ description: 'Median time from opening a file to its first bytes.' }),
    throughputCv: z
      .number()
      .finite()
      .min(0)
      .max(1e4)
      .optional()
      .openapi({ description: 'stdev / mean of the throughput of each pass; judged against 10 %.' }),
    peakMemoryBytes: BytesSchema.optional(),
  })
  .strict()
  .openapi('DataAccessResults');

const recordFields = {
  storage: StorageSchema,
  file: FileSchema,
  reader: ReaderSchema,
  settings: DataAccessSettingsSchema,
  results: DataAccessResultsSchema,
  hardware: HardwareSchema,
  software: SoftwareSchema.default({}),
  hardwarePool: SlugSchema.optional().openapi({ description: 'The hardware pool it ran on (GET /api/hardware).' }),
  dataset: SlugSchema.optional().openapi({
    description: 'The dataset whose files were read. A result naming a non-public dataset is seen only by your group.',
  }),
  validity: ValiditySchema.optional().openapi({
    description: "The harness's verdict; the hub re-judges (at least 3 passes, 0.5 s and a throughput CV ≤ 10 %).",
  }),
  provenance: ProvenanceInputSchema.default({}),
  supersedes: DataAccessIdSchema.optional().openapi({
    description: 'The result this one corrects (one of your group, not superseded yet).',
  }),
};

export const DataAccessCreateSchema = z.object(recordFields).strict().openapi('DataAccessCreate');
export type DataAccessCreate = z.output<typeof DataAccessCreateSchema>;

export const DataAccessResultSchema = z
  .object({
    id: DataAccessIdSchema,
    storage: StorageSchema,
    file: FileSchema,
    reader: ReaderSchema,
    settings: DataAccessSettingsSchema,
    results: DataAccessResultsSchema,
    hardware: HardwareSchema,
    hardwareLabel: z.string().openapi({ example: 'AMD EPYC 7763, 16 cores' }),
    setupLabel: z.string().openapi({ example: 'local disk · POSIX · Parquet · hyparquet 1.25.1' }),
    software: SoftwareSchema,
    hardwarePool: z.object({ slug: z.string(), name: z.string() }).nullable(),
    dataset: z.object({ slug: z.string(), name: z.string() }).nullable(),
    visibility: z.enum(['public', 'internal']),
    validity: ValiditySchema,
    provenance: z.object({
      source: z.enum(BENCHMARK_SOURCES),
      submitter: z.string(),
      measuredAt: z.iso.datetime(),
      recordedAt: z.iso.datetime(),
      rawLogUrl: z.string().optional(),
      harness: z.object({ name: z.string(), version: z.string() }).optional(),
      eventRef: z.string().nullable().openapi({ description: 'The webhook delivery it came with, if any.' }),
    }),
    supersedes: DataAccessIdSchema.nullable(),
    supersededBy: DataAccessIdSchema.nullable(),
    links: z.object({ self: z.string(), page: z.string() }),
  })
  .openapi('DataAccessResult');

export type DataAccessResultJson = z.infer<typeof DataAccessResultSchema>;

export const DataAccessListSchema = z
  .object({ items: z.array(DataAccessResultSchema) })
  .extend(PageInfoSchema.shape)
  .openapi('DataAccessResultList');

export const DataAccessListQuerySchema = z.object({
  storage: z.enum(STORAGE_KINDS).optional(),
  protocol: z.enum(STORAGE_PROTOCOLS).optional(),
  format: z.enum(FILE_FORMATS).optional(),
  reader: z.string().max(64).optional().openapi({ example: 'uproot' }),
  cache: z.enum(CACHE_STATES).optional(),
  concurrency: integerString({ max: 100_000 }).optional(),
  pool: SlugSchema.optional().openapi({ description: 'Results measured on this hardware pool.' }),
  dataset: SlugSchema.optional(),
  source: z.enum(BENCHMARK_SOURCES).optional(),
  valid: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  superseded: z
    .enum(['include', 'exclude'])
    .optional()
    .openapi({ description: 'Superseded results are excluded unless `include`.' }),
  sort: z.enum(['recorded', 'measured', 'throughput', 'concurrency', 'ttfb']).default('recorded'),
  order: z
    .enum(['asc', 'desc'])
    .optional()
    .openapi({ description: 'Default: asc for concurrency and ttfb, desc otherwise.' }),
  limit: integerString({ max: 200 }).optional().openapi({ description: 'Page size (default 50, max 200).' }),
  cursor: z.string().max(512).optional(),
});
export type DataAccessListQuery = z.output<typeof DataAccessListQuerySchema>;

export const DataAccessIdParamSchema = z.object({
  id: DataAccessIdSchema.openapi({ param: { name: 'id', in: 'path' } }),
});

import { index, integer, real, sqliteTable, text, uniqueIndex, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import {
  CACHE_STATES,
  FILE_FORMATS,
  STORAGE_KINDS,
  STORAGE_PROTOCOLS,
  type CacheState,
  type DataAccessRecord,
  type FileFormat,
  type StorageKind,
  type StorageProtocol,
} from '../../src/lib/benchmarks/data-access';
import {
  BENCHMARK_SOURCES,
  type BenchmarkSource,
  type Provenance,
  type Validity,
} from '../../src/lib/benchmarks/record';
import { createdAt, timestampMs } from './columns';
import { datasets } from './datasets';
import { hardwarePools } from './hardware';

/** The record as stored: the hub's verdict and provenance in place of the submitted ones. */
export type StoredDataAccessRecord = Omit<DataAccessRecord, 'validity' | 'provenance' | 'supersedes'> & {
  validity: Validity;
  provenance: Provenance & { submitter: string };
};

/**
 * One storage-access result: a reader reading files of a format from a kind of storage, at a
 * concurrency and cache state. What the pages filter and sort on has a column; the whole record is
 * JSON beside them. Like inference results, rows are never changed: a correction is a new row whose
 * `supersedes_id` names the old one (at most once). A result is public unless the dataset it names
 * is not; then only the owner group (the submitter's) and admins see it.
 */
export const dataAccessResults = sqliteTable(
  'data_access_results',
  {
    /** `da_…`, made by the app. */
    id: text('id').primaryKey(),
    storageKind: text('storage_kind', { enum: STORAGE_KINDS }).$type<StorageKind>().notNull(),
    protocol: text('protocol', { enum: STORAGE_PROTOCOLS }).$type<StorageProtocol>().notNull(),
    fileFormat: text('file_format', { enum: FILE_FORMATS }).$type<FileFormat>().notNull(),
    reader: text('reader').notNull(),
    readerVersion: text('reader_version').notNull(),
    fileSizeBytes: integer('file_size_bytes').notNull(),
    fileCount: integer('file_count').notNull(),
    concurrency: integer('concurrency').notNull(),
    cacheState: text('cache_state', { enum: CACHE_STATES }).$type<CacheState>().notNull(),
    throughputMBps: real('throughput_mb_per_s').notNull(),
    eventsPerSec: real('events_per_s'),
    timeToFirstByteMs: real('ttfb_ms').notNull(),
    durationMs: real('duration_ms').notNull(),
    /** A short label of the machine, as inference results have. */
    hardware: text('hardware').notNull(),
    poolId: integer('pool_id').references(() => hardwarePools.id, { onDelete: 'set null' }),
    datasetId: integer('dataset_id').references(() => datasets.id, { onDelete: 'set null' }),
    visibility: text('visibility', { enum: ['public', 'internal'] })
      .notNull()
      .default('public'),
    /** The submitting token's or webhook source's group (null: an admin token without group). */
    ownerGroupId: text('owner_group_id'),
    valid: integer('valid', { mode: 'boolean' }).notNull(),
    source: text('source', { enum: BENCHMARK_SOURCES }).$type<BenchmarkSource>().notNull(),
    submitter: text('submitter').notNull(),
    tokenId: text('token_id'),
    webhookSourceId: text('webhook_source_id'),
    eventRef: text('event_ref'),
    supersedesId: text('supersedes_id').references((): AnySQLiteColumn => dataAccessResults.id, {
      onDelete: 'cascade',
    }),
    measuredAt: timestampMs('measured_at').notNull(),
    createdAt: createdAt(),
    record: text('record', { mode: 'json' }).$type<StoredDataAccessRecord>().notNull(),
  },
  (t) => [
    index('data_access_created_idx').on(t.createdAt, t.id),
    index('data_access_setup_idx').on(t.storageKind, t.reader, t.concurrency),
    index('data_access_pool_idx').on(t.poolId),
    uniqueIndex('data_access_supersedes_uq').on(t.supersedesId),
  ],
);

export type DataAccessResultRow = typeof dataAccessResults.$inferSelect;
export type NewDataAccessResultRow = typeof dataAccessResults.$inferInsert;

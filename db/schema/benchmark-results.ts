import { index, integer, real, sqliteTable, text, uniqueIndex, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import {
  BENCHMARK_SOURCES,
  SCENARIOS,
  type BenchmarkRecord,
  type BenchmarkSource,
  type Scenario,
} from '../../src/lib/benchmarks/record';
import { createdAt, timestampMs } from './columns';
import { models } from './models';
import { modelVersions } from './model-versions';

/** The record as stored: the row's columns say which model version it measured and what it corrects. */
export type StoredBenchmarkRecord = Omit<BenchmarkRecord, 'model' | 'version' | 'supersedes'>;

/**
 * One benchmark result: a model version × engine × hardware × settings. What the pages filter and
 * sort on has a column; the complete record (environment, every statistic, validity reasons)
 * is kept as JSON beside them. Rows are immutable (trigger in migration `benchmark-results-immutable`):
 * a correction is a new row whose `supersedes_id` names the old one, at most once per row.
 * Token, webhook source and event are kept as plain ids, like the lifecycle log, so a result
 * never blocks their removal.
 */
export const benchmarkResults = sqliteTable(
  'benchmark_results',
  {
    /** `bm_…`, made by the app so the id can be handed out before the batch commits. */
    id: text('id').primaryKey(),
    modelId: integer('model_id')
      .notNull()
      .references(() => models.id, { onDelete: 'cascade' }),
    modelVersionId: integer('model_version_id')
      .notNull()
      .references(() => modelVersions.id, { onDelete: 'cascade' }),
    artifactSha256: text('artifact_sha256'),
    precision: text('precision'),
    sparsityPct: real('sparsity_pct'),
    engine: text('engine').notNull(),
    engineVersion: text('engine_version').notNull(),
    executionProvider: text('execution_provider').notNull(),
    buildVariant: text('build_variant'),
    /** A short label of the machine (hardwareLabel), for grouping and filtering. */
    hardware: text('hardware').notNull(),
    softwareRendered: integer('software_rendered', { mode: 'boolean' }).notNull().default(false),
    scenario: text('scenario', { enum: SCENARIOS }).$type<Scenario>().notNull(),
    batchSize: integer('batch_size').notNull(),
    threads: integer('threads'),
    latencyP50Ms: real('latency_p50_ms').notNull(),
    latencyP99Ms: real('latency_p99_ms').notNull(),
    throughputPerSec: real('throughput_per_s').notNull(),
    peakMemoryBytes: integer('peak_memory_bytes'),
    valid: integer('valid', { mode: 'boolean' }).notNull(),
    source: text('source', { enum: BENCHMARK_SOURCES }).$type<BenchmarkSource>().notNull(),
    submitter: text('submitter').notNull(),
    tokenId: text('token_id'),
    webhookSourceId: text('webhook_source_id'),
    /** The delivery (event ref) a `benchmark.completed` result came with. */
    eventRef: text('event_ref'),
    /** The hardware pool it ran on, a plain id like the token's: a result never blocks removing a pool. */
    hardwarePoolId: integer('hardware_pool_id'),
    supersedesId: text('supersedes_id').references((): AnySQLiteColumn => benchmarkResults.id, { onDelete: 'cascade' }),
    measuredAt: timestampMs('measured_at').notNull(),
    createdAt: createdAt(),
    record: text('record', { mode: 'json' }).$type<StoredBenchmarkRecord>().notNull(),
  },
  (t) => [
    index('benchmark_results_version_idx').on(t.modelVersionId, t.batchSize),
    index('benchmark_results_model_idx').on(t.modelId, t.createdAt),
    index('benchmark_results_created_idx').on(t.createdAt, t.id),
    index('benchmark_results_engine_idx').on(t.engine, t.executionProvider),
    uniqueIndex('benchmark_results_supersedes_uq').on(t.supersedesId),
    index('benchmark_results_pool_idx').on(t.hardwarePoolId, t.createdAt),
  ],
);

export type BenchmarkResultRow = typeof benchmarkResults.$inferSelect;
export type NewBenchmarkResultRow = typeof benchmarkResults.$inferInsert;

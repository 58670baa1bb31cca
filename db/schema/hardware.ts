import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import {
  AVAILABILITIES,
  CAPACITY_SOURCES,
  POOL_STATUSES,
  POOL_ZONES,
  SCHEDULERS,
  type Accelerator,
  type Precision,
} from '../../src/lib/hardware-vocabulary';
import { apiTokens } from './api-tokens';
import { createdAt, timestampMs, updatedAt } from './columns';
import { groups } from './groups';

/** A pool of compute hardware: where it is, what it holds, who may use it and how. */
export const hardwarePools = sqliteTable(
  'hardware_pools',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    slug: text('slug').notNull().unique(),
    name: text('name').notNull(),
    summary: text('summary').notNull(),
    site: text('site').notNull(),
    zone: text('zone', { enum: POOL_ZONES }).notNull(),
    accelerators: text('accelerators', { mode: 'json' }).$type<Accelerator[]>().notNull(),
    precisions: text('precisions', { mode: 'json' }).$type<Precision[]>().notNull(),
    /** Null when nobody has recorded how jobs reach the pool. */
    scheduler: text('scheduler', { enum: SCHEDULERS }),
    availability: text('availability', { enum: AVAILABILITIES }).notNull(),
    /** Who may use it and how to request access (Markdown). */
    accessMd: text('access_md').notNull(),
    descriptionMd: text('description_md').notNull().default(''),
    /** Slugs of directory tools that run on this pool. */
    toolSlugs: text('tool_slugs', { mode: 'json' }).$type<string[]>().notNull(),
    ownerGroupId: text('owner_group_id').references(() => groups.id),
    /** Statements on the entry that nobody has confirmed yet; shown as such on the page. */
    unverified: text('unverified', { mode: 'json' }).$type<string[]>().notNull(),
    createdByTokenId: text('created_by_token_id').references(() => apiTokens.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('hardware_pools_name_idx').on(t.name)],
);

/** A capacity report of a pool (owner token or signed webhook); every report is kept. */
export const hardwareCapacityReports = sqliteTable(
  'hardware_capacity_reports',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    poolId: integer('pool_id')
      .notNull()
      .references(() => hardwarePools.id, { onDelete: 'cascade' }),
    status: text('status', { enum: POOL_STATUSES }).notNull(),
    freeGpus: integer('free_gpus'),
    totalGpus: integer('total_gpus'),
    queueLength: integer('queue_length'),
    note: text('note'),
    /** When the reporter observed these numbers (the page's "updated at"). */
    observedAt: timestampMs('observed_at').notNull(),
    source: text('source', { enum: CAPACITY_SOURCES }).notNull(),
    /** Token or webhook source id, kept as a plain id like the lifecycle log. */
    reportedBy: text('reported_by'),
    createdAt: createdAt(),
  },
  (t) => [index('hardware_capacity_pool_idx').on(t.poolId, t.observedAt)],
);

export type HardwarePool = typeof hardwarePools.$inferSelect;
export type NewHardwarePool = typeof hardwarePools.$inferInsert;
export type CapacityReport = typeof hardwareCapacityReports.$inferSelect;
export type NewCapacityReport = typeof hardwareCapacityReports.$inferInsert;

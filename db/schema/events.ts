import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { EventOrigin } from '../../src/lib/events/vocabulary';
import { createdAt, timestampMs } from './columns';

/**
 * The append-only lifecycle log. Rows are never updated or deleted (triggers in migration
 * `lifecycle-append-only` refuse both). Model, version and dataset ids are copied in without
 * foreign keys on purpose: the log must outlive, and never block, changes to the catalog.
 */
export const events = sqliteTable(
  'events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** `job.succeeded`, `retrain.requested`, … */
    type: text('type').notNull(),
    schemaVersion: integer('schema_version').notNull(),
    origin: text('origin').$type<EventOrigin>().notNull(),
    /**
     * Unique handle made by the app, so later statements of the same batch can point at the row:
     * the webhook_deliveries id for inbound events, `evt_…` for the hub's own.
     */
    ref: text('ref').notNull(),
    sourceId: text('source_id'),
    /** The event that caused this one (a dataset publication that fired a retrain policy). */
    causeEventId: integer('cause_event_id'),
    modelId: integer('model_id'),
    modelVersionId: integer('model_version_id'),
    /** The model version number, kept beside the id so the log reads well on its own. */
    modelVersion: integer('model_version'),
    datasetId: integer('dataset_id'),
    datasetVersionId: integer('dataset_version_id'),
    jobId: text('job_id'),
    jobKind: text('job_kind'),
    retrainRequestId: text('retrain_request_id'),
    /** One human line for timelines and logs. */
    summary: text('summary').notNull(),
    gpuHours: real('gpu_hours'),
    data: text('data', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    /** When it happened, as the sender says (falls back to when it was recorded). */
    occurredAt: timestampMs('occurred_at').notNull(),
    recordedAt: createdAt(),
  },
  (t) => [
    uniqueIndex('events_ref_uq').on(t.ref),
    index('events_model_id_idx').on(t.modelId, t.id),
    index('events_model_version_type_idx').on(t.modelVersionId, t.type),
  ],
);

/** Extra models an event concerns: a dataset publication shows on every model linked to it. */
export const eventModelLinks = sqliteTable(
  'event_model_links',
  {
    eventId: integer('event_id').notNull(),
    modelId: integer('model_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.modelId, t.eventId] })],
);

export type LifecycleEvent = typeof events.$inferSelect;
export type NewLifecycleEvent = typeof events.$inferInsert;

import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { createdAt, timestampMs, updatedAt } from './columns';
import { models } from './models';

export const SUBSCRIPTION_STATUSES = ['active', 'disabled'] as const;
export const OUTBOUND_STATUSES = ['pending', 'sending', 'delivered', 'failed', 'cancelled'] as const;
export type OutboundStatus = (typeof OUTBOUND_STATUSES)[number];
export const ATTEMPT_OUTCOMES = ['delivered', 'retry', 'give_up', 'disabled', 'refused'] as const;
export type AttemptOutcome = (typeof ATTEMPT_OUTCOMES)[number];

/**
 * Where a model's outbound webhooks go (its retraining trigger, e.g. a GitLab pipeline
 * trigger). The signing secret is stored as a secret-box blob bound to the subscription id.
 * A 410 from the receiver disables it until someone sets the URL again.
 */
export const webhookSubscriptions = sqliteTable('webhook_subscriptions', {
  id: text('id').primaryKey(),
  modelId: integer('model_id')
    .notNull()
    .unique()
    .references(() => models.id, { onDelete: 'cascade' }),
  url: text('url').notNull(),
  /** Sent as `ref` in the body: the branch a GitLab pipeline trigger runs on. */
  ref: text('ref'),
  secretBox: text('secret_box').notNull(),
  status: text('status', { enum: SUBSCRIPTION_STATUSES }).notNull().default('active'),
  disabledReason: text('disabled_reason'),
  disabledAt: timestampMs('disabled_at'),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/** One outbound message; its id is the `webhook-id`, the same on every attempt. */
export const outboundDeliveries = sqliteTable(
  'outbound_deliveries',
  {
    id: text('id').primaryKey(),
    subscriptionId: text('subscription_id')
      .notNull()
      .references(() => webhookSubscriptions.id, { onDelete: 'cascade' }),
    modelId: integer('model_id').notNull(),
    retrainRequestId: text('retrain_request_id'),
    eventType: text('event_type').notNull(),
    /** The exact body sent on every attempt. */
    body: text('body').notNull(),
    status: text('status', { enum: OUTBOUND_STATUSES }).$type<OutboundStatus>().notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    /** Attempts made before the current round (a manual redelivery starts a fresh retry budget). */
    roundStart: integer('round_start').notNull().default(0),
    nextAttemptAt: timestampMs('next_attempt_at').notNull(),
    /** A claimed delivery belongs to its worker until then; afterwards another worker may retry it. */
    leaseUntil: timestampMs('lease_until'),
    lastStatusCode: integer('last_status_code'),
    lastError: text('last_error'),
    lastLatencyMs: integer('last_latency_ms'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    deliveredAt: timestampMs('delivered_at'),
  },
  (t) => [
    index('outbound_deliveries_due_idx').on(t.status, t.nextAttemptAt),
    index('outbound_deliveries_model_idx').on(t.modelId, t.createdAt),
  ],
);

/** Every attempt of an outbound delivery, for the delivery log. */
export const outboundAttempts = sqliteTable(
  'outbound_attempts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    deliveryId: text('delivery_id')
      .notNull()
      .references(() => outboundDeliveries.id, { onDelete: 'cascade' }),
    attempt: integer('attempt').notNull(),
    startedAt: timestampMs('started_at').notNull(),
    statusCode: integer('status_code'),
    latencyMs: integer('latency_ms'),
    error: text('error'),
    outcome: text('outcome', { enum: ATTEMPT_OUTCOMES }).$type<AttemptOutcome>().notNull(),
  },
  (t) => [index('outbound_attempts_delivery_idx').on(t.deliveryId, t.attempt)],
);

export type WebhookSubscription = typeof webhookSubscriptions.$inferSelect;
export type NewWebhookSubscription = typeof webhookSubscriptions.$inferInsert;
export type OutboundDelivery = typeof outboundDeliveries.$inferSelect;
export type NewOutboundDelivery = typeof outboundDeliveries.$inferInsert;
export type OutboundAttempt = typeof outboundAttempts.$inferSelect;

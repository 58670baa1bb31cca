import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { WebhookScheme } from '../../src/lib/webhooks';
import { createdAt } from './columns';
import { webhookSources } from './webhook-sources';

export const WEBHOOK_DELIVERY_STATUSES = ['accepted', 'rejected', 'ignored'] as const;
export type WebhookDeliveryStatus = (typeof WEBHOOK_DELIVERY_STATUSES)[number];

/**
 * Every inbound delivery that passed signature checks, for the delivery log: accepted, rejected
 * (4xx), or ignored (a native GitHub / GitLab event the hub does not record, answered 2xx; its
 * reason is kept in `error_message`). The sender's delivery id is the idempotency key, but only accepted rows hold
 * it: a payload fixed after a 422 may be sent again under the same id.
 */
export const webhookDeliveries = sqliteTable(
  'webhook_deliveries',
  {
    id: text('id').primaryKey(),
    sourceId: text('source_id')
      .notNull()
      .references(() => webhookSources.id),
    deliveryId: text('delivery_id').notNull(),
    scheme: text('scheme').$type<WebhookScheme>().notNull(),
    status: text('status', { enum: WEBHOOK_DELIVERY_STATUSES }).notNull(),
    /** `job.succeeded@1` as sent (absent when the body had no readable type). */
    eventType: text('event_type'),
    /** For rejected deliveries: the code and message that was answered; for ignored ones, why. */
    errorCode: text('error_code'),
    errorMessage: text('error_message'),
    /** Rejected payloads are kept (truncated) so the sender can see what arrived. */
    rejectedBody: text('rejected_body'),
    bodyBytes: integer('body_bytes').notNull(),
    /**
     * GitHub deliveries: the verified signature (hex HMAC of the body). GitHub's delivery id is
     * not signed, so an accepted signature seen again under another id is a replay.
     */
    signature: text('signature'),
    receivedAt: createdAt(),
  },
  (t) => [
    uniqueIndex('webhook_deliveries_idempotency_uq')
      .on(t.sourceId, t.deliveryId)
      .where(sql`status = 'accepted'`),
    uniqueIndex('webhook_deliveries_signature_uq')
      .on(t.sourceId, t.signature)
      .where(sql`status = 'accepted' AND signature IS NOT NULL`),
    index('webhook_deliveries_source_received_idx').on(t.sourceId, t.receivedAt),
  ],
);

export type WebhookDelivery = typeof webhookDeliveries.$inferSelect;
export type NewWebhookDelivery = typeof webhookDeliveries.$inferInsert;

import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../client';
import { events, webhookDeliveries, type NewWebhookDelivery } from '../schema';
import { insertRowsFromJson, type BatchStatement } from './batch-helpers';

/** Log rows of a batch of deliveries, in one statement. */
export function insertWebhookDeliveriesStatement(db: Db, rows: NewWebhookDelivery[]): BatchStatement {
  return insertRowsFromJson(db, webhookDeliveries, rows);
}

/**
 * Which of these delivery ids a source already had accepted, with the event each produced:
 * the idempotency check before a write (the UNIQUE index is the backstop).
 */
export async function findAcceptedDeliveries(
  db: Db,
  sourceId: string,
  deliveryIds: readonly string[],
): Promise<Map<string, number | null>> {
  if (deliveryIds.length === 0) return new Map();
  const rows = await db
    .select({ deliveryId: webhookDeliveries.deliveryId, eventId: events.id })
    .from(webhookDeliveries)
    .leftJoin(events, eq(events.ref, webhookDeliveries.id))
    .where(
      and(
        eq(webhookDeliveries.sourceId, sourceId),
        eq(webhookDeliveries.status, 'accepted'),
        inArray(webhookDeliveries.deliveryId, [...new Set(deliveryIds)]),
      ),
    );
  return new Map(rows.map((r) => [r.deliveryId, r.eventId]));
}

export async function countAcceptedDeliveries(db: Db, sourceId: string): Promise<number> {
  return db.$count(
    webhookDeliveries,
    and(eq(webhookDeliveries.sourceId, sourceId), eq(webhookDeliveries.status, 'accepted')),
  );
}

/** The accepted delivery of a source that carried this (GitHub) signature, if any. */
export async function findAcceptedBySignature(
  db: Db,
  sourceId: string,
  signature: string,
): Promise<{ deliveryId: string } | undefined> {
  const [row] = await db
    .select({ deliveryId: webhookDeliveries.deliveryId })
    .from(webhookDeliveries)
    .where(
      and(
        eq(webhookDeliveries.sourceId, sourceId),
        eq(webhookDeliveries.status, 'accepted'),
        eq(webhookDeliveries.signature, signature),
      ),
    )
    .limit(1);
  return row;
}

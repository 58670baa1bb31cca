import { and, desc, eq, inArray, isNotNull, lt, lte, or, sql } from 'drizzle-orm';
import type { Db } from '../client';
import {
  outboundAttempts,
  outboundDeliveries,
  webhookSubscriptions,
  type AttemptOutcome,
  type NewOutboundDelivery,
  type NewWebhookSubscription,
  type OutboundAttempt,
  type OutboundDelivery,
  type OutboundStatus,
  type WebhookSubscription,
} from '../schema';
import { insertWhere, type BatchStatement } from './batch-helpers';
import type { SQL } from 'drizzle-orm';

export async function getSubscriptionForModel(db: Db, modelId: number): Promise<WebhookSubscription | undefined> {
  const [row] = await db.select().from(webhookSubscriptions).where(eq(webhookSubscriptions.modelId, modelId));
  return row;
}

export async function getSubscription(db: Db, id: string): Promise<WebhookSubscription | undefined> {
  const [row] = await db.select().from(webhookSubscriptions).where(eq(webhookSubscriptions.id, id));
  return row;
}

/** Creates or replaces a model's trigger; setting it again re-enables a disabled one. */
export async function upsertSubscription(
  db: Db,
  values: NewWebhookSubscription & { id: string },
): Promise<WebhookSubscription> {
  const now = new Date();
  const [row] = await db
    .insert(webhookSubscriptions)
    .values({ ...values, createdAt: now, updatedAt: now })
    .onConflictDoUpdate({
      target: webhookSubscriptions.modelId,
      set: {
        url: values.url,
        ref: values.ref ?? null,
        secretBox: values.secretBox,
        status: 'active',
        disabledReason: null,
        disabledAt: null,
        updatedAt: now,
      },
    })
    .returning();
  return row!;
}

export async function updateSubscription(
  db: Db,
  id: string,
  changes: Partial<
    Pick<NewWebhookSubscription, 'url' | 'ref' | 'secretBox' | 'status' | 'disabledReason' | 'disabledAt'>
  >,
): Promise<WebhookSubscription | undefined> {
  const [row] = await db
    .update(webhookSubscriptions)
    .set({ ...changes, updatedAt: new Date() })
    .where(eq(webhookSubscriptions.id, id))
    .returning();
  return row;
}

export async function deleteSubscription(db: Db, modelId: number): Promise<boolean> {
  const rows = await db
    .delete(webhookSubscriptions)
    .where(eq(webhookSubscriptions.modelId, modelId))
    .returning({ id: webhookSubscriptions.id });
  return rows.length > 0;
}

export function disableSubscriptionStatement(db: Db, id: string, reason: string, now: Date): BatchStatement {
  return db
    .update(webhookSubscriptions)
    .set({ status: 'disabled', disabledReason: reason, disabledAt: now, updatedAt: now })
    .where(eq(webhookSubscriptions.id, id));
}

/** Queues a delivery only if `condition` holds when the batch runs (e.g. its retrain request was opened). */
export function enqueueDeliveryWhere(db: Db, values: NewOutboundDelivery, condition: SQL): BatchStatement {
  return insertWhere(db, outboundDeliveries, values, condition);
}

const due = (now: Date) =>
  or(
    and(eq(outboundDeliveries.status, 'pending'), lte(outboundDeliveries.nextAttemptAt, now)),
    and(
      eq(outboundDeliveries.status, 'sending'),
      isNotNull(outboundDeliveries.leaseUntil),
      lt(outboundDeliveries.leaseUntil, now),
    ),
  )!;

/**
 * Claims up to `limit` due deliveries for one worker: pending ones whose time has come, and
 * sending ones whose worker's lease ran out (it crashed). A single UPDATE … RETURNING, so two
 * workers never claim the same attempt; the attempt counter goes up with the claim.
 */
export async function claimDueDeliveries(
  db: Db,
  now: Date,
  leaseMs: number,
  limit: number,
): Promise<OutboundDelivery[]> {
  const candidates = db
    .select({ id: outboundDeliveries.id })
    .from(outboundDeliveries)
    .where(due(now))
    .orderBy(outboundDeliveries.nextAttemptAt)
    .limit(limit);
  return db
    .update(outboundDeliveries)
    .set({
      status: 'sending',
      attempts: sql`${outboundDeliveries.attempts} + 1`,
      leaseUntil: new Date(now.getTime() + leaseMs),
      updatedAt: now,
    })
    .where(and(inArray(outboundDeliveries.id, candidates), due(now)))
    .returning();
}

export interface AttemptRecord {
  delivery: OutboundDelivery;
  startedAt: Date;
  statusCode: number | null;
  latencyMs: number | null;
  error: string | null;
  outcome: AttemptOutcome;
  status: OutboundStatus;
  nextAttemptAt?: Date;
  now: Date;
}

/**
 * The attempt's log row and the delivery's new state. Guarded by the attempt number, so a
 * worker whose lease expired (and whose attempt another worker redid) changes nothing.
 */
export function recordAttemptStatements(db: Db, r: AttemptRecord): BatchStatement[] {
  const guard = and(
    eq(outboundDeliveries.id, r.delivery.id),
    eq(outboundDeliveries.status, 'sending'),
    eq(outboundDeliveries.attempts, r.delivery.attempts),
  );
  return [
    db.insert(outboundAttempts).values({
      deliveryId: r.delivery.id,
      attempt: r.delivery.attempts,
      startedAt: r.startedAt,
      statusCode: r.statusCode,
      latencyMs: r.latencyMs,
      error: r.error,
      outcome: r.outcome,
    }),
    db
      .update(outboundDeliveries)
      .set({
        status: r.status,
        leaseUntil: null,
        lastStatusCode: r.statusCode,
        lastError: r.error,
        lastLatencyMs: r.latencyMs,
        updatedAt: r.now,
        ...(r.nextAttemptAt ? { nextAttemptAt: r.nextAttemptAt } : {}),
        ...(r.status === 'delivered' ? { deliveredAt: r.now } : {}),
      })
      .where(guard),
  ];
}

/** Gives up on a claimed delivery without sending it (its trigger was disabled meanwhile). */
export function cancelDeliveryStatement(db: Db, delivery: OutboundDelivery, reason: string, now: Date): BatchStatement {
  return db
    .update(outboundDeliveries)
    .set({ status: 'cancelled', leaseUntil: null, lastError: reason, updatedAt: now })
    .where(and(eq(outboundDeliveries.id, delivery.id), eq(outboundDeliveries.status, 'sending')));
}

/** Sends a finished delivery again (same webhook-id) with a fresh retry budget; false while one is in flight. */
export async function requeueDelivery(
  db: Db,
  modelId: number,
  id: string,
  now: Date,
): Promise<OutboundDelivery | undefined> {
  const [row] = await db
    .update(outboundDeliveries)
    .set({
      status: 'pending',
      nextAttemptAt: now,
      roundStart: sql`${outboundDeliveries.attempts}`,
      leaseUntil: null,
      updatedAt: now,
    })
    .where(
      and(
        eq(outboundDeliveries.id, id),
        eq(outboundDeliveries.modelId, modelId),
        inArray(outboundDeliveries.status, ['delivered', 'failed', 'cancelled']),
      ),
    )
    .returning();
  return row;
}

export async function getOutboundDelivery(db: Db, modelId: number, id: string): Promise<OutboundDelivery | undefined> {
  const [row] = await db
    .select()
    .from(outboundDeliveries)
    .where(and(eq(outboundDeliveries.id, id), eq(outboundDeliveries.modelId, modelId)));
  return row;
}

export async function listOutboundDeliveries(
  db: Db,
  modelId: number,
  options: { limit: number; status?: OutboundStatus; before?: [number, string] },
): Promise<{ items: OutboundDelivery[]; next: [number, string] | null }> {
  const rows = await db
    .select()
    .from(outboundDeliveries)
    .where(
      and(
        eq(outboundDeliveries.modelId, modelId),
        options.status ? eq(outboundDeliveries.status, options.status) : undefined,
        options.before
          ? or(
              lt(outboundDeliveries.createdAt, new Date(options.before[0])),
              and(
                eq(outboundDeliveries.createdAt, new Date(options.before[0])),
                lt(outboundDeliveries.id, options.before[1]),
              ),
            )
          : undefined,
      ),
    )
    .orderBy(desc(outboundDeliveries.createdAt), desc(outboundDeliveries.id))
    .limit(options.limit + 1);
  const items = rows.slice(0, options.limit);
  const last = items[items.length - 1];
  return { items, next: rows.length > options.limit && last ? [last.createdAt.getTime(), last.id] : null };
}

export async function attemptsOf(db: Db, deliveryIds: readonly string[]): Promise<Map<string, OutboundAttempt[]>> {
  const map = new Map<string, OutboundAttempt[]>();
  if (deliveryIds.length === 0) return map;
  const rows = await db
    .select()
    .from(outboundAttempts)
    .where(inArray(outboundAttempts.deliveryId, [...deliveryIds]))
    .orderBy(outboundAttempts.deliveryId, outboundAttempts.attempt);
  for (const row of rows) map.set(row.deliveryId, [...(map.get(row.deliveryId) ?? []), row]);
  return map;
}

/** When the next delivery falls due (the worker sleeps until then), or null when none is waiting. */
export async function nextDueAt(db: Db): Promise<Date | null> {
  const [row] = await db
    .select({
      at: sql<
        number | null
      >`min(case when ${outboundDeliveries.status} = 'pending' then ${outboundDeliveries.nextAttemptAt} else ${outboundDeliveries.leaseUntil} end)`,
    })
    .from(outboundDeliveries)
    .where(inArray(outboundDeliveries.status, ['pending', 'sending']));
  return row?.at == null ? null : new Date(row.at);
}

import { and, desc, eq, lt, or, type SQL } from 'drizzle-orm';
import type { Db } from '../client';
import {
  webhookDeliveries,
  webhookSources,
  type NewWebhookSource,
  type WebhookDelivery,
  type WebhookSource,
} from '../schema';

export async function insertWebhookSource(db: Db, values: NewWebhookSource): Promise<WebhookSource> {
  const [row] = await db.insert(webhookSources).values(values).returning();
  return row!;
}

export async function getWebhookSource(db: Db, id: string): Promise<WebhookSource | undefined> {
  const [row] = await db.select().from(webhookSources).where(eq(webhookSources.id, id));
  return row;
}

export async function listWebhookSources(db: Db, filters: { groupId?: string } = {}): Promise<WebhookSource[]> {
  return db
    .select()
    .from(webhookSources)
    .where(filters.groupId ? eq(webhookSources.groupId, filters.groupId) : undefined)
    .orderBy(desc(webhookSources.createdAt), desc(webhookSources.id));
}

export async function updateWebhookSource(
  db: Db,
  id: string,
  changes: Partial<
    Pick<NewWebhookSource, 'name' | 'schemes' | 'mappings' | 'allowProtectedAliases' | 'status' | 'disabledAt'>
  >,
): Promise<WebhookSource | undefined> {
  const [row] = await db.update(webhookSources).set(changes).where(eq(webhookSources.id, id)).returning();
  return row;
}

/**
 * Replaces the secret; the one it replaces keeps verifying until `previousExpiresAt`. The
 * expected current blob guards against two rotations racing (the loser changes nothing).
 */
export async function rotateWebhookSourceSecret(
  db: Db,
  id: string,
  input: { expectedSecretBox: string; secretBox: string; previousExpiresAt: Date; now: Date },
): Promise<WebhookSource | undefined> {
  const [row] = await db
    .update(webhookSources)
    .set({
      secretBox: input.secretBox,
      previousSecretBox: input.expectedSecretBox,
      previousSecretExpiresAt: input.previousExpiresAt,
      rotatedAt: input.now,
    })
    .where(and(eq(webhookSources.id, id), eq(webhookSources.secretBox, input.expectedSecretBox)))
    .returning();
  return row;
}

/** A source's delivery log, newest first, keyset-paginated on (received_at, id). */
export async function listWebhookDeliveries(
  db: Db,
  sourceId: string,
  options: { limit: number; status?: WebhookDelivery['status']; before?: [number, string] },
): Promise<{ items: WebhookDelivery[]; next: [number, string] | null }> {
  const conditions: SQL[] = [eq(webhookDeliveries.sourceId, sourceId)];
  if (options.status) conditions.push(eq(webhookDeliveries.status, options.status));
  if (options.before) {
    const [at, id] = options.before;
    const when = new Date(at);
    conditions.push(
      or(
        lt(webhookDeliveries.receivedAt, when),
        and(eq(webhookDeliveries.receivedAt, when), lt(webhookDeliveries.id, id)),
      )!,
    );
  }
  const rows = await db
    .select()
    .from(webhookDeliveries)
    .where(and(...conditions))
    .orderBy(desc(webhookDeliveries.receivedAt), desc(webhookDeliveries.id))
    .limit(options.limit + 1);
  const items = rows.slice(0, options.limit);
  const last = items[items.length - 1];
  return { items, next: rows.length > options.limit && last ? [last.receivedAt.getTime(), last.id] : null };
}

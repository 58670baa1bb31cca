import { and, desc, eq, inArray, lt, or, sql } from 'drizzle-orm';
import type { RetrainPolicyKind, RetrainRequestStatus } from '../../src/lib/retrain/types';
import type { Db } from '../client';
import {
  retrainPolicies,
  retrainRequests,
  type NewRetrainPolicy,
  type NewRetrainRequest,
  type RetrainPolicy,
  type RetrainRequest,
} from '../schema';
import { insertWhere, type BatchStatement } from './batch-helpers';

export async function listRetrainPolicies(db: Db, modelId: number): Promise<RetrainPolicy[]> {
  return db
    .select()
    .from(retrainPolicies)
    .where(eq(retrainPolicies.modelId, modelId))
    .orderBy(retrainPolicies.createdAt, retrainPolicies.id);
}

/** Enabled policies of a kind, across models (for the worker and for inbound events). */
export async function listEnabledPolicies(
  db: Db,
  kind: RetrainPolicyKind,
  modelIds?: readonly number[],
): Promise<RetrainPolicy[]> {
  if (modelIds && modelIds.length === 0) return [];
  return db
    .select()
    .from(retrainPolicies)
    .where(
      and(
        eq(retrainPolicies.kind, kind),
        eq(retrainPolicies.enabled, true),
        modelIds ? inArray(retrainPolicies.modelId, [...modelIds]) : undefined,
      ),
    );
}

export async function getRetrainPolicy(db: Db, modelId: number, id: string): Promise<RetrainPolicy | undefined> {
  const [row] = await db
    .select()
    .from(retrainPolicies)
    .where(and(eq(retrainPolicies.id, id), eq(retrainPolicies.modelId, modelId)));
  return row;
}

export async function insertRetrainPolicy(db: Db, values: NewRetrainPolicy): Promise<RetrainPolicy> {
  const [row] = await db.insert(retrainPolicies).values(values).returning();
  return row!;
}

export async function updateRetrainPolicy(
  db: Db,
  modelId: number,
  id: string,
  changes: Partial<Pick<NewRetrainPolicy, 'config' | 'description' | 'enabled'>>,
): Promise<RetrainPolicy | undefined> {
  const [row] = await db
    .update(retrainPolicies)
    .set({ ...changes, updatedAt: new Date() })
    .where(and(eq(retrainPolicies.id, id), eq(retrainPolicies.modelId, modelId)))
    .returning();
  return row;
}

export async function deleteRetrainPolicy(db: Db, modelId: number, id: string): Promise<boolean> {
  const rows = await db
    .delete(retrainPolicies)
    .where(and(eq(retrainPolicies.id, id), eq(retrainPolicies.modelId, modelId)))
    .returning({ id: retrainPolicies.id });
  return rows.length > 0;
}

/** SQL that is true once the request with this id exists (its guarded insert went through). */
export const requestExists = (id: string) =>
  sql`exists (select 1 from ${retrainRequests} where ${retrainRequests.id} = ${id})`;

/**
 * Opens a request unless one with the same dedup key exists (then nothing happens, and every
 * statement guarded by `requestExists(id)` in the same batch is skipped too).
 */
export function openRetrainRequestStatements(db: Db, values: NewRetrainRequest & { id: string }): BatchStatement[] {
  const statements: BatchStatement[] = [db.insert(retrainRequests).values(values).onConflictDoNothing()];
  if (values.policyId) {
    statements.push(
      db
        .update(retrainPolicies)
        .set({ lastFiredAt: values.openedAt ?? new Date() })
        .where(and(eq(retrainPolicies.id, values.policyId), requestExists(values.id))),
    );
  }
  return statements;
}

export async function retrainRequestExistsForKey(db: Db, dedupKey: string): Promise<boolean> {
  const [row] = await db
    .select({ id: retrainRequests.id })
    .from(retrainRequests)
    .where(eq(retrainRequests.dedupKey, dedupKey));
  return !!row;
}

export async function getRetrainRequest(db: Db, id: string): Promise<RetrainRequest | undefined> {
  const [row] = await db.select().from(retrainRequests).where(eq(retrainRequests.id, id));
  return row;
}

export async function listRetrainRequests(
  db: Db,
  modelId: number,
  options: { status?: RetrainRequestStatus; limit: number; before?: [number, string] },
): Promise<{ items: RetrainRequest[]; next: [number, string] | null }> {
  const rows = await db
    .select()
    .from(retrainRequests)
    .where(
      and(
        eq(retrainRequests.modelId, modelId),
        options.status ? eq(retrainRequests.status, options.status) : undefined,
        options.before
          ? or(
              lt(retrainRequests.openedAt, new Date(options.before[0])),
              and(eq(retrainRequests.openedAt, new Date(options.before[0])), lt(retrainRequests.id, options.before[1])),
            )
          : undefined,
      ),
    )
    .orderBy(desc(retrainRequests.openedAt), desc(retrainRequests.id))
    .limit(options.limit + 1);
  const items = rows.slice(0, options.limit);
  const last = items[items.length - 1];
  return { items, next: rows.length > options.limit && last ? [last.openedAt.getTime(), last.id] : null };
}

/** Marks an open request triggered (CI acknowledged the webhook); later states are kept. */
export function markRequestTriggeredStatement(db: Db, id: string, now: Date): BatchStatement {
  return db
    .update(retrainRequests)
    .set({ status: 'triggered', triggeredAt: now })
    .where(and(eq(retrainRequests.id, id), eq(retrainRequests.status, 'open')));
}

/** Fails a request that is still open or triggered (the trigger could not be delivered, or the job failed). */
export function markRequestFailedStatement(db: Db, id: string, reason: string, now: Date): BatchStatement {
  return db
    .update(retrainRequests)
    .set({ status: 'failed', statusReason: reason, closedAt: now })
    .where(and(eq(retrainRequests.id, id), inArray(retrainRequests.status, ['open', 'triggered'])));
}

/**
 * Closes a request with the version that answers it. `versionId` / `version` may be SQL
 * (the version registered earlier in the same batch). A failed request may still be closed:
 * CI may have retried the job by hand.
 */
export function closeRequestStatement(
  db: Db,
  id: string,
  result: {
    versionId: number | ReturnType<typeof sql> | null;
    version: number | ReturnType<typeof sql> | null;
    reason: string;
  },
  now: Date,
): BatchStatement {
  return db
    .update(retrainRequests)
    .set({
      status: 'closed',
      statusReason: result.reason,
      closedAt: now,
      resultModelVersionId: result.versionId,
      resultVersion: result.version,
    })
    .where(and(eq(retrainRequests.id, id), inArray(retrainRequests.status, ['open', 'triggered', 'failed'])));
}

/** A hub event written only when the request reached `status` at exactly `now` in this batch. */
export function requestReached(
  id: string,
  status: RetrainRequestStatus,
  column: 'triggered_at' | 'closed_at',
  now: Date,
) {
  return sql`exists (select 1 from ${retrainRequests} where ${retrainRequests.id} = ${id} and ${retrainRequests.status} = ${status} and ${sql.raw(column)} = ${now.getTime()})`;
}

export { insertWhere };

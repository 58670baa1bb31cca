import type { Db } from '../../db/client';
import { isUniqueViolation } from '../../db/errors';
import { runBatch, type BatchStatement } from '../../db/queries/batch-helpers';
import { insertEventStatement, insertPlainEventsStatement } from '../../db/queries/events';
import { findAcceptedDeliveries, insertWebhookDeliveriesStatement } from '../../db/queries/webhook-deliveries';
import type { NewLifecycleEvent, NewWebhookDelivery } from '../../db/schema';
import type { CommitOutcome } from './group-commit';

/** A verified, valid delivery: its log row, its event, and what the event changes. */
export interface AcceptedIngest {
  kind: 'accepted';
  delivery: NewWebhookDelivery & { id: string; sourceId: string; deliveryId: string };
  /** Catalog writes the event records (a registered version), run before the event row. */
  before: BatchStatement[];
  event: NewLifecycleEvent;
  /** Writes that follow from the event (a retrain request it fired), after the event row. */
  after: BatchStatement[];
}

/** A verified delivery we refused (422): only its log row is written. */
export interface RejectedIngest {
  kind: 'rejected';
  delivery: NewWebhookDelivery & { id: string };
}

export type IngestItem = AcceptedIngest | RejectedIngest;

export type IngestResult =
  | { kind: 'accepted'; duplicate: boolean; eventId: number | null; deliveryRef: string }
  | { kind: 'rejected'; deliveryRef: string };

/** Runs a batch in one transaction and returns each statement's rows (the Node host runs it on a writer thread). */
export type BatchExecutor = (statements: BatchStatement[]) => Promise<unknown[]>;

type Outcomes = (CommitOutcome<IngestResult> | undefined)[];

const keyOf = (d: { sourceId: string; deliveryId: string }) => `${d.sourceId}\n${d.deliveryId}`;

const duplicate = (item: IngestItem, eventId: number | null): CommitOutcome<IngestResult> => ({
  ok: true,
  value: { kind: 'accepted', duplicate: true, eventId, deliveryRef: item.delivery.id },
});

/**
 * Writes a batch of deliveries in one transaction (one fsync). Idempotency rests on the
 * UNIQUE (source, delivery id) index of accepted deliveries: the batch is written
 * optimistically, since repeats are rare; when the index refuses it, the ids already stored
 * are looked up, answered as duplicates, and the rest is written again (item by item if it
 * still fails), so one conflict never fails its neighbours and nothing is stored twice.
 * Repeats inside one batch are written once; the others share its answer.
 */
export async function commitIngest(
  db: Db,
  items: IngestItem[],
  execute: BatchExecutor = (statements) => runBatch(db, statements),
): Promise<CommitOutcome<IngestResult>[]> {
  const outcomes: Outcomes = new Array(items.length);
  const primaries = new Map<string, number>();
  const followers: [index: number, primary: number][] = [];
  const toWrite: number[] = [];
  items.forEach((item, index) => {
    if (item.kind === 'rejected') {
      toWrite.push(index);
      return;
    }
    const key = keyOf(item.delivery);
    const primary = primaries.get(key);
    if (primary === undefined) {
      primaries.set(key, index);
      toWrite.push(index);
    } else followers.push([index, primary]);
  });

  await writeResolvingConflicts(db, execute, items, toWrite, outcomes);

  for (const [index, primary] of followers) {
    const first = outcomes[primary]!;
    outcomes[index] =
      first.ok && first.value.kind === 'accepted' ? duplicate(items[index]!, first.value.eventId) : first;
  }
  return outcomes.map((o) => o ?? { ok: false, error: new Error('delivery was not written') });
}

async function writeResolvingConflicts(
  db: Db,
  execute: BatchExecutor,
  items: IngestItem[],
  indices: number[],
  outcomes: Outcomes,
): Promise<void> {
  if (indices.length === 0) return;
  let error: unknown;
  try {
    await writeGroup(db, execute, items, indices, outcomes);
    return;
  } catch (caught) {
    error = caught;
  }
  if (isUniqueViolation(error)) {
    const stored = await storedDeliveries(
      db,
      indices.map((i) => items[i]!),
    );
    const remaining = indices.filter((i) => {
      const item = items[i]!;
      if (item.kind !== 'accepted' || !stored.has(keyOf(item.delivery))) return true;
      outcomes[i] = duplicate(item, stored.get(keyOf(item.delivery)) ?? null);
      return false;
    });
    if (remaining.length < indices.length) return writeResolvingConflicts(db, execute, items, remaining, outcomes);
  }
  if (indices.length === 1) {
    outcomes[indices[0]!] = { ok: false, error };
    return;
  }
  // Something else in the batch cannot be written (e.g. a catalog constraint): find which.
  for (const index of indices) await writeResolvingConflicts(db, execute, items, [index], outcomes);
}

/** Accepted deliveries already stored among these, with their event ids. */
async function storedDeliveries(db: Db, items: IngestItem[]): Promise<Map<string, number | null>> {
  const bySource = new Map<string, string[]>();
  for (const item of items) {
    if (item.kind !== 'accepted') continue;
    bySource.set(item.delivery.sourceId, [...(bySource.get(item.delivery.sourceId) ?? []), item.delivery.deliveryId]);
  }
  const stored = new Map<string, number | null>();
  for (const [sourceId, ids] of bySource) {
    for (const [deliveryId, eventId] of await findAcceptedDeliveries(db, sourceId, ids))
      stored.set(`${sourceId}\n${deliveryId}`, eventId);
  }
  return stored;
}

/** One transaction for these items; throws when it cannot be committed. */
async function writeGroup(
  db: Db,
  execute: BatchExecutor,
  items: IngestItem[],
  indices: number[],
  outcomes: Outcomes,
): Promise<void> {
  // Plain events (no catalog writes around them) go in as one multi-row INSERT per table:
  // per-statement overhead, not row count, is what a commit costs here. Delivery rows come
  // first, so a repeated delivery id stops the transaction before anything else is written.
  const plain = indices.filter((i) => {
    const item = items[i]!;
    return item.kind === 'accepted' && item.before.length === 0 && item.after.length === 0;
  });
  const statements: BatchStatement[] = [
    insertWebhookDeliveriesStatement(
      db,
      indices.map((i) => items[i]!.delivery),
    ),
  ];
  const plainEventsAt = plain.length > 0 ? statements.length : -1;
  if (plain.length > 0)
    statements.push(
      insertPlainEventsStatement(
        db,
        plain.map((i) => (items[i] as AcceptedIngest).event),
      ),
    );
  const eventAt: number[] = [];
  for (const index of indices) {
    const item = items[index]!;
    if (item.kind !== 'accepted' || plain.includes(index)) continue;
    statements.push(...item.before);
    eventAt.push(statements.length);
    statements.push(insertEventStatement(db, item.event), ...item.after);
  }
  const results = await execute(statements);
  const ids = new Map<string, number>();
  for (const at of [plainEventsAt, ...eventAt]) {
    if (at < 0) continue;
    for (const row of (results[at] ?? []) as { id: number; ref: string }[]) ids.set(row.ref, row.id);
  }
  for (const index of indices) {
    const item = items[index]!;
    outcomes[index] =
      item.kind === 'rejected'
        ? { ok: true, value: { kind: 'rejected', deliveryRef: item.delivery.id } }
        : {
            ok: true,
            value: {
              kind: 'accepted',
              duplicate: false,
              eventId: ids.get(item.event.ref) ?? null,
              deliveryRef: item.delivery.id,
            },
          };
  }
}

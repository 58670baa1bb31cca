import { and, asc, desc, eq, gt, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../client';
import { eventModelLinks, events, type LifecycleEvent, type NewLifecycleEvent } from '../schema';
import { insertRowsFromJson, insertWhere, type BatchStatement } from './batch-helpers';

/** The id of the event with this ref, as SQL, for later statements of the same batch. */
export const eventIdByRef = (ref: string): SQL =>
  sql`(select ${events.id} from ${events} where ${events.ref} = ${ref})`;

export function insertEventStatement(db: Db, values: NewLifecycleEvent): BatchStatement {
  return db.insert(events).values(values).returning({ id: events.id, ref: events.ref });
}

/** Several plain events (no SQL values) in one statement; returns each row's id and ref. */
export function insertPlainEventsStatement(db: Db, rows: NewLifecycleEvent[]): BatchStatement {
  return insertRowsFromJson(db, events, rows).returning({ id: events.id, ref: events.ref });
}

/** Appends the event only if `condition` holds when the statement runs (see insertWhere). */
export function insertEventWhere(db: Db, values: NewLifecycleEvent, condition: SQL): BatchStatement {
  return insertWhere(db, events, values, condition);
}

/** Shows the event `ref` on the timelines of these models too. */
export function linkEventStatements(db: Db, ref: string, modelIds: readonly number[]): BatchStatement[] {
  return [...new Set(modelIds)].map((modelId) =>
    db.run(
      sql`insert or ignore into ${eventModelLinks} (event_id, model_id) select ${events.id}, ${modelId} from ${events} where ${events.ref} = ${ref}`,
    ),
  );
}

export async function appendEvents(db: Db, rows: NewLifecycleEvent[]): Promise<void> {
  if (rows.length > 0) await db.insert(events).values(rows);
}

export interface ModelEventQuery {
  types?: readonly string[];
  modelVersion?: number;
  limit: number;
  /** Newest first, older than this id (cursor pages). */
  before?: number;
  /** Oldest first, newer than this id (live polling). */
  after?: number;
}

function modelEventConditions(modelId: number, query: Omit<ModelEventQuery, 'limit'>): SQL[] {
  const conditions: SQL[] = [
    or(
      eq(events.modelId, modelId),
      inArray(
        events.id,
        sql`(select ${eventModelLinks.eventId} from ${eventModelLinks} where ${eventModelLinks.modelId} = ${modelId})`,
      ),
    )!,
  ];
  if (query.types?.length) conditions.push(inArray(events.type, [...query.types]));
  if (query.modelVersion !== undefined) conditions.push(eq(events.modelVersion, query.modelVersion));
  if (query.before !== undefined) conditions.push(lt(events.id, query.before));
  if (query.after !== undefined) conditions.push(gt(events.id, query.after));
  return conditions;
}

/** A model's timeline: its own events and those linked to it (dataset publications). */
export async function listModelEvents(
  db: Db,
  modelId: number,
  query: ModelEventQuery,
): Promise<{ items: LifecycleEvent[]; hasMore: boolean }> {
  const ascending = query.after !== undefined;
  const rows = await db
    .select()
    .from(events)
    .where(and(...modelEventConditions(modelId, query)))
    .orderBy(ascending ? asc(events.id) : desc(events.id))
    .limit(query.limit + 1);
  return { items: rows.slice(0, query.limit), hasMore: rows.length > query.limit };
}

export async function countModelEvents(
  db: Db,
  modelId: number,
  query: Omit<ModelEventQuery, 'limit' | 'before' | 'after'>,
): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)` })
    .from(events)
    .where(and(...modelEventConditions(modelId, query)));
  return row?.n ?? 0;
}

/** Events about one model version of a given type (e.g. every benchmark.completed of v3). */
export async function listVersionEvents(db: Db, modelVersionId: number, type?: string): Promise<LifecycleEvent[]> {
  return db
    .select()
    .from(events)
    .where(and(eq(events.modelVersionId, modelVersionId), type ? eq(events.type, type) : undefined))
    .orderBy(asc(events.id));
}

export async function getEventByRef(db: Db, ref: string): Promise<LifecycleEvent | undefined> {
  const [row] = await db.select().from(events).where(eq(events.ref, ref));
  return row;
}

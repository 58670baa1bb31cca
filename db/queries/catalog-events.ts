import { sql, type SQL } from 'drizzle-orm';
import { summarizeCatalogEvent, type CatalogEventData } from '../../src/lib/events/catalog-events';
import type { CatalogEventType } from '../../src/lib/events/vocabulary';
import { randomId } from '../../src/lib/tokens';
import type { Db } from '../client';
import { apiTokens, type NewLifecycleEvent } from '../schema';
import type { BatchStatement } from './batch-helpers';
import { insertEventWhere } from './events';

/** Opt-in for a catalog write: also log it as a hub event, in the same batch. */
export interface RecordEventOption {
  /**
   * True for writes made through the REST API. Webhook plans leave it out: their inbound event
   * (a `model.alias.set`, a `job.succeeded` that registered a version) already records the change.
   */
  recordEvent?: boolean;
}

export interface CatalogEventInput<T extends CatalogEventType> {
  type: T;
  modelId: number;
  /** SQL when the row is written by an earlier statement of the same batch. */
  modelVersionId: number | SQL;
  modelVersion: number | SQL;
  data: CatalogEventData[T];
  /** Fields of `data` that only the database knows when the statement runs (dotted path → value). */
  computed?: Record<string, SQL>;
  /** The API token that made the change; its name is added as `data.actor.name`. */
  actorTokenId: string | null;
  occurredAt: Date;
  /** Append the event only if this holds when the statement runs, i.e. only if the change happens. */
  when?: SQL;
}

/** The columns of an event the hub records itself, besides its data. */
export type HubEventRow = Pick<NewLifecycleEvent, 'type' | 'modelId' | 'summary' | 'occurredAt'> & {
  datasetId?: number | null;
  datasetVersionId?: number | null;
  modelVersionId?: number | SQL | null;
  modelVersion?: number | SQL | null;
  jobId?: string | null;
  gpuHours?: number | null;
};

/**
 * The statement that appends an event the hub records itself (origin `hub`): `data` gets the
 * actor (`actor.name` filled in by the database) and the computed fields.
 */
export function hubEventStatement(
  db: Db,
  event: HubEventRow,
  input: {
    data: object;
    computed?: Record<string, SQL> | undefined;
    actorTokenId: string | null;
    when?: SQL | undefined;
  },
): BatchStatement {
  const computed: Record<string, SQL> = {
    'actor.name': sql`(select ${apiTokens.name} from ${apiTokens} where ${apiTokens.id} = ${input.actorTokenId})`,
    ...input.computed,
  };
  const base = { ...input.data, actor: { tokenId: input.actorTokenId } };
  const data = sql`json_set(${JSON.stringify(base)}, ${sql.join(
    Object.entries(computed).map(([path, value]) => sql`${`$.${path}`}, ${value}`),
    sql`, `,
  )})`;
  // insertWhere passes SQL values through as they are; the row type only knows plain values.
  const row = {
    ...event,
    ref: randomId('evt_'),
    schemaVersion: 1,
    origin: 'hub',
    data,
  } as unknown as NewLifecycleEvent;
  return insertEventWhere(db, row, input.when ?? sql`1`);
}

/** The statement that appends a catalog event (origin `hub`) about one model and version. */
export function catalogEventStatement<T extends CatalogEventType>(db: Db, input: CatalogEventInput<T>): BatchStatement {
  return hubEventStatement(
    db,
    {
      type: input.type,
      modelId: input.modelId,
      modelVersionId: input.modelVersionId,
      modelVersion: input.modelVersion,
      summary: summarizeCatalogEvent(input.type, input.data),
      occurredAt: input.occurredAt,
    },
    input,
  );
}

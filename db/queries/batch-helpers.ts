import { getTableColumns, sql, SQL } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Db } from '../client';

/** One statement of a `db.batch([...])`: built, not yet run. */
export type BatchStatement = BatchItem<'sqlite'>;

/**
 * `INSERT INTO t (…) SELECT … WHERE <condition>`: an insert that happens only if an earlier
 * statement of the same batch did (D1 has no interactive transactions, so a batch cannot branch).
 * Omitted columns take their SQL defaults; values go through each column's own encoding.
 */
export function insertWhere<T extends SQLiteTable>(
  db: Db,
  table: T,
  values: T['$inferInsert'],
  condition: SQL,
): BatchStatement {
  const names: SQL[] = [];
  const params: SQL[] = [];
  for (const [key, column] of Object.entries(getTableColumns(table))) {
    const value = (values as Record<string, unknown>)[key];
    if (value === undefined) continue;
    names.push(sql`${sql.identifier(column.name)}`);
    params.push(value instanceof SQL ? value : value === null ? sql`null` : sql`${column.mapToDriverValue(value)}`);
  }
  return db.run(
    sql`insert into ${table} (${sql.join(names, sql`, `)}) select ${sql.join(params, sql`, `)} where ${condition}`,
  );
}

/** A statement as SQL text and driver values, for hosts that run writes elsewhere (a writer thread). */
export interface SqlQuery {
  sql: string;
  params: unknown[];
}

export function toQuery(statement: BatchStatement): SqlQuery {
  const built = statement as unknown as { toSQL?: () => SqlQuery; getQuery?: () => SqlQuery };
  const { sql: text, params } = built.toSQL ? built.toSQL() : built.getQuery!();
  return { sql: text, params };
}

export async function runBatch(db: Db, statements: BatchStatement[]): Promise<unknown[]> {
  if (statements.length === 0) return [];
  return db.batch(statements as [BatchStatement, ...BatchStatement[]]);
}

/**
 * Runs a query function that writes with one `db.batch([...])` and returns that batch's
 * statements instead of running them, so the caller can put them into a larger batch (one
 * transaction): a delivery's event and the catalog rows it records commit together, through
 * the very functions the REST API uses. Reads inside `run` still execute. The batch result
 * `run` sees is empty (one `[]` per statement), so use this only for functions whose return
 * value you don't need; throws if `run` wrote in any other way than exactly one batch.
 */
export async function captureBatch(db: Db, run: (db: Db) => Promise<unknown>): Promise<BatchStatement[]> {
  let captured: BatchStatement[] | undefined;
  const refuse = (what: string) => () => {
    throw new Error(`captureBatch: the function wrote with ${what}; only a single db.batch can be captured`);
  };
  const proxy = new Proxy(db, {
    get(target, property, receiver) {
      if (property === 'batch') {
        return async (statements: BatchStatement[]) => {
          if (captured) refuse('a second db.batch')();
          captured = [...statements];
          return statements.map(() => []);
        };
      }
      if (property === 'transaction') return refuse('db.transaction');
      const value = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  await run(proxy);
  if (!captured) throw new Error('captureBatch: the function wrote nothing through db.batch');
  return captured;
}

/**
 * Lone surrogates replaced with U+FFFD, as the driver does for bound strings. Through JSON they would
 * not be: SQLite's `->>` decodes the escape `\ud800` to bytes that are not UTF-8, and reading such a
 * row back makes libsql's native code panic, which ends the process.
 */
function wellFormed(text: string): string {
  return text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

/**
 * Inserts many plain rows with one parameter: `INSERT INTO t SELECT … FROM json_each(?)`.
 * Building an N-row VALUES statement costs drizzle far more than running it (every value is
 * a bound parameter, then SQLite's limit on those applies); one JSON array is cheap to build
 * and SQLite unpacks it in C. Rows must hold plain values (no SQL); omitted columns are null,
 * so give every NOT NULL column. Returns a builder, so `.returning()` and `db.batch` work.
 */
export function insertRowsFromJson<T extends SQLiteTable>(db: Db, table: T, rows: T['$inferInsert'][]) {
  const columns = Object.entries(getTableColumns(table)).filter(
    ([, column]) => !(column as unknown as { shouldDisableInsert(): boolean }).shouldDisableInsert(),
  );
  const encoded = rows.map((row) => {
    const values: Record<string, unknown> = {};
    for (const [key, column] of columns) {
      const value = (row as Record<string, unknown>)[key];
      if (value instanceof SQL)
        throw new TypeError(`insertRowsFromJson: column ${column.name} holds SQL; use a regular insert`);
      const driverValue = value === undefined || value === null ? null : column.mapToDriverValue(value);
      values[column.name] = typeof driverValue === 'string' ? wellFormed(driverValue) : driverValue;
    }
    return values;
  });
  const selection = sql.join(
    columns.map(([, column]) => sql`json_each.value ->> ${`$."${column.name}"`}`),
    sql`, `,
  );
  return db.insert(table).select(sql`select ${selection} from json_each(${JSON.stringify(encoded)}) where 1`);
}

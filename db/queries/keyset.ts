import { and, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { CursorValue } from '../../src/lib/cursor';

export type SortOrder = 'asc' | 'desc';

export interface Page<T> {
  items: T[];
  /** Sort-key values of the last item when more rows follow, else null. */
  next: CursorValue[] | null;
}

/** Rows strictly after the cursor in (key, id) order, so pages stay stable while rows are added. */
export function afterCursor(
  key: SQLWrapper,
  id: SQLWrapper,
  order: SortOrder,
  after: CursorValue[] | undefined,
): SQL | undefined {
  if (!after) return undefined;
  const [afterKey, afterId] = after;
  const op = sql.raw(order === 'asc' ? '>' : '<');
  return sql`(${key} ${op} ${afterKey} or (${key} = ${afterKey} and ${id} ${op} ${afterId}))`;
}

/** Cuts the `limit + 1` rows a keyset query fetched into a page and the next cursor. */
export function toPage<T>(rows: T[], limit: number, cursorOf: (row: T) => CursorValue[]): Page<T> {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, next: rows.length > limit && last ? cursorOf(last) : null };
}

export const allOf = (conditions: (SQL | undefined)[]) => and(...conditions.filter((c): c is SQL => c !== undefined));

import { sql, type SQL } from 'drizzle-orm';

/** A list filter's value: one, several (any matches) or none. */
export type OneOrMany<T extends string> = T | readonly T[] | undefined;

/** The values of a filter as a list, without empty strings. */
export function anyOf<T extends string>(value: OneOrMany<T>): T[] {
  if (value === undefined) return [];
  return (typeof value === 'string' ? [value] : [...value]).filter((v) => v !== '');
}

/** `lower(column) in (lower(?), …)`: case-insensitive match of any value. */
export function lowerIn(column: SQL, values: readonly string[]): SQL {
  return sql`lower(${column}) in (${sql.join(
    values.map((v) => sql`lower(${v})`),
    sql`, `,
  )})`;
}

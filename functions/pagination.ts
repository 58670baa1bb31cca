import { decodeCursor, encodeCursor, type CursorValue } from '../src/lib/cursor';
import type { AppConfig } from './config';
import { ApiError } from './errors';

type CursorType = 'number' | 'string';

export function invalidCursorError(): ApiError {
  return new ApiError(400, 'validation_failed', 'The cursor is not valid for this list; start again without it.', {
    issues: [{ in: 'query', path: 'cursor', message: 'Unrecognised cursor.', code: 'invalid_cursor' }],
  });
}

/**
 * The `cursor` query parameter as the sort-key values it encodes (undefined when absent).
 * A cursor this API did not hand out, or one of another list's shape, is a 400.
 */
export function readCursor(cursor: string | undefined, arity: number, types?: CursorType[]): CursorValue[] | undefined {
  if (cursor === undefined) return undefined;
  const values = decodeCursor(cursor, arity);
  if (!values || (types && values.some((v, i) => types[i] !== undefined && typeof v !== types[i])))
    throw invalidCursorError();
  return values;
}

/** The page size: what the client asked for, within the configured maximum. */
export function pageLimit(requested: number | undefined, pageSize: AppConfig['pageSize']): number {
  return Math.min(requested ?? pageSize.default, pageSize.max);
}

export function nextCursorOf(next: CursorValue[] | null): string | null {
  return next ? encodeCursor(next) : null;
}

/** A `[timestamp, id]` cursor (the lifecycle lists), or 400. */
export function timeIdCursor(cursor: string | undefined): [number, string] | undefined {
  return readCursor(cursor, 2, ['number', 'string']) as [number, string] | undefined;
}

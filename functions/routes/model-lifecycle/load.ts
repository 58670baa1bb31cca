import { readCursor } from '../../pagination';

/** A `[timestamp, id]` cursor, or 400. */
export function timeIdCursor(cursor: string | undefined): [number, string] | undefined {
  return readCursor(cursor, 2, ['number', 'string']) as [number, string] | undefined;
}

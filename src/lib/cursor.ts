/**
 * Opaque keyset-pagination cursors: the sort key values of the last row returned.
 * Encoded as base64url JSON so clients treat them as opaque strings.
 */
export type CursorValue = string | number;

export function encodeCursor(values: CursorValue[]): string {
  const json = JSON.stringify(values);
  const bytes = new TextEncoder().encode(json);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Returns null for anything that is not a cursor this module produced. */
export function decodeCursor(cursor: string, arity: number): CursorValue[] | null {
  try {
    const base64 = cursor.replace(/-/g, '+').replace(/_/g, '/');
    const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
    const bytes = Uint8Array.from(binary, (ch) => ch.charCodeAt(0));
    const values: unknown = JSON.parse(new TextDecoder().decode(bytes));
    if (!Array.isArray(values) || values.length !== arity) return null;
    if (!values.every((v) => typeof v === 'string' || typeof v === 'number')) return null;
    return values as CursorValue[];
  } catch {
    return null;
  }
}

/**
 * Careful readers for native payloads: a field of the wrong type or an out-of-range value is
 * dropped, never passed on, so a translated event always fits its schema.
 */
type Obj = Record<string, unknown>;

export const obj = (v: unknown): Obj => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {});

/** A non-empty string, cut to `max` characters. */
export function text(v: unknown, max = 200): string | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return String(v).slice(0, max);
  if (typeof v !== 'string') return undefined;
  const trimmed = v.trim();
  if (!trimmed) return undefined;
  return trimmed.length > max ? `${trimmed.slice(0, max - 1)}…` : trimmed;
}

export function httpUrl(v: unknown): string | undefined {
  if (typeof v !== 'string' || v.length > 2048 || !/^https?:\/\//i.test(v)) return undefined;
  try {
    new URL(v);
    return v;
  } catch {
    return undefined;
  }
}

export function commitSha(v: unknown): string | undefined {
  return typeof v === 'string' && /^[0-9a-fA-F]{7,64}$/.test(v) ? v : undefined;
}

/**
 * An ISO 8601 timestamp with offset; also reads GitLab's `2016-08-12 15:23:28 UTC` and
 * `2021-04-28 21:50:00 +0200` forms.
 */
export function isoTime(v: unknown): string | undefined {
  if (typeof v !== 'string' || v.length > 64) return undefined;
  const gitlab = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}(?:\.\d+)?) (UTC|[+-]\d{2}:?\d{2})$/.exec(v);
  const candidate = gitlab
    ? `${gitlab[1]}T${gitlab[2]}${gitlab[3] === 'UTC' ? 'Z' : gitlab[3]!.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')}`
    : v;
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(candidate)) return undefined;
  const date = new Date(candidate);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

export const dateOf = (iso: string | undefined): Date | undefined => (iso ? new Date(iso) : undefined);

/** Drops undefined values, so `.strict()` schemas and exactOptionalPropertyTypes both hold. */
export function defined<T extends Obj>(o: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as never;
}

// Ids are base64url, so they may end in `-`: bounded by id characters, not by `\b`.
const RETRAIN_REQUEST = /(?<![A-Za-z0-9_-])rr_[A-Za-z0-9_-]{4,64}(?![A-Za-z0-9_-])/;

/** A retrain request id (`rr_…`) named in free text, such as a GitHub run title. */
export const retrainRequestIn = (v: unknown): string | undefined =>
  typeof v === 'string' ? RETRAIN_REQUEST.exec(v)?.[0] : undefined;

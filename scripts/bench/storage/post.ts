import { createHash } from 'node:crypto';
import type { DataAccessRecord } from '../../../src/lib/benchmarks/data-access';
import { signOutbound } from '../../../src/lib/webhooks';

export type StoragePostTarget =
  /** POST /api/benchmarks/data-access with a `write` token of your group. */
  | { url: string; token: string }
  /** A signed `benchmark.data_access.reported` delivery to /api/hooks/:source, as CI sends it. */
  | { url: string; sourceId: string; secret: string };

export interface StoragePostOutcome {
  ok: boolean;
  status: number;
  message: string;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The `benchmark.data_access.reported@1` event carrying a record. */
export function dataAccessEvent(record: DataAccessRecord) {
  return { type: 'benchmark.data_access.reported@1', timestamp: new Date().toISOString(), data: record };
}

/**
 * Sends one record to a hub, with a token (REST) or signed (webhook). Network errors, 429 and 5xx
 * are retried; a signed delivery's id is derived from the record, so a resend is stored once.
 */
export async function postStorageRecord(
  record: DataAccessRecord,
  target: StoragePostTarget,
  attempts = 3,
): Promise<StoragePostOutcome> {
  const signed = 'secret' in target;
  const body = JSON.stringify(signed ? dataAccessEvent(record) : record);
  const url = new URL(
    signed ? `/api/hooks/${encodeURIComponent(target.sourceId)}` : '/api/benchmarks/data-access',
    target.url,
  );
  const id = `bench_storage_${createHash('sha256').update(JSON.stringify(record)).digest('hex').slice(0, 32)}`;
  let last: StoragePostOutcome = { ok: false, status: 0, message: 'not sent' };
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      const headers: Record<string, string> = signed
        ? await signOutbound({ secret: target.secret, id, timestamp: Math.floor(Date.now() / 1000), body })
        : { 'content-type': 'application/json', authorization: `Bearer ${target.token}` };
      const response = await fetch(url, { method: 'POST', headers, body });
      const text = await response.text();
      let json: { id?: string; duplicate?: boolean; eventId?: number; error?: { message?: string } } = {};
      try {
        json = JSON.parse(text);
      } catch {
        /* not JSON */
      }
      if (response.ok)
        return {
          ok: true,
          status: response.status,
          message: signed
            ? json.duplicate
              ? 'already stored (same delivery id)'
              : `stored (event ${json.eventId ?? '?'})`
            : `stored as ${json.id ?? '?'}`,
        };
      last = { ok: false, status: response.status, message: json.error?.message ?? text.slice(0, 300) };
      if (response.status !== 429 && response.status < 500) return last;
    } catch (error) {
      last = { ok: false, status: 0, message: (error as Error).message };
    }
    if (attempt < attempts) await pause(500 * 2 ** (attempt - 1));
  }
  return last;
}

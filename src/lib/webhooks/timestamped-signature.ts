import { concatBytes, decodeBase64, toBytes, type BytesInput } from './encoding';
import { constantTimeEqual, importHmacKeyCached, verifyHmacSha256, type MacFunction } from './hmac';
import { fail, type VerifyFailure } from './verify-result';

export const DEFAULT_TOLERANCE_SECONDS = 300;

/** The bytes both Standard Webhooks and MLflow sign: `${id}.${timestamp}.${body}`. */
export function signedContent(id: string, timestamp: string, body: BytesInput): Uint8Array<ArrayBuffer> {
  return concatBytes(toBytes(`${id}.${timestamp}.`), toBytes(body));
}

/**
 * Unix seconds as sent on the wire. Digits only: `parseInt` would accept
 * "1614265330abc" or "1e9", and such a string would still be signed verbatim.
 */
export function parseUnixSeconds(text: string): number | null {
  if (!/^\d{1,15}$/.test(text)) return null;
  return Number(text);
}

/** Milliseconds passed by mistake would sign a date ~50,000 years ahead. */
export function assertUnixSeconds(timestamp: number): void {
  if (!Number.isSafeInteger(timestamp) || timestamp < 0 || timestamp > 1e11) {
    throw new RangeError(`timestamp must be whole Unix seconds, got ${timestamp}`);
  }
}

export function checkTimestampWindow(timestamp: number, now: Date, toleranceSeconds: number): VerifyFailure | null {
  const nowSeconds = Math.floor(now.getTime() / 1000);
  if (nowSeconds - timestamp > toleranceSeconds) {
    return fail(
      'timestamp_too_old',
      `timestamp is ${nowSeconds - timestamp} s old; at most ${toleranceSeconds} s is accepted`,
    );
  }
  if (timestamp - nowSeconds > toleranceSeconds) {
    return fail(
      'timestamp_too_new',
      `timestamp is ${timestamp - nowSeconds} s in the future; at most ${toleranceSeconds} s is accepted`,
    );
  }
  return null;
}

/**
 * The base64 MACs of every `v1,<sig>` entry in a space-separated signature
 * header. Other versions (v1a, v2 …) are skipped, not errors, so senders can
 * add new schemes without breaking us. A comma right after a signature is
 * tolerated because `Headers.get` joins repeated headers with ", ".
 */
export function parseV1Signatures(header: string): { v1: Uint8Array<ArrayBuffer>[]; otherCount: number } {
  const v1: Uint8Array<ArrayBuffer>[] = [];
  let otherCount = 0;
  for (const token of header.split(/\s+/)) {
    if (token === '') continue;
    const [version, value = ''] = token.split(',');
    if (version !== 'v1') {
      otherCount++;
      continue;
    }
    const mac = decodeBase64(value);
    // A SHA-256 MAC is 32 bytes; anything else can never match.
    if (mac?.length === 32) v1.push(mac);
  }
  return { v1, otherCount };
}

/** Index of the first key whose MAC matches any of the signatures, or -1. */
export async function findMatchingKey(
  keys: readonly Uint8Array<ArrayBuffer>[],
  signatures: readonly Uint8Array<ArrayBuffer>[],
  content: Uint8Array<ArrayBuffer>,
  mac?: MacFunction,
): Promise<number> {
  if (mac) {
    let found = -1;
    // Every key and signature is compared, so timing does not tell which one matched.
    for (const [index, keyBytes] of keys.entries()) {
      const expected = await mac(keyBytes, content);
      for (const signature of signatures) if (constantTimeEqual(expected, signature) && found < 0) found = index;
    }
    return found;
  }
  for (const [index, keyBytes] of keys.entries()) {
    const key = await importHmacKeyCached(keyBytes);
    for (const signature of signatures) {
      if (await verifyHmacSha256(key, signature, content)) return index;
    }
  }
  return -1;
}

export interface TimestampedInput {
  keys: readonly Uint8Array<ArrayBuffer>[];
  id: string;
  timestampHeader: string;
  signatureHeader: string;
  body: BytesInput;
  now: Date;
  toleranceSeconds: number;
  mac?: MacFunction | undefined;
}

export type TimestampedResult = { ok: true; timestamp: number; matchedSecretIndex: number } | VerifyFailure;

/**
 * Shared check for the "id.timestamp.body" schemes. The signature is checked
 * before the time window so that a timestamp failure always means a genuine
 * but stale (or early) message: useful in the delivery log, and a forger
 * learns nothing extra since both answers are 401.
 */
export async function verifyTimestamped(input: TimestampedInput): Promise<TimestampedResult> {
  const timestamp = parseUnixSeconds(input.timestampHeader);
  if (timestamp === null) return fail('bad_timestamp', 'timestamp must be Unix seconds (digits only)');

  const { v1, otherCount } = parseV1Signatures(input.signatureHeader);
  if (v1.length === 0) {
    return otherCount > 0
      ? fail('unsupported_signature_version', 'no v1 signature present; only v1 (HMAC-SHA256) is supported')
      : fail('malformed_signature', 'signature header holds no well-formed "v1,<base64>" entry');
  }

  const content = signedContent(input.id, input.timestampHeader, input.body);
  const matchedSecretIndex = await findMatchingKey(input.keys, v1, content, input.mac);
  if (matchedSecretIndex < 0) return fail('no_matching_signature', 'no signature matches any active secret');

  const window = checkTimestampWindow(timestamp, input.now, input.toleranceSeconds);
  if (window) return window;
  return { ok: true, timestamp, matchedSecretIndex };
}

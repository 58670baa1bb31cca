import { toBytes, type BytesInput } from './encoding';

export async function importHmacKey(keyBytes: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', keyBytes, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);
}

const keyCache = new Map<string, Promise<CryptoKey>>();
const KEY_CACHE_LIMIT = 512;

/**
 * `importHmacKey` remembered per key: a receiver verifies every delivery of a source with the
 * same few secrets, and importing costs as much as verifying. Keys are non-extractable
 * CryptoKeys; the cache is bounded (oldest entry dropped first).
 */
export function importHmacKeyCached(keyBytes: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  let id = '';
  for (const b of keyBytes) id += String.fromCharCode(b);
  let key = keyCache.get(id);
  if (!key) {
    if (keyCache.size >= KEY_CACHE_LIMIT) keyCache.delete(keyCache.keys().next().value!);
    key = importHmacKey(keyBytes);
    keyCache.set(id, key);
    key.catch(() => keyCache.delete(id));
  }
  return key;
}

/**
 * HMAC-SHA256 supplied by a host that has a faster one than WebCrypto (Node's node:crypto
 * answers synchronously; WebCrypto goes through a job queue and a promise per call).
 * Optional everywhere: without it WebCrypto is used.
 */
export type MacFunction = (
  key: Uint8Array<ArrayBuffer>,
  data: Uint8Array<ArrayBuffer>,
) => Uint8Array | Promise<Uint8Array>;

/** Equality of two MACs in time that depends only on their length (both are 32 bytes here). */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}

export async function hmacSha256(key: CryptoKey, data: BytesInput): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await crypto.subtle.sign('HMAC', key, toBytes(data)));
}

/** `crypto.subtle.verify` compares MACs in constant time, unlike `===` on strings. */
export async function verifyHmacSha256(
  key: CryptoKey,
  signature: Uint8Array<ArrayBuffer>,
  data: Uint8Array<ArrayBuffer>,
): Promise<boolean> {
  return crypto.subtle.verify('HMAC', key, signature, data);
}

/**
 * Constant-time equality of two secrets (e.g. a GitLab token). Hashing both
 * first gives equal-length inputs, so neither content nor length leaks through
 * timing.
 */
export async function timingSafeEqualStrings(a: string, b: string): Promise<boolean> {
  const [da, db] = await Promise.all([
    crypto.subtle.digest('SHA-256', toBytes(a)),
    crypto.subtle.digest('SHA-256', toBytes(b)),
  ]);
  const x = new Uint8Array(da);
  const y = new Uint8Array(db);
  let diff = 0;
  for (let i = 0; i < x.length; i++) diff |= (x[i] ?? 0) ^ (y[i] ?? 0);
  return diff === 0;
}

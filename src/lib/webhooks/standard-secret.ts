import { decodeBase64, encodeBase64 } from './encoding';

export const SECRET_PREFIX = 'whsec_';

/** Standard Webhooks allows 24-64 bytes; 32 matches the HMAC-SHA256 block-size sweet spot. */
export const SECRET_BYTES = 32;

/**
 * A new `whsec_<base64 of 32 random bytes>` secret. The same full string is
 * what GitHub ("Secret") or GitLab ("Secret token") are configured with when a
 * source uses those schemes; see github.ts / gitlab.ts.
 */
export function generateSecret(): string {
  return SECRET_PREFIX + encodeBase64(crypto.getRandomValues(new Uint8Array(SECRET_BYTES)));
}

/**
 * The HMAC key of a Standard Webhooks secret: the base64-decoded part after
 * `whsec_` (the prefix is optional, as in the reference libraries). Secrets
 * come from our own configuration, so a malformed one is a bug and throws.
 */
export function standardSecretKey(secret: string): Uint8Array<ArrayBuffer> {
  const encoded = secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret;
  const key = decodeBase64(encoded);
  if (!key || key.length === 0) {
    throw new TypeError('webhook secret must be "whsec_" followed by base64');
  }
  return key;
}

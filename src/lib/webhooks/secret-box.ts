import { decodeBase64Url, encodeBase64Url, toBytes } from './encoding';

/**
 * Webhook secrets at rest: AES-256-GCM under a key derived from the server's
 * configured secret. HKDF-SHA256 turns an arbitrary configured string into a
 * uniform key; the fixed salt and info below separate this use from any
 * other key later derived from the same server secret. Changing either makes
 * every stored blob unreadable, so they are part of the `v1` format.
 */
export const SECRET_BOX_HKDF_SALT = 'hep-ml-hub/secret-box/salt/v1';
export const SECRET_BOX_HKDF_INFO = 'hep-ml-hub/secret-box/aes-256-gcm/webhook-secrets';
export const SECRET_BOX_VERSION = 'v1';

/** 32 characters is the least that can carry 128+ bits if generated randomly. */
export const MIN_SERVER_KEY_LENGTH = 32;

const IV_BYTES = 12;
const TAG_BYTES = 16;

export class SecretBoxError extends Error {
  override name = 'SecretBoxError';
}

/** `keyMaterial` e.g. from `openssl rand -base64 32`; the derived key is non-extractable. */
export async function importServerKey(keyMaterial: string): Promise<CryptoKey> {
  if (keyMaterial.length < MIN_SERVER_KEY_LENGTH) {
    throw new SecretBoxError(`server key must be at least ${MIN_SERVER_KEY_LENGTH} characters`);
  }
  const base = await crypto.subtle.importKey('raw', toBytes(keyMaterial), 'HKDF', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: toBytes(SECRET_BOX_HKDF_SALT), info: toBytes(SECRET_BOX_HKDF_INFO) },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/**
 * `v1.<base64url iv>.<base64url ciphertext+tag>`. `context` (e.g. the source
 * id) is bound as associated data, so a blob copied onto another row fails to
 * decrypt instead of silently becoming that row's secret.
 */
export async function encryptSecret(key: CryptoKey, plaintext: string, context = ''): Promise<string> {
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const ciphertext = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: toBytes(context) },
    key,
    toBytes(plaintext),
  );
  return [SECRET_BOX_VERSION, encodeBase64Url(iv), encodeBase64Url(new Uint8Array(ciphertext))].join('.');
}

/** Throws SecretBoxError on a wrong key, wrong context, unknown format or any tampering. */
export async function decryptSecret(key: CryptoKey, blob: string, context = ''): Promise<string> {
  const [version, ivText, ciphertextText, ...rest] = blob.split('.');
  if (version !== SECRET_BOX_VERSION || rest.length > 0 || ivText === undefined || ciphertextText === undefined) {
    throw new SecretBoxError(`not a ${SECRET_BOX_VERSION} secret blob`);
  }
  const iv = decodeBase64Url(ivText);
  const ciphertext = decodeBase64Url(ciphertextText);
  if (iv?.length !== IV_BYTES || !ciphertext || ciphertext.length < TAG_BYTES) {
    throw new SecretBoxError('malformed secret blob');
  }
  let plaintext: ArrayBuffer;
  try {
    plaintext = await crypto.subtle.decrypt({ name: 'AES-GCM', iv, additionalData: toBytes(context) }, key, ciphertext);
  } catch {
    throw new SecretBoxError('secret blob failed authentication (wrong key, wrong context or tampered)');
  }
  return new TextDecoder('utf-8', { fatal: true }).decode(plaintext);
}

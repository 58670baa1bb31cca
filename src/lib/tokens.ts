/** API token generation and hashing (WebCrypto only). */

const TOKEN_PREFIX = 'hub_';

function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function randomId(prefix: string, bytes = 12): string {
  return prefix + base64url(crypto.getRandomValues(new Uint8Array(bytes)));
}

/** A new secret token: `hub_` + 32 random bytes, base64url. */
export function generateToken(): string {
  return TOKEN_PREFIX + base64url(crypto.getRandomValues(new Uint8Array(32)));
}

export function looksLikeToken(value: string): boolean {
  return /^hub_[A-Za-z0-9_-]{43}$/.test(value);
}

/** SHA-256 hex of the token: tokens are high-entropy, so an unsalted fast hash is enough. */
export async function hashToken(token: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(token));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

import { decodeHex, encodeHex, toBytes, type BytesInput } from './encoding';
import { getHeader, type HeadersLike } from './headers';
import {
  constantTimeEqual,
  hmacSha256,
  importHmacKey,
  importHmacKeyCached,
  verifyHmacSha256,
  type MacFunction,
} from './hmac';
import { checkDeliveryId, fail, type VerifyFailure } from './verify-result';

export const GITHUB_HEADERS = {
  signature: 'x-hub-signature-256',
  delivery: 'x-github-delivery',
  event: 'x-github-event',
} as const;

/**
 * GitHub keys the HMAC with the secret string's UTF-8 bytes, not a decoded
 * key. For a hub-issued source the repository webhook's "Secret" field holds
 * the whole `whsec_…` string, prefix included, and that string is the key.
 * GitHub sends no signed timestamp and the delivery id is not signed, so
 * replay protection rests on the signature itself being recorded: the hub
 * refuses a second delivery id for a signature it accepted before.
 */
export async function signGithub(secret: string, body: BytesInput): Promise<string> {
  const key = await importHmacKey(toBytes(secret));
  return `sha256=${encodeHex(await hmacSha256(key, body))}`;
}

export interface VerifyGithubInput {
  secrets: readonly string[];
  headers: HeadersLike;
  body: BytesInput;
  mac?: MacFunction | undefined;
}

export type VerifyGithubResult =
  | {
      ok: true;
      deliveryId: string;
      event: string | undefined;
      matchedSecretIndex: number;
      /** The verified MAC as lowercase hex: the same body signed with the same secret has the same one. */
      signature: string;
    }
  | VerifyFailure;

export async function verifyGithub(input: VerifyGithubInput): Promise<VerifyGithubResult> {
  const signature = getHeader(input.headers, GITHUB_HEADERS.signature);
  const deliveryId = getHeader(input.headers, GITHUB_HEADERS.delivery);
  if (signature === undefined || deliveryId === undefined) {
    const missing = [GITHUB_HEADERS.signature, GITHUB_HEADERS.delivery].filter(
      (h) => getHeader(input.headers, h) === undefined,
    );
    return fail('missing_headers', `missing header(s): ${missing.join(', ')}`);
  }
  const badId = checkDeliveryId(deliveryId, GITHUB_HEADERS.delivery);
  if (badId) return badId;

  const mac = signature.startsWith('sha256=') ? decodeHex(signature.slice('sha256='.length)) : null;
  if (mac?.length !== 32) {
    return fail('malformed_signature', `${GITHUB_HEADERS.signature} must be "sha256=" and 64 hex digits`);
  }

  const body = toBytes(input.body);
  if (input.mac) {
    let found = -1;
    for (const [index, secret] of input.secrets.entries()) {
      if (constantTimeEqual(await input.mac(toBytes(secret), body), mac) && found < 0) found = index;
    }
    return found < 0
      ? fail('no_matching_signature', 'signature matches no active secret')
      : {
          ok: true,
          deliveryId,
          event: getHeader(input.headers, GITHUB_HEADERS.event),
          matchedSecretIndex: found,
          signature: encodeHex(mac),
        };
  }
  for (const [index, secret] of input.secrets.entries()) {
    const key = await importHmacKeyCached(toBytes(secret));
    if (await verifyHmacSha256(key, mac, body)) {
      return {
        ok: true,
        deliveryId,
        event: getHeader(input.headers, GITHUB_HEADERS.event),
        matchedSecretIndex: index,
        signature: encodeHex(mac),
      };
    }
  }
  return fail('no_matching_signature', 'signature matches no active secret');
}

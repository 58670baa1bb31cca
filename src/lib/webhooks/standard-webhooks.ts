import { encodeBase64, type BytesInput } from './encoding';
import { getHeader, type HeadersLike } from './headers';
import { hmacSha256, importHmacKey, type MacFunction } from './hmac';
import { standardSecretKey } from './standard-secret';
import {
  assertUnixSeconds,
  DEFAULT_TOLERANCE_SECONDS,
  signedContent,
  verifyTimestamped,
} from './timestamped-signature';
import { checkDeliveryId, fail, type VerifyFailure } from './verify-result';

export const STANDARD_HEADERS = {
  id: 'webhook-id',
  timestamp: 'webhook-timestamp',
  signature: 'webhook-signature',
} as const;

export interface SignStandardInput {
  secret: string;
  id: string;
  /** Unix seconds. */
  timestamp: number;
  body: BytesInput;
}

/** `v1,<base64 HMAC-SHA256(secret key, "id.timestamp.body")>`. */
export async function signStandard({ secret, id, timestamp, body }: SignStandardInput): Promise<string> {
  assertUnixSeconds(timestamp);
  const key = await importHmacKey(standardSecretKey(secret));
  const mac = await hmacSha256(key, signedContent(id, String(timestamp), body));
  return `v1,${encodeBase64(mac)}`;
}

export interface VerifyStandardInput {
  /** Every secret currently valid for the source (several during rotation). */
  secrets: readonly string[];
  headers: HeadersLike;
  /** The raw body exactly as received: re-serialised JSON will not verify. */
  body: BytesInput;
  now: Date;
  toleranceSeconds?: number;
  /** A host's faster HMAC-SHA256 (see MacFunction); WebCrypto otherwise. */
  mac?: MacFunction | undefined;
}

export type VerifyStandardResult =
  { ok: true; id: string; timestamp: number; matchedSecretIndex: number } | VerifyFailure;

export async function verifyStandard(input: VerifyStandardInput): Promise<VerifyStandardResult> {
  const id = getHeader(input.headers, STANDARD_HEADERS.id);
  const timestampHeader = getHeader(input.headers, STANDARD_HEADERS.timestamp);
  const signatureHeader = getHeader(input.headers, STANDARD_HEADERS.signature);
  if (id === undefined || timestampHeader === undefined || signatureHeader === undefined) {
    const missing = Object.values(STANDARD_HEADERS).filter((h) => getHeader(input.headers, h) === undefined);
    return fail('missing_headers', `missing header(s): ${missing.join(', ')}`);
  }
  const badId = checkDeliveryId(id, STANDARD_HEADERS.id);
  if (badId) return badId;

  const result = await verifyTimestamped({
    keys: input.secrets.map(standardSecretKey),
    id,
    timestampHeader,
    signatureHeader,
    body: input.body,
    now: input.now,
    toleranceSeconds: input.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS,
    mac: input.mac,
  });
  return result.ok ? { ...result, id } : result;
}

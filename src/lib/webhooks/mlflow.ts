import { encodeBase64, toBytes, type BytesInput } from './encoding';
import { getHeader, type HeadersLike } from './headers';
import { hmacSha256, importHmacKey, type MacFunction } from './hmac';
import {
  assertUnixSeconds,
  DEFAULT_TOLERANCE_SECONDS,
  signedContent,
  verifyTimestamped,
} from './timestamped-signature';
import { checkDeliveryId, fail, type VerifyFailure } from './verify-result';

export const MLFLOW_HEADERS = {
  delivery: 'x-mlflow-delivery-id',
  timestamp: 'x-mlflow-timestamp',
  signature: 'x-mlflow-signature',
} as const;

/**
 * MLflow (>= 3 OSS webhooks) signs like Standard Webhooks but keys the HMAC
 * with the secret string's raw UTF-8 bytes instead of the base64-decoded
 * `whsec_` part. Exported for tests and for replaying MLflow deliveries.
 */
export async function signMlflow(input: {
  secret: string;
  id: string;
  timestamp: number;
  body: BytesInput;
}): Promise<string> {
  assertUnixSeconds(input.timestamp);
  const key = await importHmacKey(toBytes(input.secret));
  return `v1,${encodeBase64(await hmacSha256(key, signedContent(input.id, String(input.timestamp), input.body)))}`;
}

export interface VerifyMlflowInput {
  secrets: readonly string[];
  headers: HeadersLike;
  body: BytesInput;
  now: Date;
  toleranceSeconds?: number;
  mac?: MacFunction | undefined;
}

export type VerifyMlflowResult =
  { ok: true; deliveryId: string; timestamp: number; matchedSecretIndex: number } | VerifyFailure;

export async function verifyMlflow(input: VerifyMlflowInput): Promise<VerifyMlflowResult> {
  const deliveryId = getHeader(input.headers, MLFLOW_HEADERS.delivery);
  const timestampHeader = getHeader(input.headers, MLFLOW_HEADERS.timestamp);
  const signatureHeader = getHeader(input.headers, MLFLOW_HEADERS.signature);
  if (deliveryId === undefined || timestampHeader === undefined || signatureHeader === undefined) {
    const missing = Object.values(MLFLOW_HEADERS).filter((h) => getHeader(input.headers, h) === undefined);
    return fail('missing_headers', `missing header(s): ${missing.join(', ')}`);
  }
  const badId = checkDeliveryId(deliveryId, MLFLOW_HEADERS.delivery);
  if (badId) return badId;

  const result = await verifyTimestamped({
    keys: input.secrets.map((s) => toBytes(s)),
    id: deliveryId,
    timestampHeader,
    signatureHeader,
    body: input.body,
    now: input.now,
    toleranceSeconds: input.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS,
    mac: input.mac,
  });
  return result.ok ? { ...result, deliveryId } : result;
}

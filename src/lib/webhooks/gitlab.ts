import type { BytesInput } from './encoding';
import { getHeader, type HeadersLike } from './headers';
import { timingSafeEqualStrings, type MacFunction } from './hmac';
import { STANDARD_HEADERS, verifyStandard } from './standard-webhooks';
import { checkDeliveryId, fail, type VerifyFailure } from './verify-result';

export const GITLAB_HEADERS = {
  token: 'x-gitlab-token',
  idempotencyKey: 'idempotency-key',
  eventUuid: 'x-gitlab-event-uuid',
  event: 'x-gitlab-event',
} as const;

export interface VerifyGitlabInput {
  secrets: readonly string[];
  headers: HeadersLike;
  /** Needed for signed deliveries (a GitLab "signing token"); a plain token ignores it. */
  body?: BytesInput;
  now?: Date;
  toleranceSeconds?: number | undefined;
  mac?: MacFunction | undefined;
}

export type VerifyGitlabResult =
  | {
      ok: true;
      deliveryId: string;
      event: string | undefined;
      matchedSecretIndex: number;
      /** Signed Unix seconds, for signed deliveries. */
      timestamp?: number;
    }
  | VerifyFailure;

/**
 * A GitLab webhook with a signing token sends Standard Webhooks headers (`webhook-id`, equal to
 * its Idempotency-Key, `webhook-timestamp`, `webhook-signature: v1,…`) next to `X-Gitlab-Event`.
 */
export function isSignedGitlab(headers: HeadersLike): boolean {
  return (
    getHeader(headers, STANDARD_HEADERS.signature) !== undefined &&
    getHeader(headers, GITLAB_HEADERS.event) !== undefined
  );
}

/**
 * Without a signing token, GitLab sends the shared secret itself ("Secret token" = the whole `whsec_…`
 * string) rather than a signature: nothing binds it to the body or to a time,
 * so it is only as safe as TLS, and duplicates are caught by the delivery id.
 * `Idempotency-Key` is stable across GitLab's retries; `X-Gitlab-Event-UUID`
 * is the fallback on versions that don't send it.
 */
export async function verifyGitlab(input: VerifyGitlabInput): Promise<VerifyGitlabResult> {
  // GitLab's signing token takes a `whsec_` secret, so the source secret itself is the key. A
  // signed delivery is judged by its signature only, never by a token sent beside it.
  if (getHeader(input.headers, STANDARD_HEADERS.signature) !== undefined) {
    const signed = await verifyStandard({
      secrets: input.secrets,
      headers: input.headers,
      body: input.body ?? new Uint8Array(),
      now: input.now ?? new Date(),
      ...(input.toleranceSeconds === undefined ? {} : { toleranceSeconds: input.toleranceSeconds }),
      mac: input.mac,
    });
    return signed.ok
      ? {
          ok: true,
          deliveryId: signed.id,
          event: getHeader(input.headers, GITLAB_HEADERS.event),
          matchedSecretIndex: signed.matchedSecretIndex,
          timestamp: signed.timestamp,
        }
      : signed;
  }
  const token = getHeader(input.headers, GITLAB_HEADERS.token);
  const idHeader =
    getHeader(input.headers, GITLAB_HEADERS.idempotencyKey) === undefined
      ? GITLAB_HEADERS.eventUuid
      : GITLAB_HEADERS.idempotencyKey;
  const deliveryId = getHeader(input.headers, idHeader);
  if (token === undefined) return fail('missing_headers', `missing header: ${GITLAB_HEADERS.token}`);
  if (deliveryId === undefined) {
    return fail('missing_headers', `missing header: ${GITLAB_HEADERS.idempotencyKey} or ${GITLAB_HEADERS.eventUuid}`);
  }
  const badId = checkDeliveryId(deliveryId, idHeader);
  if (badId) return badId;

  // Every secret is compared, so the time taken doesn't reveal which one matched.
  let matchedSecretIndex = -1;
  for (const [index, secret] of input.secrets.entries()) {
    if ((await timingSafeEqualStrings(token, secret)) && matchedSecretIndex < 0) matchedSecretIndex = index;
  }
  if (matchedSecretIndex < 0) return fail('no_matching_signature', 'token matches no active secret');
  return {
    ok: true,
    deliveryId,
    event: getHeader(input.headers, GITLAB_HEADERS.event),
    matchedSecretIndex,
  };
}

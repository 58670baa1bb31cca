import { getHeader, type HeadersLike } from './headers';
import { timingSafeEqualStrings } from './hmac';
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
}

export type VerifyGitlabResult =
  { ok: true; deliveryId: string; event: string | undefined; matchedSecretIndex: number } | VerifyFailure;

/**
 * GitLab sends the shared secret itself ("Secret token" = the whole `whsec_…`
 * string) rather than a signature: nothing binds it to the body or to a time,
 * so it is only as safe as TLS, and duplicates are caught by the delivery id.
 * `Idempotency-Key` is stable across GitLab's retries; `X-Gitlab-Event-UUID`
 * is the fallback on versions that don't send it.
 */
export async function verifyGitlab(input: VerifyGitlabInput): Promise<VerifyGitlabResult> {
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

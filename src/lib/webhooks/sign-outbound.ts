import type { BytesInput } from './encoding';
import { signStandard, STANDARD_HEADERS } from './standard-webhooks';

export interface SignOutboundInput {
  /** One secret, or old and new during a rotation overlap (one signature each). */
  secret: string | readonly string[];
  /** Keep the same id across retries: it is the receiver's idempotency key. */
  id: string;
  /** Unix seconds of this attempt (re-sign on each retry so it stays in the receiver's window). */
  timestamp: number;
  body: BytesInput;
  contentType?: string;
}

/** The headers of a Standard Webhooks delivery, ready for `fetch`. */
export async function signOutbound(input: SignOutboundInput): Promise<Record<string, string>> {
  const secrets = typeof input.secret === 'string' ? [input.secret] : input.secret;
  if (secrets.length === 0) throw new TypeError('signOutbound needs at least one secret');
  const signatures = await Promise.all(
    secrets.map((secret) => signStandard({ secret, id: input.id, timestamp: input.timestamp, body: input.body })),
  );
  return {
    [STANDARD_HEADERS.id]: input.id,
    [STANDARD_HEADERS.timestamp]: String(input.timestamp),
    [STANDARD_HEADERS.signature]: signatures.join(' '),
    'content-type': input.contentType ?? 'application/json',
  };
}

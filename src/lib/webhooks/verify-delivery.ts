import type { BytesInput } from './encoding';
import { getHeader, type HeadersLike } from './headers';
import { GITHUB_HEADERS, verifyGithub } from './github';
import { GITLAB_HEADERS, isSignedGitlab, verifyGitlab } from './gitlab';
import { MLFLOW_HEADERS, verifyMlflow } from './mlflow';
import { STANDARD_HEADERS, verifyStandard } from './standard-webhooks';
import type { MacFunction } from './hmac';
import type { VerifyFailure } from './verify-result';

export type WebhookScheme = 'standard' | 'github' | 'gitlab' | 'mlflow';

export const ALL_SCHEMES: readonly WebhookScheme[] = ['standard', 'mlflow', 'github', 'gitlab'];

export interface VerifyDeliveryInput {
  /** Every secret currently valid for the source, as issued (`whsec_…`). */
  secrets: readonly string[];
  headers: HeadersLike;
  body: BytesInput;
  now: Date;
  toleranceSeconds?: number;
  /** Schemes this source accepts; all by default. */
  schemes?: readonly WebhookScheme[];
  /** A host's faster HMAC-SHA256 (see MacFunction); WebCrypto otherwise. */
  mac?: MacFunction | undefined;
}

export type VerifiedDelivery = {
  ok: true;
  scheme: WebhookScheme;
  /** The idempotency key: the same across the sender's retries. */
  deliveryId: string;
  /** Signed Unix seconds (standard, mlflow, and gitlab with a signing token). */
  timestamp: number | undefined;
  /** Event name from GitHub / GitLab headers; the others carry it in the body. */
  event: string | undefined;
  matchedSecretIndex: number;
  /**
   * GitHub only (no signed timestamp, unsigned delivery id): the verified signature. A body
   * accepted before under another delivery id with the same signature is a replay.
   */
  signature?: string;
};

export type VerifyDeliveryResult = VerifiedDelivery | (VerifyFailure & { scheme: WebhookScheme | undefined });

/**
 * Picks the scheme by its signature header, strongest first, so a request
 * carrying both a Standard Webhooks signature and a GitLab token is judged by
 * the signature. Once picked, no other scheme is tried: a failed signature
 * must not fall back to a weaker check.
 */
export function detectScheme(headers: HeadersLike): WebhookScheme | undefined {
  // GitLab signs with Standard Webhooks headers when the hook has a signing token.
  if (isSignedGitlab(headers)) return 'gitlab';
  if (getHeader(headers, STANDARD_HEADERS.signature) !== undefined) return 'standard';
  if (getHeader(headers, MLFLOW_HEADERS.signature) !== undefined) return 'mlflow';
  if (getHeader(headers, GITHUB_HEADERS.signature) !== undefined) return 'github';
  if (getHeader(headers, GITLAB_HEADERS.token) !== undefined) return 'gitlab';
  return undefined;
}

export async function verifyDelivery(input: VerifyDeliveryInput): Promise<VerifyDeliveryResult> {
  const scheme = detectScheme(input.headers);
  if (scheme === undefined) {
    return {
      ok: false,
      scheme,
      reason: 'missing_headers',
      message: `no signature header: expected ${STANDARD_HEADERS.signature}, ${GITHUB_HEADERS.signature}, ${GITLAB_HEADERS.token} or ${MLFLOW_HEADERS.signature}`,
    };
  }
  if (!(input.schemes ?? ALL_SCHEMES).includes(scheme)) {
    return {
      ok: false,
      scheme,
      reason: 'scheme_not_allowed',
      message: `this source does not accept ${scheme} deliveries`,
    };
  }

  switch (scheme) {
    case 'standard': {
      const r = await verifyStandard(input);
      return r.ok
        ? {
            ok: true,
            scheme,
            deliveryId: r.id,
            timestamp: r.timestamp,
            event: undefined,
            matchedSecretIndex: r.matchedSecretIndex,
          }
        : { ...r, scheme };
    }
    case 'mlflow': {
      const r = await verifyMlflow(input);
      return r.ok
        ? {
            ok: true,
            scheme,
            deliveryId: r.deliveryId,
            timestamp: r.timestamp,
            event: undefined,
            matchedSecretIndex: r.matchedSecretIndex,
          }
        : { ...r, scheme };
    }
    case 'github': {
      const r = await verifyGithub(input);
      return r.ok
        ? {
            ok: true,
            scheme,
            deliveryId: r.deliveryId,
            timestamp: undefined,
            event: r.event,
            matchedSecretIndex: r.matchedSecretIndex,
            signature: r.signature,
          }
        : { ...r, scheme };
    }
    case 'gitlab': {
      const r = await verifyGitlab(input);
      return r.ok
        ? {
            ok: true,
            scheme,
            deliveryId: r.deliveryId,
            timestamp: r.timestamp,
            event: r.event,
            matchedSecretIndex: r.matchedSecretIndex,
          }
        : { ...r, scheme };
    }
  }
}

/** Why a delivery was refused. Every reason maps to HTTP 401 at the route. */
export type VerifyFailureReason =
  | 'missing_headers'
  | 'bad_delivery_id'
  | 'bad_timestamp'
  | 'timestamp_too_old'
  | 'timestamp_too_new'
  | 'malformed_signature'
  | 'unsupported_signature_version'
  | 'no_matching_signature'
  | 'scheme_not_allowed';

export interface VerifyFailure {
  ok: false;
  reason: VerifyFailureReason;
  /** Human-readable; safe to log and to return to the sender (no secret material). */
  message: string;
}

export function fail(reason: VerifyFailureReason, message: string): VerifyFailure {
  return { ok: false, reason, message };
}

const MAX_DELIVERY_ID_LENGTH = 256;

/**
 * Delivery ids become idempotency keys in the database, so only bounded,
 * printable ASCII is accepted (UUIDs, GitHub GUIDs and `msg_…` ids all fit).
 */
export function checkDeliveryId(id: string, header: string): VerifyFailure | null {
  if (id.length > MAX_DELIVERY_ID_LENGTH || !/^[\x21-\x7e]+$/.test(id)) {
    return fail(
      'bad_delivery_id',
      `${header} must be 1-${MAX_DELIVERY_ID_LENGTH} printable ASCII characters without spaces`,
    );
  }
  return null;
}

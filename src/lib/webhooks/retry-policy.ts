import { parseHttpDate } from './http-date';

export interface RetryPolicy {
  /**
   * Upper bound of the wait after failed attempt n (index n-1). Its length
   * fixes the attempt budget: maxAttempts = delaysSeconds.length + 1.
   */
  delaysSeconds: readonly number[];
  /**
   * Share of each delay that is randomised: wait = ceiling × (1 − f × random).
   * 1 is "full jitter", 0 none.
   */
  jitterFraction: number;
  /** A longer Retry-After is cut to this, so one header can't park a delivery for days. */
  maxRetryAfterSeconds: number;
}

/**
 * The Standard Webhooks schedule (5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h after
 * an immediate first try: 8 attempts over ~27.6 h) used as ceilings, with the
 * lower half randomised ("equal jitter"). Full jitter could draw near-zero
 * waits several times in a row and burn the whole budget during a short
 * outage; half the nominal wait is always kept (≥ ~13.8 h in total) while
 * deliveries that failed together still spread out.
 */
export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  delaysSeconds: [5, 5 * 60, 30 * 60, 2 * 3600, 5 * 3600, 10 * 3600, 10 * 3600],
  jitterFraction: 0.5,
  maxRetryAfterSeconds: 10 * 3600,
};

export function maxAttempts(policy: RetryPolicy = DEFAULT_RETRY_POLICY): number {
  return policy.delaysSeconds.length + 1;
}

export interface NextAttemptInput {
  /** Number of the attempt that just finished, 1 for the first try. */
  attempt: number;
  /** HTTP status of that attempt; null for a network error or timeout. */
  lastStatus: number | null;
  retryAfterHeader?: string | null | undefined;
  now: Date;
  /** Uniform in [0, 1); injected so schedules are reproducible in tests. */
  random?: () => number;
  policy?: RetryPolicy;
}

export type NextAttemptDecision =
  | { action: 'delivered'; reason: string }
  | { action: 'retry'; at: Date; delaySeconds: number; reason: string }
  | { action: 'give_up'; reason: string }
  | { action: 'disable_endpoint'; reason: string };

/** Seconds to wait as asked by a Retry-After header (delay-seconds or HTTP-date), or null. */
export function parseRetryAfter(header: string | null | undefined, now: Date): number | null {
  const text = header?.trim();
  if (!text) return null;
  if (/^\d+$/.test(text)) return Number(text);
  const date = parseHttpDate(text, now);
  return date ? Math.max(0, (date.getTime() - now.getTime()) / 1000) : null;
}

/**
 * What to do after an outbound delivery attempt, per Standard Webhooks: 2xx is
 * delivered; 410 Gone disables the endpoint; anything else (3xx, 4xx, 5xx,
 * network errors) is retried until the attempt budget is spent.
 */
export function nextAttempt(input: NextAttemptInput): NextAttemptDecision {
  const { attempt, lastStatus, now } = input;
  const policy = input.policy ?? DEFAULT_RETRY_POLICY;
  if (!Number.isInteger(attempt) || attempt < 1) throw new RangeError(`attempt must be an integer ≥ 1, got ${attempt}`);

  const outcome = lastStatus === null ? 'network error' : `HTTP ${lastStatus}`;
  if (lastStatus !== null && lastStatus >= 200 && lastStatus < 300) return { action: 'delivered', reason: outcome };
  if (lastStatus === 410)
    return { action: 'disable_endpoint', reason: 'HTTP 410 Gone: the receiver retired this endpoint' };

  const ceiling = policy.delaysSeconds[attempt - 1];
  if (ceiling === undefined) {
    return {
      action: 'give_up',
      reason: `${outcome} on attempt ${attempt} of ${maxAttempts(policy)}; no attempts left`,
    };
  }

  const random = input.random ?? Math.random;
  const backoff = ceiling * (1 - policy.jitterFraction * random());
  const retryAfter = parseRetryAfter(input.retryAfterHeader, now);
  const asked = retryAfter === null ? 0 : Math.min(retryAfter, policy.maxRetryAfterSeconds);
  // Retry-After is a "not before": it can lengthen the wait, never shorten it.
  const delaySeconds = Math.max(backoff, asked);
  const why = asked > backoff ? `Retry-After ${Math.round(asked)} s` : `backoff ≤ ${ceiling} s`;
  return {
    action: 'retry',
    at: new Date(now.getTime() + Math.round(delaySeconds * 1000)),
    delaySeconds,
    reason: `${outcome} on attempt ${attempt} of ${maxAttempts(policy)}; retry in ${Math.round(delaySeconds)} s (${why})`,
  };
}

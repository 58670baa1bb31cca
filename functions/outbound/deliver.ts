import type { Db } from '../../db/client';
import { runBatch, type BatchStatement } from '../../db/queries/batch-helpers';
import { insertEventStatement, insertEventWhere } from '../../db/queries/events';
import {
  cancelDeliveryStatement,
  claimDueDeliveries,
  disableSubscriptionStatement,
  getSubscription,
  recordAttemptStatements,
} from '../../db/queries/outbound';
import { markRequestFailedStatement, markRequestTriggeredStatement, requestReached } from '../../db/queries/retrain';
import type { NewLifecycleEvent, OutboundDelivery, WebhookSubscription } from '../../db/schema';
import { randomId } from '../../src/lib/tokens';
import { decryptSecret, nextAttempt, signOutbound, type RetryPolicy } from '../../src/lib/webhooks';
import { checkTarget } from './target-check';

export interface DeliverOptions {
  db: Db;
  serverKey: () => Promise<CryptoKey>;
  allowPrivateTargets: boolean;
  timeoutMs: number;
  resolveHost?: ((hostname: string) => Promise<string[]>) | undefined;
  fetch?: typeof fetch;
  now?: () => Date;
  random?: () => number;
  retryPolicy?: RetryPolicy;
  /** Most deliveries claimed (and sent concurrently) per call. */
  limit?: number;
}

export interface DeliverResult {
  attempted: number;
  delivered: number;
}

interface AttemptResult {
  statusCode: number | null;
  retryAfter: string | null;
  latencyMs: number | null;
  error: string | null;
  refused: boolean;
}

const USER_AGENT = 'hep-ml-hub-webhooks/1';

async function send(
  delivery: OutboundDelivery,
  subscription: WebhookSubscription,
  options: DeliverOptions,
  now: Date,
): Promise<AttemptResult> {
  const target = await checkTarget(subscription.url, {
    allowPrivate: options.allowPrivateTargets,
    resolveHost: options.resolveHost,
  }).catch((error: unknown) => ({
    ok: false as const,
    message: `could not resolve the target: ${(error as Error).message}`,
    transient: true,
  }));
  if (!target.ok) {
    const transient = 'transient' in target;
    return { statusCode: null, retryAfter: null, latencyMs: null, error: target.message, refused: !transient };
  }
  const secret = await decryptSecret(await options.serverKey(), subscription.secretBox, subscription.id);
  const headers = await signOutbound({
    secret,
    id: delivery.id,
    timestamp: Math.floor(now.getTime() / 1000),
    body: delivery.body,
  });
  const started = performance.now();
  try {
    const response = await (options.fetch ?? fetch)(target.url, {
      method: 'POST',
      headers: { ...headers, 'user-agent': USER_AGENT },
      body: delivery.body,
      // A redirect is a failed delivery (Standard Webhooks), and following one could lead inward.
      redirect: 'manual',
      signal: AbortSignal.timeout(options.timeoutMs),
    });
    const latencyMs = Math.round(performance.now() - started);
    await response.body?.cancel().catch(() => undefined);
    return {
      statusCode: response.status,
      retryAfter: response.headers.get('retry-after'),
      latencyMs,
      error: null,
      refused: false,
    };
  } catch (error) {
    const latencyMs = Math.round(performance.now() - started);
    const e = error as Error & { cause?: { code?: string; message?: string } };
    // The host's connection refused a private address (server/public-fetch.ts): refused, like the pre-check.
    const refused = e.cause?.code === 'ENOTPUBLIC';
    const why =
      e.name === 'TimeoutError'
        ? `timed out after ${options.timeoutMs} ms`
        : refused
          ? `target refused: ${e.cause!.message}`
          : (e.cause?.code ?? e.cause?.message ?? e.message);
    return { statusCode: null, retryAfter: null, latencyMs, error: why, refused };
  }
}

function hubEvent(
  delivery: OutboundDelivery,
  type: string,
  summary: string,
  data: Record<string, unknown>,
  now: Date,
): NewLifecycleEvent {
  return {
    ref: randomId('evt_'),
    type,
    schemaVersion: 1,
    origin: 'hub',
    modelId: delivery.modelId,
    retrainRequestId: delivery.retrainRequestId,
    summary,
    data: { delivery: delivery.id, ...data },
    occurredAt: now,
  };
}

/** What an attempt changes: the delivery, its log, and the retrain request it carries. */
function outcomeStatements(
  options: DeliverOptions,
  delivery: OutboundDelivery,
  subscription: WebhookSubscription,
  result: AttemptResult,
  startedAt: Date,
  now: Date,
): { statements: BatchStatement[]; delivered: boolean } {
  const { db } = options;
  const base = {
    delivery,
    startedAt,
    statusCode: result.statusCode,
    latencyMs: result.latencyMs,
    error: result.error,
    now,
  };
  const requestId = delivery.retrainRequestId;
  const failRequest = (reason: string): BatchStatement[] =>
    requestId
      ? [
          markRequestFailedStatement(db, requestId, reason, now),
          insertEventWhere(
            db,
            hubEvent(delivery, 'retrain.failed', `Retrain trigger failed: ${reason}`, { reason }, now),
            requestReached(requestId, 'failed', 'closed_at', now),
          ),
        ]
      : [];

  if (result.refused) {
    return {
      statements: [
        ...recordAttemptStatements(db, { ...base, outcome: 'refused', status: 'failed' }),
        // The request and its timeline event are public: the target's address stays in the owner-only log.
        ...failRequest('target refused (the delivery log says why)'),
      ],
      delivered: false,
    };
  }
  const decision = nextAttempt({
    attempt: delivery.attempts - delivery.roundStart,
    lastStatus: result.statusCode,
    retryAfterHeader: result.retryAfter,
    now,
    ...(options.random ? { random: options.random } : {}),
    ...(options.retryPolicy ? { policy: options.retryPolicy } : {}),
  });
  switch (decision.action) {
    case 'delivered':
      return {
        delivered: true,
        statements: [
          ...recordAttemptStatements(db, { ...base, outcome: 'delivered', status: 'delivered' }),
          ...(requestId
            ? [
                markRequestTriggeredStatement(db, requestId, now),
                insertEventWhere(
                  db,
                  hubEvent(
                    delivery,
                    'retrain.triggered',
                    `Retrain trigger delivered to ${new URL(subscription.url).host} (HTTP ${result.statusCode})`,
                    { statusCode: result.statusCode },
                    now,
                  ),
                  requestReached(requestId, 'triggered', 'triggered_at', now),
                ),
              ]
            : []),
        ],
      };
    case 'retry':
      return {
        delivered: false,
        statements: recordAttemptStatements(db, {
          ...base,
          error: result.error ?? decision.reason,
          outcome: 'retry',
          status: 'pending',
          nextAttemptAt: decision.at,
        }),
      };
    case 'give_up':
      return {
        delivered: false,
        statements: [
          ...recordAttemptStatements(db, {
            ...base,
            error: result.error ?? decision.reason,
            outcome: 'give_up',
            status: 'failed',
          }),
          ...failRequest(decision.reason),
        ],
      };
    case 'disable_endpoint':
      return {
        delivered: false,
        statements: [
          ...recordAttemptStatements(db, { ...base, error: decision.reason, outcome: 'disabled', status: 'failed' }),
          disableSubscriptionStatement(db, subscription.id, decision.reason, now),
          insertEventStatement(
            db,
            hubEvent(
              delivery,
              'trigger.disabled',
              `Trigger disabled: ${decision.reason}`,
              { url: redactUrl(subscription.url) },
              now,
            ),
          ),
          ...failRequest(decision.reason),
        ],
      };
  }
}

/** A URL as logs and pages show it: query values (GitLab trigger tokens) hidden. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    for (const key of [...u.searchParams.keys()]) u.searchParams.set(key, '…');
    return u.toString();
  } catch {
    return '(invalid URL)';
  }
}

/**
 * One pass of the outbound worker: claim due deliveries, send each (signed, with a timeout),
 * and record every result with its consequences in one batch per delivery. Safe to run from
 * several processes at once (claims are exclusive); a crash mid-send leaves the lease to
 * expire and the attempt to be made again: at-least-once.
 */
export async function deliverDue(options: DeliverOptions): Promise<DeliverResult> {
  const clock = options.now ?? (() => new Date());
  const claimed = await claimDueDeliveries(options.db, clock(), options.timeoutMs + 30_000, options.limit ?? 20);
  let delivered = 0;
  await Promise.all(
    claimed.map(async (delivery) => {
      const subscription = await getSubscription(options.db, delivery.subscriptionId);
      if (!subscription || subscription.status !== 'active') {
        await runBatch(options.db, [
          cancelDeliveryStatement(options.db, delivery, "the model's trigger is disabled or was removed", clock()),
        ]);
        return;
      }
      const startedAt = clock();
      const result = await send(delivery, subscription, options, startedAt);
      const outcome = outcomeStatements(options, delivery, subscription, result, startedAt, clock());
      await runBatch(options.db, outcome.statements);
      if (outcome.delivered) delivered++;
    }),
  );
  return { attempted: claimed.length, delivered };
}

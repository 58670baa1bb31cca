import type { Db } from '../../db/client';
import type { AppConfig } from '../config';
import type { AppHooks } from '../env';
import { checkTimedPolicies } from '../retrain/periodic';
import { deliverDue } from './deliver';

export interface CycleOptions {
  db: Db;
  config: AppConfig;
  serverKey: () => Promise<CryptoKey>;
  hooks: AppHooks;
  now: () => Date;
  fetch?: typeof fetch;
}

/**
 * Everything time-driven about webhooks, once: fire max-age (and catch-up dataset) policies,
 * then send what is due. The Node host's worker runs the same pieces on its own schedule;
 * the edge host runs this from `POST /api/webhooks/outbound/run` and opportunistically.
 */
export async function runOutboundCycle(
  options: CycleOptions,
): Promise<{ attempted: number; delivered: number; policiesFired: number }> {
  const { config } = options;
  const timed = await checkTimedPolicies(options.db, { publicUrl: config.publicUrl, now: options.now() });
  let attempted = 0;
  let delivered = 0;
  // Several rounds, so retries due within this run and freshly opened requests go out too.
  for (let round = 0; round < 5; round++) {
    const result = await deliverDue({
      db: options.db,
      serverKey: options.serverKey,
      allowPrivateTargets: config.webhooks.allowPrivateTargets,
      timeoutMs: config.webhooks.outboundTimeoutMs,
      resolveHost: options.hooks.resolveHost,
      now: options.now,
      ...(options.fetch ? { fetch: options.fetch } : {}),
    });
    attempted += result.attempted;
    delivered += result.delivered;
    if (result.attempted === 0) break;
  }
  return { attempted, delivered, policiesFired: timed.fired };
}

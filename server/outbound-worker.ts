import type { Db } from '../db/client';
import { nextDueAt } from '../db/queries/outbound';
import { resolveConfig, type AppConfigInput } from '../functions/config';
import { deliverDue } from '../functions/outbound/deliver';
import { checkTimedPolicies } from '../functions/retrain/periodic';
import { serverKeyProvider } from '../functions/webhooks/services';
import { publicOnlyFetch } from './public-fetch';

export interface OutboundWorkerOptions {
  db: Db;
  appConfig: AppConfigInput;
  resolveHost?: (hostname: string) => Promise<string[]>;
  /** Longest sleep between passes when nothing is due (a safety net for missed wake-ups). */
  idleMs?: number;
  /** How often time-based policies (max age, dataset catch-up) are checked. */
  policyIntervalMs?: number;
  /** Default: a fetch that connects only to public addresses, unless private targets are allowed. */
  fetch?: typeof fetch;
  log?: (message: string) => void;
}

/**
 * The Node host's outbound webhook loop: sends due deliveries (woken at once when one is
 * queued, else when the next retry falls due) and checks time-based retraining policies
 * every minute. Claims are exclusive in the database, so running two hubs is safe.
 */
export class OutboundWorker {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;
  private lastPolicyCheck = 0;
  private readonly config;
  private readonly serverKey;
  private readonly fetch: typeof fetch | undefined;

  constructor(private readonly options: OutboundWorkerOptions) {
    this.config = resolveConfig(options.appConfig);
    this.serverKey = serverKeyProvider(this.config.webhooks.secretKey);
    this.fetch = options.fetch ?? (this.config.webhooks.allowPrivateTargets ? undefined : publicOnlyFetch());
  }

  start(): void {
    this.stopped = false;
    this.wake();
  }

  /** Runs a pass now (or right after the one in progress). */
  wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.running = this.pass().finally(() => {
      this.running = null;
      if (this.again) {
        this.again = false;
        this.wake();
      }
    });
  }

  /** Resolves once a pass in progress has finished; no new pass starts afterwards. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }

  /** Resolves after the current and one further complete pass (tests use it to await deliveries). */
  async flush(): Promise<void> {
    await this.running;
    this.wake();
    await this.running;
  }

  private async pass(): Promise<void> {
    const { db } = this.options;
    const log = this.options.log ?? ((m: string) => console.log(m));
    try {
      const now = Date.now();
      if (now - this.lastPolicyCheck >= (this.options.policyIntervalMs ?? 60_000)) {
        this.lastPolicyCheck = now;
        const timed = await checkTimedPolicies(db, { publicUrl: this.config.publicUrl, now: new Date(now) });
        if (timed.fired > 0) log(`[webhooks] ${timed.fired} retraining polic${timed.fired === 1 ? 'y' : 'ies'} fired`);
      }
      for (;;) {
        const result = await deliverDue({
          db,
          serverKey: this.serverKey,
          allowPrivateTargets: this.config.webhooks.allowPrivateTargets,
          timeoutMs: this.config.webhooks.outboundTimeoutMs,
          resolveHost: this.options.resolveHost,
          ...(this.fetch ? { fetch: this.fetch } : {}),
        });
        if (result.attempted === 0 || this.stopped) break;
      }
    } catch (error) {
      log(`[webhooks] outbound pass failed, retrying later: ${(error as Error).message}`);
    }
    if (this.stopped) return;
    const due = await nextDueAt(db).catch(() => null);
    const idle = this.options.idleMs ?? 30_000;
    const wait = due ? Math.min(Math.max(due.getTime() - Date.now(), 50), idle) : idle;
    this.timer = setTimeout(() => this.wake(), wait);
    this.timer.unref();
  }
}

/**
 * The edge host's clock. Pages Functions have no cron of their own, so due outbound retries and
 * time-based retraining policies would wait for the next ordinary request; this Worker's Cron
 * Trigger calls the hub's `POST /api/webhooks/outbound/run` every minute instead.
 *   npx hub token create --scope admin --group it --name "outbound cron" --sql cron-token.sql
 *   npx wrangler d1 execute hep-ml-hub --remote --file cron-token.sql
 *   cd workers/outbound-cron && npx wrangler secret put HUB_TOKEN && npx wrangler deploy
 */

interface Env {
  /** The hub's origin, e.g. https://hub.example.org (a var in wrangler.toml). */
  HUB_URL: string;
  /** An admin token for the hub (a secret). */
  HUB_TOKEN: string;
}

interface ScheduledController {
  cron: string;
  scheduledTime: number;
}

interface ExecutionContext {
  waitUntil(promise: Promise<unknown>): void;
}

/** One run; throws (so the Cron Trigger's log shows a failure) when the hub does not answer 200. */
export async function runOutbound(env: Env): Promise<unknown> {
  if (!env.HUB_URL || !env.HUB_TOKEN)
    throw new Error('Set HUB_URL (var) and HUB_TOKEN (secret) for the outbound cron.');
  const res = await fetch(new URL('/api/webhooks/outbound/run', env.HUB_URL), {
    method: 'POST',
    headers: { authorization: `Bearer ${env.HUB_TOKEN}`, 'user-agent': 'hep-ml-hub-outbound-cron/1' },
  });
  const body = await res.text();
  if (res.status !== 200)
    throw new Error(`POST /api/webhooks/outbound/run answered ${res.status}: ${body.slice(0, 500)}`);
  console.log(`outbound run: ${body}`);
  return JSON.parse(body);
}

export default {
  scheduled(_controller: ScheduledController, env: Env, ctx: ExecutionContext): void {
    ctx.waitUntil(runOutbound(env));
  },
};

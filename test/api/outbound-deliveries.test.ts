import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { claimDueDeliveries } from '../../db/queries/outbound';
import { outboundDeliveries, retrainRequests, webhookSubscriptions } from '../../db/schema';
import { deliverDue } from '../../functions/outbound/deliver';
import { serverKeyProvider } from '../../functions/webhooks/services';
import { verifyStandard } from '../../src/lib/webhooks';
import { createTestToken } from '../factories';
import { addModel, addVersion, createLifecycleHub, TEST_SERVER_KEY, type LifecycleHub } from '../helpers/lifecycle';
import { startReceiver, type Receiver } from '../helpers/receiver';

let hub: LifecycleHub;
let maintainer: string;
let receiver: Receiver | undefined;
const serverKey = serverKeyProvider(TEST_SERVER_KEY);

beforeEach(async () => {
  hub = await createLifecycleHub({ webhooks: { allowPrivateTargets: true } });
  maintainer = (await createTestToken(hub.db, ['maintainer'], 'cms')).authorization;
});

afterEach(async () => {
  await receiver?.close();
  receiver = undefined;
});

/** One pass of the worker at a chosen time, with jitter off (waits are the nominal ceilings halved). */
const pass = (
  now: Date,
  options: { allowPrivateTargets?: boolean; resolveHost?: (h: string) => Promise<string[]> } = {},
) =>
  deliverDue({
    db: hub.db,
    serverKey,
    allowPrivateTargets: options.allowPrivateTargets ?? true,
    timeoutMs: 2000,
    now: () => now,
    random: () => 1,
    resolveHost: options.resolveHost,
  });

async function modelWithTrigger(respond: Parameters<typeof startReceiver>[0]) {
  receiver = await startReceiver(respond);
  const model = await addModel(hub.db, 'cms');
  await addVersion(hub.db, model);
  const trigger = await hub.call('PUT', `/api/models/${model.slug}/trigger`, {
    body: { url: receiver.url },
    headers: { authorization: maintainer },
  });
  expect(trigger.status).toBe(201);
  return { model, secret: trigger.json.secret as string };
}

async function requestRetrain(slug: string) {
  const res = await hub.call('POST', `/api/models/${slug}/retrain-requests`, {
    body: { note: 'new calibration' },
    headers: { authorization: maintainer },
  });
  expect(res.status).toBe(201);
  return res.json;
}

// The log is for the model's group and admins only (test/api/information-leaks.test.ts).
const deliveriesOf = async (slug: string) =>
  (await hub.call('GET', `/api/models/${slug}/deliveries`, { headers: { authorization: maintainer } })).json.items;

describe('outbound retrain triggers', () => {
  it('sends a manual retrain request signed as Standard Webhooks and marks it triggered', async () => {
    const { model, secret } = await modelWithTrigger(() => ({ status: 200 }));
    const request = await requestRetrain(model.slug);
    expect(request).toMatchObject({
      status: 'open',
      trigger: 'manual',
      inputs: { parentVersion: 1, note: 'new calibration' },
    });
    expect(await pass(new Date())).toEqual({ attempted: 1, delivered: 1 });
    const received = receiver!.requests[0]!;
    expect(received.headers['webhook-id']).toMatch(/^msg_/);
    expect(
      (
        await verifyStandard({
          secrets: [secret],
          headers: received.headers as Record<string, string>,
          body: received.body,
          now: new Date(),
        })
      ).ok,
    ).toBe(true);
    const after = await hub.call('GET', `/api/models/${model.slug}/retrain-requests/${request.id}`);
    expect(after.json.status).toBe('triggered');
  });

  it('retries with backoff, honours Retry-After, keeps the webhook-id and logs every attempt', async () => {
    const { model } = await modelWithTrigger((_, n) =>
      n === 1 ? { status: 503, headers: { 'retry-after': '120' } } : n === 2 ? { status: 500 } : { status: 204 },
    );
    await requestRetrain(model.slug);
    const t0 = new Date();
    await pass(t0);
    let [delivery] = await deliveriesOf(model.slug);
    expect(delivery).toMatchObject({ status: 'pending', attempts: 1, lastStatusCode: 503 });
    expect(Date.parse(delivery.nextAttemptAt) - t0.getTime()).toBeGreaterThanOrEqual(120_000);
    expect(await pass(new Date(t0.getTime() + 60_000))).toEqual({ attempted: 0, delivered: 0 });

    const t1 = new Date(t0.getTime() + 121_000);
    await pass(t1);
    [delivery] = await deliveriesOf(model.slug);
    expect(delivery).toMatchObject({ status: 'pending', attempts: 2, lastStatusCode: 500 });
    // Second failure: the 5-minute ceiling, jitter off here, halves to 150 s at the least.
    expect(Date.parse(delivery.nextAttemptAt) - t1.getTime()).toBeGreaterThanOrEqual(150_000);

    await pass(new Date(t1.getTime() + 301_000));
    [delivery] = await deliveriesOf(model.slug);
    expect(delivery).toMatchObject({ status: 'delivered', attempts: 3, lastStatusCode: 204 });
    expect(delivery.attemptLog.map((a: { outcome: string; statusCode: number }) => [a.outcome, a.statusCode])).toEqual([
      ['retry', 503],
      ['retry', 500],
      ['delivered', 204],
    ]);
    expect(new Set(receiver!.requests.map((r) => r.headers['webhook-id'])).size).toBe(1);
  });

  it('stops on 410 Gone: disables the trigger, fails the request, and refuses redelivery until the trigger is set again', async () => {
    let gone = true;
    const { model } = await modelWithTrigger(() => ({ status: gone ? 410 : 200 }));
    const request = await requestRetrain(model.slug);
    await pass(new Date());
    const [delivery] = await deliveriesOf(model.slug);
    expect(delivery).toMatchObject({ status: 'failed', lastStatusCode: 410 });
    expect((await hub.call('GET', `/api/models/${model.slug}/trigger`)).json).toMatchObject({ status: 'disabled' });
    expect((await hub.call('GET', `/api/models/${model.slug}/retrain-requests/${request.id}`)).json.status).toBe(
      'failed',
    );
    const stages = (await hub.call('GET', `/api/models/${model.slug}/events`)).json.items.map(
      (e: { stage: string }) => e.stage,
    );
    expect(stages).toEqual(expect.arrayContaining(['trigger-disabled', 'retrain-failed']));

    const refused = await hub.call('POST', `/api/models/${model.slug}/deliveries/${delivery.id}/redeliver`, {
      headers: { authorization: maintainer },
    });
    expect(refused.status).toBe(409);
    gone = false;
    await hub.call('PUT', `/api/models/${model.slug}/trigger`, {
      body: { url: receiver!.url },
      headers: { authorization: maintainer },
    });
    const again = await hub.call('POST', `/api/models/${model.slug}/deliveries/${delivery.id}/redeliver`, {
      headers: { authorization: maintainer },
    });
    expect(again.status).toBe(202);
    await pass(new Date());
    const [redelivered] = await deliveriesOf(model.slug);
    expect(redelivered).toMatchObject({ id: delivery.id, status: 'delivered', attempts: 2 });
  });

  it('refuses a redelivery while the delivery is still pending (409), and for another group (403)', async () => {
    const { model } = await modelWithTrigger(() => ({ status: 200 }));
    await requestRetrain(model.slug);
    const [delivery] = await deliveriesOf(model.slug);
    expect(
      (
        await hub.call('POST', `/api/models/${model.slug}/deliveries/${delivery.id}/redeliver`, {
          headers: { authorization: maintainer },
        })
      ).status,
    ).toBe(409);
    const other = (await createTestToken(hub.db, ['maintainer'], 'atlas')).authorization;
    expect(
      (
        await hub.call('POST', `/api/models/${model.slug}/deliveries/${delivery.id}/redeliver`, {
          headers: { authorization: other },
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await hub.call('POST', `/api/models/${model.slug}/deliveries/msg_nosuchdelivery/redeliver`, {
          headers: { authorization: maintainer },
        })
      ).status,
    ).toBe(404);
  });

  it('gives up after the last attempt and fails the request', async () => {
    const { model } = await modelWithTrigger(() => ({ status: 500 }));
    const request = await requestRetrain(model.slug);
    const policy = { delaysSeconds: [1], jitterFraction: 0, maxRetryAfterSeconds: 10 };
    const t0 = Date.now();
    await deliverDue({
      db: hub.db,
      serverKey,
      allowPrivateTargets: true,
      timeoutMs: 2000,
      now: () => new Date(t0),
      retryPolicy: policy,
    });
    await deliverDue({
      db: hub.db,
      serverKey,
      allowPrivateTargets: true,
      timeoutMs: 2000,
      now: () => new Date(t0 + 2000),
      retryPolicy: policy,
    });
    const [delivery] = await deliveriesOf(model.slug);
    expect(delivery).toMatchObject({ status: 'failed', attempts: 2 });
    expect(delivery.attemptLog.map((a: { outcome: string }) => a.outcome)).toEqual(['retry', 'give_up']);
    expect((await hub.call('GET', `/api/models/${model.slug}/retrain-requests/${request.id}`)).json.status).toBe(
      'failed',
    );
  });

  it('records a network error (nothing listening) as a retry', async () => {
    const { model } = await modelWithTrigger(() => ({ status: 200 }));
    await receiver!.close();
    receiver = undefined;
    await requestRetrain(model.slug);
    await pass(new Date());
    const [delivery] = await deliveriesOf(model.slug);
    expect(delivery).toMatchObject({ status: 'pending', lastStatusCode: null });
    expect(delivery.lastError).toMatch(/ECONNREFUSED/);
  });
});

describe('private targets', () => {
  it('refuses loopback, private and link-local trigger URLs unless allowed', async () => {
    const strict = await createLifecycleHub();
    const model = await addModel(strict.db, 'cms');
    const token = (await createTestToken(strict.db, ['maintainer'], 'cms')).authorization;
    for (const url of [
      'http://127.0.0.1:8080/x',
      'http://10.1.2.3/x',
      'http://169.254.169.254/latest',
      'http://[::1]/x',
      'http://gitlab.internal/x',
    ]) {
      const res = await strict.call('PUT', `/api/models/${model.slug}/trigger`, {
        body: { url },
        headers: { authorization: token },
      });
      expect(res.status, url).toBe(400);
      expect(res.json.error.details.issues[0].code).toBe('target_refused');
    }
  });

  it('refuses a public-looking name that resolves to a private address (resolver hook)', async () => {
    const strict = await createLifecycleHub({ hooks: { resolveHost: async () => ['10.0.0.7'] } });
    const model = await addModel(strict.db, 'cms');
    const token = (await createTestToken(strict.db, ['maintainer'], 'cms')).authorization;
    const res = await strict.call('PUT', `/api/models/${model.slug}/trigger`, {
      body: { url: 'https://ci.example.org/trigger' },
      headers: { authorization: token },
    });
    expect(res.status).toBe(400);
    expect(res.json.error.message).toContain('resolves to 10.0.0.7');
  });

  it('fails a queued delivery whose target became private, without sending it', async () => {
    const { model } = await modelWithTrigger(() => ({ status: 200 }));
    const request = await requestRetrain(model.slug);
    await pass(new Date(), { allowPrivateTargets: false });
    const [delivery] = await deliveriesOf(model.slug);
    expect(delivery).toMatchObject({ status: 'failed', attemptLog: [{ outcome: 'refused' }] });
    expect(receiver!.requests).toHaveLength(0);
    expect((await hub.call('GET', `/api/models/${model.slug}/retrain-requests/${request.id}`)).json.status).toBe(
      'failed',
    );
  });
});

describe('claiming due deliveries', () => {
  it('never gives the same delivery to two workers, and reclaims one whose lease ran out', async () => {
    const { model } = await modelWithTrigger(() => ({ status: 200 }));
    for (let i = 0; i < 6; i++) await requestRetrain(model.slug);
    const now = new Date();
    const [a, b] = await Promise.all([
      claimDueDeliveries(hub.db, now, 60_000, 4),
      claimDueDeliveries(hub.db, now, 60_000, 4),
    ]);
    const ids = [...a!, ...b!].map((d) => d.id);
    expect(ids).toHaveLength(6);
    expect(new Set(ids).size).toBe(6);
    expect(await claimDueDeliveries(hub.db, new Date(now.getTime() + 30_000), 60_000, 10)).toEqual([]);
    const reclaimed = await claimDueDeliveries(hub.db, new Date(now.getTime() + 61_000), 60_000, 10);
    expect(reclaimed).toHaveLength(6);
    expect(reclaimed.every((d) => d.attempts === 2)).toBe(true);
  });

  it('opens a request without a delivery when the model has no trigger', async () => {
    const model = await addModel(hub.db, 'cms');
    const request = await requestRetrain(model.slug);
    expect(request.status).toBe('open');
    expect(await hub.db.select().from(outboundDeliveries)).toEqual([]);
    const [row] = await hub.db.select().from(retrainRequests).where(eq(retrainRequests.id, request.id));
    expect(row!.reason).toBe('Requested by hand: new calibration');
    expect(await hub.db.select().from(webhookSubscriptions)).toEqual([]);
  });
});

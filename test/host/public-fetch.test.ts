import type { LookupAddress } from 'node:dns';
import { afterEach, describe, expect, it } from 'vitest';
import { deliverDue } from '../../functions/outbound/deliver';
import { serverKeyProvider } from '../../functions/webhooks/services';
import { publicOnlyFetch, publicOnlyLookup, type ResolveAll } from '../../server/public-fetch';
import { createTestToken } from '../factories';
import { addModel, addVersion, createLifecycleHub, TEST_SERVER_KEY } from '../helpers/lifecycle';
import { startReceiver, type Receiver } from '../helpers/receiver';

let receiver: Receiver | undefined;
afterEach(async () => {
  await receiver?.close();
  receiver = undefined;
});

/** A resolver that answers from a table, like a DNS server the test controls. */
const resolverOf =
  (answers: Record<string, string[]>): ResolveAll =>
  (hostname, _family, callback) => {
    const list = answers[hostname];
    if (!list)
      return callback(Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' }), []);
    callback(
      null,
      list.map((address): LookupAddress => ({ address, family: address.includes(':') ? 6 : 4 })),
    );
  };

const portOf = (url: string) => new URL(url).port;

describe('outbound fetch on the Node host connects only to public addresses', () => {
  it('refuses a name that resolves to loopback at connect time, and sends nothing', async () => {
    receiver = await startReceiver();
    const guarded = publicOnlyFetch(resolverOf({ 'hooks.example.org': ['127.0.0.1'] }));
    const error = await guarded(`http://hooks.example.org:${portOf(receiver.url)}/trigger`, {
      method: 'POST',
      body: '{}',
    }).then(
      () => null,
      (e: Error & { cause?: { code?: string; message?: string } }) => e,
    );
    // ENOTPUBLIC comes only from the guarded lookup (real DNS would answer ENOTFOUND for this name).
    expect(error?.cause?.code).toBe('ENOTPUBLIC');
    expect(error?.cause?.message).toBe('hooks.example.org resolves to 127.0.0.1, which is not a public address');
    expect(receiver.requests).toHaveLength(0);
  });

  it('refuses when any one of the answers is private (a mixed answer cannot slip through)', () => {
    const lookup = publicOnlyLookup(resolverOf({ 'ci.example.org': ['93.184.215.14', '10.0.0.7'] }));
    const outcome = new Promise<{ error: NodeJS.ErrnoException | null; result: unknown }>((resolve) =>
      lookup('ci.example.org', { all: true }, (error, result) => resolve({ error, result })),
    );
    return expect(outcome).resolves.toMatchObject({
      error: { code: 'ENOTPUBLIC', message: expect.stringContaining('10.0.0.7') },
    });
  });

  it('hands public answers to the socket, as one address or the whole list', async () => {
    const lookup = publicOnlyLookup(
      resolverOf({ 'ci.example.org': ['93.184.215.14', '2606:2800:21f:cb07:6820:80da:af6b:8b2c'] }),
    );
    const one = await new Promise<unknown[]>((resolve) => lookup('ci.example.org', {}, (...args) => resolve(args)));
    expect(one).toEqual([null, '93.184.215.14', 4]);
    const all = await new Promise<unknown[]>((resolve) =>
      lookup('ci.example.org', { all: true }, (...args) => resolve(args)),
    );
    expect(all).toEqual([
      null,
      [
        { address: '93.184.215.14', family: 4 },
        { address: '2606:2800:21f:cb07:6820:80da:af6b:8b2c', family: 6 },
      ],
    ]);
  });

  it('fails a retrain delivery whose name passed the pre-check but rebinds to loopback when connecting', async () => {
    receiver = await startReceiver();
    const url = `http://ci.example.org:${portOf(receiver.url)}/trigger`;
    // The pre-check (registration and before each attempt) sees a public address …
    const hub = await createLifecycleHub({ hooks: { resolveHost: async () => ['93.184.215.14'] } });
    const model = await addModel(hub.db, 'cms');
    await addVersion(hub.db, model);
    const maintainer = (await createTestToken(hub.db, ['maintainer'], 'cms')).authorization;
    expect(
      (
        await hub.call('PUT', `/api/models/${model.slug}/trigger`, {
          body: { url },
          headers: { authorization: maintainer },
        })
      ).status,
    ).toBe(201);
    const request = await hub.call('POST', `/api/models/${model.slug}/retrain-requests`, {
      body: { note: 'rebinding' },
      headers: { authorization: maintainer },
    });
    expect(request.status).toBe(201);

    // … and the connection's own lookup gets the loopback answer.
    const result = await deliverDue({
      db: hub.db,
      serverKey: serverKeyProvider(TEST_SERVER_KEY),
      allowPrivateTargets: false,
      timeoutMs: 2000,
      resolveHost: async () => ['93.184.215.14'],
      fetch: publicOnlyFetch(resolverOf({ 'ci.example.org': ['127.0.0.1'] })),
    });
    expect(result).toEqual({ attempted: 1, delivered: 0 });
    expect(receiver.requests).toHaveLength(0);
    const [delivery] = (
      await hub.call('GET', `/api/models/${model.slug}/deliveries`, { headers: { authorization: maintainer } })
    ).json.items;
    expect(delivery).toMatchObject({
      status: 'failed',
      lastError: 'target refused: ci.example.org resolves to 127.0.0.1, which is not a public address',
      attemptLog: [{ outcome: 'refused' }],
    });
    expect((await hub.call('GET', `/api/models/${model.slug}/retrain-requests/${request.json.id}`)).json.status).toBe(
      'failed',
    );
  });
});

import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { clientAddress, parseTrustProxy } from './client-address';
import { readServerConfig } from './config';
import { clientAddressOf } from './node-app';

describe('client address behind proxies', () => {
  it('ignores X-Forwarded-For unless proxies are trusted', () => {
    expect(clientAddress('10.0.0.1', '6.6.6.6', parseTrustProxy('0'))).toBe('10.0.0.1');
    expect(clientAddress('10.0.0.1', '6.6.6.6', readServerConfig({}).TRUST_PROXY)).toBe('10.0.0.1');
  });

  it('takes the address one hop from the right behind one proxy, whatever the client prepends', () => {
    const oneProxy = readServerConfig({ TRUST_PROXY: '1' }).TRUST_PROXY;
    // The proxy appended 198.51.100.9 (the address it saw); "6.6.6.6" is the client's own forgery.
    expect(clientAddress('10.0.0.1', '6.6.6.6, 198.51.100.9', oneProxy)).toBe('198.51.100.9');
    expect(clientAddress('10.0.0.1', '198.51.100.9', parseTrustProxy('true'))).toBe('198.51.100.9');
    // Without the header the proxy itself is the client.
    expect(clientAddress('10.0.0.1', undefined, oneProxy)).toBe('10.0.0.1');
  });

  it('counts several hops', () => {
    const two = parseTrustProxy('2');
    expect(clientAddress('10.0.0.1', '6.6.6.6, 198.51.100.9, 10.0.0.2', two)).toBe('198.51.100.9');
  });

  it('skips listed proxy addresses and ranges from the right', () => {
    const listed = parseTrustProxy('10.0.0.0/8, loopback');
    expect(clientAddress('127.0.0.1', '6.6.6.6, 198.51.100.9, 10.1.2.3', listed)).toBe('198.51.100.9');
    // A peer that is not a listed proxy is the client, whatever it forwards.
    expect(clientAddress('203.0.113.5', '6.6.6.6', listed)).toBe('203.0.113.5');
  });

  it('refuses a malformed TRUST_PROXY at start-up, naming the entry', () => {
    expect(() => readServerConfig({ TRUST_PROXY: '10.0.0.0/8,not-an-ip' })).toThrow(/TRUST_PROXY.*not-an-ip/s);
  });

  it('a forged X-Forwarded-For cannot change the address the hub sees over a real socket', async () => {
    const trust = parseTrustProxy('1');
    const app = new Hono().get('/', (c) => c.text(clientAddressOf(c, trust) ?? '?'));
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise((resolve) => server.once('listening', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const seen = new Set<string>();
      for (const forged of ['1.1.1.1', '2.2.2.2', '3.3.3.3']) {
        // As a proxy would forward it: the client's forged value, then the address the proxy saw.
        const res = await fetch(`http://127.0.0.1:${port}/`, {
          headers: { 'x-forwarded-for': `${forged}, 198.51.100.9` },
        });
        seen.add(await res.text());
      }
      expect([...seen]).toEqual(['198.51.100.9']);
    } finally {
      server.close();
    }
  });
});

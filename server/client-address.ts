import proxyAddr from 'proxy-addr';
import type { IncomingMessage } from 'node:http';

/**
 * Which proxies in front of the hub are trusted to report the client address in
 * `X-Forwarded-For`: none, a number of hops (each trusted proxy appends the address it saw, so
 * the client is that many entries from the right), or the proxies' own addresses and CIDR
 * ranges (walking from the right, the first address that is not one of them is the client).
 * Never the leftmost entry: the client writes that one itself.
 */
export type ProxyTrust = (address: string, hop: number) => boolean;

/** Parses `TRUST_PROXY`: `0`/`false` (default), a hop count (`1`/`true` = one proxy), or a list. */
export function parseTrustProxy(value: string): ProxyTrust | undefined {
  const text = value.trim();
  if (text === '' || text === '0' || text === 'false') return undefined;
  if (text === 'true') return hops(1);
  if (/^\d+$/.test(text)) return hops(Number(text));
  // Throws (with the bad entry in its message) on anything that is not an address, a CIDR
  // range or one of `loopback`, `linklocal`, `uniquelocal`.
  return proxyAddr.compile(text.split(',').map((entry) => entry.trim()));
}

const hops =
  (count: number): ProxyTrust =>
  (_address, hop) =>
    hop < count;

/**
 * The client address of a request: the socket peer, or, behind trusted proxies, the first
 * untrusted address counted from the right of `X-Forwarded-For` (the socket peer is hop 0).
 */
export function clientAddress(
  peer: string | undefined,
  forwardedFor: string | undefined,
  trust: ProxyTrust | undefined,
): string | undefined {
  if (!trust || peer === undefined) return peer;
  const request = {
    headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor },
    socket: { remoteAddress: peer },
    connection: { remoteAddress: peer },
  } as unknown as IncomingMessage;
  return proxyAddr(request, trust);
}

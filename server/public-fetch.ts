import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import type { LookupFunction } from 'node:net';
import { Agent, fetch as undiciFetch } from 'undici';
import { isPrivateAddress } from '../src/lib/webhooks';

/** Resolves a name to every address, as `dns.lookup(name, { all: true })` does. */
export type ResolveAll = (
  hostname: string,
  family: number,
  callback: (error: Error | null, addresses: LookupAddress[]) => void,
) => void;

const systemResolver: ResolveAll = (hostname, family, callback) =>
  dnsLookup(hostname, { all: true, family, verbatim: true }, (error, addresses) => callback(error, addresses ?? []));

/** Raised inside the connection when a name resolves to an address that is not public. */
export class NotPublicAddressError extends Error {
  readonly code = 'ENOTPUBLIC';
  constructor(hostname: string, address: string) {
    super(`${hostname} resolves to ${address}, which is not a public address`);
    this.name = 'NotPublicAddressError';
  }
}

/**
 * The socket's own name lookup, refusing private answers. Connections use exactly the
 * addresses judged here, so a name that answers a public address to the pre-check and an
 * inward one when connecting (DNS rebinding) is refused instead of reached.
 */
export function publicOnlyLookup(resolve: ResolveAll = systemResolver): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname, options.family === 4 || options.family === 6 ? options.family : 0, (error, addresses) => {
      if (error) return callback(error, '', 0);
      const inward = addresses.find((a) => isPrivateAddress(a.address));
      if (inward) return callback(new NotPublicAddressError(hostname, inward.address), '', 0);
      const first = addresses[0];
      if (!first) return callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), '', 0);
      // With `all` (Node's happy-eyeballs connect) the callback takes the whole list.
      if (options.all) return (callback as unknown as (e: null, list: LookupAddress[]) => void)(null, addresses);
      callback(null, first.address, first.family);
    });
  };
}

/**
 * `fetch` for outbound webhooks on the Node host that only ever connects to public addresses.
 * Literal addresses in URLs are refused before sending (`checkTargetUrl`); names are judged
 * here, at connect time, on the addresses actually dialled.
 */
export function publicOnlyFetch(resolve?: ResolveAll): typeof fetch {
  const dispatcher = new Agent({ connect: { lookup: publicOnlyLookup(resolve) } });
  const guarded = (input: Parameters<typeof fetch>[0], init?: RequestInit) =>
    undiciFetch(input as Parameters<typeof undiciFetch>[0], {
      ...(init as Parameters<typeof undiciFetch>[1]),
      dispatcher,
    });
  return guarded as unknown as typeof fetch;
}

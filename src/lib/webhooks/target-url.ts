import { classifyAddress } from './ip-address';

export type TargetUrlRefusal =
  'invalid_url' | 'unsupported_scheme' | 'credentials_in_url' | 'private_hostname' | 'private_address';

export type TargetUrlCheck = { ok: true; url: URL } | { ok: false; reason: TargetUrlRefusal; message: string };

export interface TargetUrlOptions {
  /** Allow loopback, private and other non-public targets (local development, on-site receivers). */
  allowPrivate?: boolean;
}

/**
 * Names that resolve inside the hub's own network: RFC 6761 `localhost`,
 * mDNS `.local`, ICANN's private-use `.internal`, RFC 8375 `.home.arpa`.
 */
const PRIVATE_SUFFIXES = ['localhost', 'local', 'internal', 'home.arpa'];

function isPrivateHostname(hostname: string): boolean {
  const name = hostname.replace(/\.$/, '');
  // Single-label names ("receiver", "gitlab") resolve through search domains
  // to internal services; public targets always have a dot.
  if (!name.includes('.')) return true;
  return PRIVATE_SUFFIXES.some((suffix) => name === suffix || name.endsWith(`.${suffix}`));
}

/**
 * Whether an outbound webhook may be sent to `input`. Parsing with `new URL`
 * first matters: it lower-cases, applies IDNA mapping and rewrites numeric
 * IPv4 spellings ("http://0x7f.1", "http://2130706433") to dotted form, so the
 * checks below see the host the HTTP client will connect to.
 *
 * Hostnames are judged by name only; a host must also check the addresses they
 * resolve to with `isPrivateAddress`, or DNS can point a public name inward.
 */
export function checkTargetUrl(input: string | URL, options: TargetUrlOptions = {}): TargetUrlCheck {
  let url: URL;
  try {
    url = new URL(String(input));
  } catch {
    return { ok: false, reason: 'invalid_url', message: 'not an absolute URL' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return {
      ok: false,
      reason: 'unsupported_scheme',
      message: `only http and https targets are allowed, not ${url.protocol}`,
    };
  }
  if (url.username !== '' || url.password !== '') {
    return {
      ok: false,
      reason: 'credentials_in_url',
      message: 'credentials in the URL would be stored and logged in clear; use a secret header instead',
    };
  }
  if (options.allowPrivate) return { ok: true, url };

  const ip = classifyAddress(url.hostname);
  if (ip) {
    return ip.kind === 'public'
      ? { ok: true, url }
      : { ok: false, reason: 'private_address', message: `${ip.address} is ${ip.kind} (${ip.range ?? ''})` };
  }
  if (isPrivateHostname(url.hostname)) {
    return { ok: false, reason: 'private_hostname', message: `${url.hostname} names a local or internal host` };
  }
  return { ok: true, url };
}

/**
 * Which addresses a webhook must not be sent to. Covers the IANA
 * special-purpose registries' non-public ranges, plus IPv6 forms that embed an
 * IPv4 address (mapped, NAT64, 6to4), which are judged by that IPv4 address.
 */

export type AddressKind =
  | 'public'
  | 'unspecified'
  | 'loopback'
  | 'private'
  | 'shared'
  | 'link-local'
  | 'unique-local'
  | 'multicast'
  | 'documentation'
  | 'benchmarking'
  | 'reserved';

export interface AddressClass {
  kind: AddressKind;
  /** The matching range in CIDR notation; absent for public addresses. */
  range?: string;
  /** Canonical text of the address (WHATWG serialisation, IPv6 without brackets). */
  address: string;
}

type Range<T> = readonly [base: T, prefix: number, kind: AddressKind, label: string];

const IPV4_RANGES: readonly Range<string>[] = [
  ['0.0.0.0', 8, 'unspecified', '0.0.0.0/8'],
  ['10.0.0.0', 8, 'private', '10.0.0.0/8'],
  ['100.64.0.0', 10, 'shared', '100.64.0.0/10 (CGNAT)'],
  ['127.0.0.0', 8, 'loopback', '127.0.0.0/8'],
  ['169.254.0.0', 16, 'link-local', '169.254.0.0/16'],
  ['172.16.0.0', 12, 'private', '172.16.0.0/12'],
  ['192.0.0.0', 24, 'reserved', '192.0.0.0/24'],
  ['192.0.2.0', 24, 'documentation', '192.0.2.0/24'],
  ['192.88.99.0', 24, 'reserved', '192.88.99.0/24'],
  ['192.168.0.0', 16, 'private', '192.168.0.0/16'],
  ['198.18.0.0', 15, 'benchmarking', '198.18.0.0/15'],
  ['198.51.100.0', 24, 'documentation', '198.51.100.0/24'],
  ['203.0.113.0', 24, 'documentation', '203.0.113.0/24'],
  ['224.0.0.0', 4, 'multicast', '224.0.0.0/4'],
  ['240.0.0.0', 4, 'reserved', '240.0.0.0/4'],
];

const IPV6_RANGES: readonly Range<string>[] = [
  ['::', 128, 'unspecified', '::/128'],
  ['::1', 128, 'loopback', '::1/128'],
  // The rest of ::/8 (IPv4-compatible, SIIT …) is deprecated or special; mapped
  // addresses are handled before this table is consulted.
  ['::', 8, 'reserved', '::/8'],
  ['64:ff9b:1::', 48, 'private', '64:ff9b:1::/48 (local NAT64)'],
  ['100::', 64, 'reserved', '100::/64 (discard)'],
  ['2001:2::', 48, 'benchmarking', '2001:2::/48'],
  ['2001:db8::', 32, 'documentation', '2001:db8::/32'],
  ['3fff::', 20, 'documentation', '3fff::/20'],
  ['fc00::', 7, 'unique-local', 'fc00::/7'],
  ['fe80::', 10, 'link-local', 'fe80::/10'],
  ['fec0::', 10, 'private', 'fec0::/10 (site-local)'],
  ['ff00::', 8, 'multicast', 'ff00::/8'],
];

/** Dotted IPv4 to its 32-bit value; input must already be canonical dotted-decimal. */
function ipv4ToNumber(text: string): number | null {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  if (!m) return null;
  const parts = m.slice(1).map(Number);
  if (parts.some((p) => p > 255)) return null;
  return parts.reduce((n, p) => n * 256 + p, 0);
}

function numberToIpv4(n: number): string {
  return [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
}

/** Expands WHATWG-canonical IPv6 (lower-case hex, at most one "::", no dotted tail) to 128 bits. */
function ipv6ToBigInt(canonical: string): bigint {
  const [head = '', tail] = canonical.split('::');
  const headGroups = head === '' ? [] : head.split(':');
  const tailGroups = tail === undefined || tail === '' ? [] : tail.split(':');
  const zeros = new Array<string>(8 - headGroups.length - tailGroups.length).fill('0');
  const groups = tail === undefined ? headGroups : [...headGroups, ...zeros, ...tailGroups];
  return groups.reduce((n, g) => (n << 16n) | BigInt(parseInt(g, 16)), 0n);
}

/**
 * The WHATWG URL host parser is the normaliser: it turns "0x7f.1",
 * "2130706433", "0177.0.0.1" into "127.0.0.1" and any IPv6 spelling (embedded
 * dotted IPv4 included) into one canonical form. A character whitelist keeps
 * hostnames and URL syntax out.
 */
function canonicalIp(input: string): { v: 4; text: string } | { v: 6; text: string } | null {
  const text = input.trim().replace(/^\[(.*)\]$/, '$1');
  try {
    if (text.includes(':')) {
      // Zone ids ("fe80::1%eth0") are link-local anyway and URLs refuse them.
      const withoutZone = text.replace(/%[\w.-]+$/, '');
      if (!/^[0-9a-fA-F:.]+$/.test(withoutZone)) return null;
      const host = new URL(`http://[${withoutZone}]/`).hostname;
      return { v: 6, text: host.slice(1, -1) };
    }
    if (!/^[0-9a-fA-FxX.]+$/.test(text)) return null;
    const host = new URL(`http://${text}/`).hostname;
    return ipv4ToNumber(host) === null ? null : { v: 4, text: host };
  } catch {
    return null;
  }
}

function classifyIpv4(value: number, address: string): AddressClass {
  for (const [base, prefix, kind, label] of IPV4_RANGES) {
    const mask = prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
    if ((value & mask) >>> 0 === ((ipv4ToNumber(base) ?? 0) & mask) >>> 0) return { kind, range: label, address };
  }
  return { kind: 'public', address };
}

function inPrefix(value: bigint, base: string, prefix: number): boolean {
  const shift = BigInt(128 - prefix);
  return value >> shift === ipv6ToBigInt(base) >> shift;
}

function classifyIpv6(value: bigint, address: string): AddressClass {
  const embedded = (v4: bigint, via: string): AddressClass => {
    const inner = classifyIpv4(Number(v4 & 0xffffffffn), numberToIpv4(Number(v4 & 0xffffffffn)));
    return inner.kind === 'public'
      ? { kind: 'public', address }
      : { ...inner, range: `${inner.range} via ${via}`, address };
  };
  if (inPrefix(value, '::ffff:0:0', 96)) return embedded(value, '::ffff:0:0/96 (IPv4-mapped)');
  if (inPrefix(value, '64:ff9b::', 96)) return embedded(value, '64:ff9b::/96 (NAT64)');
  if (inPrefix(value, '2002::', 16)) return embedded(value >> 80n, '2002::/16 (6to4)');
  for (const [base, prefix, kind, label] of IPV6_RANGES) {
    if (inPrefix(value, base, prefix)) return { kind, range: label, address };
  }
  return { kind: 'public', address };
}

/** Classifies an IPv4 or IPv6 address (brackets and zone ids allowed); null if not an IP. */
export function classifyAddress(ip: string): AddressClass | null {
  const canonical = canonicalIp(ip);
  if (!canonical) return null;
  return canonical.v === 4
    ? classifyIpv4(ipv4ToNumber(canonical.text) ?? 0, canonical.text)
    : classifyIpv6(ipv6ToBigInt(canonical.text), canonical.text);
}

/**
 * True unless `ip` is a globally routable unicast address. Hosts call it on
 * every address a target hostname resolves to (DNS can point a public name at
 * 127.0.0.1). Throws on input that is not an IP address rather than guessing.
 */
export function isPrivateAddress(ip: string): boolean {
  const c = classifyAddress(ip);
  if (!c) throw new TypeError(`not an IP address: ${JSON.stringify(ip)}`);
  return c.kind !== 'public';
}

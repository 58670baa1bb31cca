import { describe, expect, it } from 'vitest';
import { classifyAddress, isPrivateAddress } from './ip-address';

describe('isPrivateAddress', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.255.254', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['100.64.0.1', 'shared'],
    ['100.127.255.255', 'shared'],
    ['169.254.169.254', 'link-local'],
    ['0.0.0.0', 'unspecified'],
    ['0.1.2.3', 'unspecified'],
    ['224.0.0.1', 'multicast'],
    ['255.255.255.255', 'reserved'],
    ['192.0.2.10', 'documentation'],
    ['198.18.0.1', 'benchmarking'],
    ['::1', 'loopback'],
    ['::', 'unspecified'],
    ['0:0:0:0:0:0:0:1', 'loopback'],
    ['fe80::1', 'link-local'],
    ['febf:ffff::1', 'link-local'],
    ['fe80::1%eth0', 'link-local'],
    ['fc00::1', 'unique-local'],
    ['fd12:3456:789a::1', 'unique-local'],
    ['ff02::1', 'multicast'],
    ['2001:db8::1', 'documentation'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['::FFFF:10.0.0.1', 'private'],
    ['[::ffff:192.168.0.1]', 'private'],
    ['::127.0.0.1', 'reserved'],
    ['64:ff9b::169.254.169.254', 'link-local'],
    ['2002:7f00:1::1', 'loopback'],
  ])('%s is not public (%s)', (ip, kind) => {
    expect(isPrivateAddress(ip)).toBe(true);
    expect(classifyAddress(ip)?.kind).toBe(kind);
  });

  it.each([
    '8.8.8.8',
    '1.1.1.1',
    '128.141.241.94', // a CERN public address
    '172.15.255.255',
    '172.32.0.0',
    '100.63.255.255',
    '100.128.0.0',
    '169.253.255.255',
    '11.0.0.0',
    '2001:4860:4860::8888',
    '2606:4700:4700::1111',
    '::ffff:8.8.8.8',
    '64:ff9b::8.8.8.8',
    '2002:0808:0808::1',
  ])('%s is public', (ip) => {
    expect(isPrivateAddress(ip)).toBe(false);
  });

  it('normalises numeric IPv4 spellings before judging them', () => {
    expect(classifyAddress('2130706433')).toMatchObject({ kind: 'loopback', address: '127.0.0.1' });
    expect(classifyAddress('0x7f.1')).toMatchObject({ kind: 'loopback', address: '127.0.0.1' });
    expect(classifyAddress('0177.0.0.1')).toMatchObject({ kind: 'loopback', address: '127.0.0.1' });
  });

  it.each(['example.com', 'localhost', '', '1.2.3.4/8', '1.2.3.256', '::g', '127.0.0.1:80', 'http://127.0.0.1'])(
    'throws on %j, which is not an IP address',
    (input) => {
      expect(() => isPrivateAddress(input)).toThrow(TypeError);
    },
  );
});

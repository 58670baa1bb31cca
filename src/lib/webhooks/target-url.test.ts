import { describe, expect, it } from 'vitest';
import { checkTargetUrl, type TargetUrlRefusal } from './target-url';

describe('checkTargetUrl refuses', () => {
  it.each<[string, TargetUrlRefusal]>([
    ['not a url', 'invalid_url'],
    ['/relative/path', 'invalid_url'],
    ['http://[fe80::1%25eth0]/', 'invalid_url'],
    ['ftp://example.com/hook', 'unsupported_scheme'],
    ['file:///etc/passwd', 'unsupported_scheme'],
    ['javascript:alert(1)', 'unsupported_scheme'],
    ['gopher://example.com/', 'unsupported_scheme'],
    ['https://user:pass@example.com/hook', 'credentials_in_url'],
    ['https://token@example.com/hook', 'credentials_in_url'],
    ['http://localhost/', 'private_hostname'],
    ['http://LOCALHOST:8080/', 'private_hostname'],
    ['http://localhost./', 'private_hostname'],
    ['http://api.localhost/', 'private_hostname'],
    ['http://ⓛocalhost/', 'private_hostname'],
    ['http://printer.local/', 'private_hostname'],
    ['http://metadata.google.internal/', 'private_hostname'],
    ['http://router.home.arpa/', 'private_hostname'],
    ['http://receiver:9000/hook', 'private_hostname'],
    ['http://127.0.0.1/', 'private_address'],
    ['http://127.0.0.1./', 'private_address'],
    ['http://127.1/', 'private_address'],
    ['http://2130706433/', 'private_address'],
    ['http://0x7f000001/', 'private_address'],
    ['http://0x7f.0.0.1/', 'private_address'],
    ['http://0177.0.0.1/', 'private_address'],
    ['http://017700000001/', 'private_address'],
    ['http://0/', 'private_address'],
    ['http://0.0.0.0:8080/', 'private_address'],
    ['http://10.0.0.5/hook', 'private_address'],
    ['http://172.16.3.4/', 'private_address'],
    ['http://172.31.255.255/', 'private_address'],
    ['http://192.168.0.10/', 'private_address'],
    ['http://100.64.1.1/', 'private_address'],
    ['http://169.254.169.254/latest/meta-data/', 'private_address'],
    ['http://[::1]/', 'private_address'],
    ['http://[0:0:0:0:0:0:0:1]/', 'private_address'],
    ['http://[::]/', 'private_address'],
    ['http://[::ffff:127.0.0.1]/', 'private_address'],
    ['http://[::ffff:a9fe:a9fe]/', 'private_address'],
    ['http://[fe80::1]/', 'private_address'],
    ['http://[fd00::1]/', 'private_address'],
    ['http://[fc00::1]:8443/', 'private_address'],
    ['http://[64:ff9b::10.0.0.1]/', 'private_address'],
    ['http://[2002:c0a8:101::]/', 'private_address'],
    ['http://224.0.0.1/', 'private_address'],
  ])('%s (%s)', (url, reason) => {
    expect(checkTargetUrl(url)).toMatchObject({ ok: false, reason });
  });
});

describe('checkTargetUrl accepts', () => {
  it.each([
    'https://gitlab.cern.ch/api/v4/projects/123/trigger/pipeline',
    'https://api.github.com/repos/org/repo/dispatches',
    'http://example.com/hook',
    'https://example.com:8443/hook?token=abc',
    'https://8.8.8.8/',
    'https://[2606:4700:4700::1111]/',
    'https://[::ffff:8.8.8.8]/',
    'https://172.32.0.1/',
    'https://xn--bcher-kva.example/', // punycode names are ordinary public names
  ])('%s', (url) => {
    expect(checkTargetUrl(url)).toMatchObject({ ok: true });
  });

  it('returns the normalised URL the client should connect to', () => {
    const result = checkTargetUrl('HTTPS://Example.COM:443/a/../hook');
    expect(result.ok && result.url.href).toBe('https://example.com/hook');
  });

  it('accepts a URL object', () => {
    expect(checkTargetUrl(new URL('https://example.org/x'))).toMatchObject({ ok: true });
  });
});

describe('checkTargetUrl with allowPrivate', () => {
  it.each([
    'http://localhost:8787/hook',
    'http://127.0.0.1:9000/',
    'http://[::1]/',
    'http://10.0.0.5/',
    'http://receiver/',
  ])('accepts %s', (url) => {
    expect(checkTargetUrl(url, { allowPrivate: true })).toMatchObject({ ok: true });
  });
  it('still refuses other schemes and credentials', () => {
    expect(checkTargetUrl('file:///etc/passwd', { allowPrivate: true })).toMatchObject({
      ok: false,
      reason: 'unsupported_scheme',
    });
    expect(checkTargetUrl('http://a:b@localhost/', { allowPrivate: true })).toMatchObject({
      ok: false,
      reason: 'credentials_in_url',
    });
  });
});

import { describe, expect, it } from 'vitest';
import { isCompressibleType, negotiateEncoding, varyWithAcceptEncoding, weakEtag } from './compression';

describe('Accept-Encoding negotiation', () => {
  it.each([
    ['br, gzip, deflate', 'br'],
    ['gzip, deflate', 'gzip'],
    ['gzip, deflate, br, zstd', 'br'],
    ['br;q=0, gzip', 'gzip'],
    ['gzip;q=0.5, br;q=0.4', 'gzip'],
    ['gzip;q=1.0, br;q=1.0', 'br'],
    ['*', 'br'],
    ['*;q=0.1, br;q=0', 'gzip'],
    ['x-gzip', 'gzip'],
    ['GZIP', 'gzip'],
    ['identity', null],
    ['br;q=0, gzip;q=0', null],
    ['*;q=0', null],
    ['deflate', null],
    ['', null],
    ['br;q=abc', null],
  ])('%j → %j', (header, expected) => {
    expect(negotiateEncoding(header)).toBe(expected);
  });

  it('answers identity without the header and chooses only among the encodings a file has', () => {
    expect(negotiateEncoding(undefined)).toBeNull();
    expect(negotiateEncoding('br, gzip', ['gzip'])).toBe('gzip');
    expect(negotiateEncoding('br', ['gzip'])).toBeNull();
    expect(negotiateEncoding('br, gzip', [])).toBeNull();
  });
});

describe('compression headers', () => {
  it('compresses text, JSON, JavaScript, SVG and WASM, not images or archives', () => {
    for (const type of [
      'text/html; charset=utf-8',
      'application/json',
      'application/problem+json',
      'text/javascript',
      'image/svg+xml',
      'application/wasm',
      'application/xml',
    ])
      expect(isCompressibleType(type), type).toBe(true);
    for (const type of ['image/png', 'application/gzip', 'application/octet-stream', 'application/zip', '', undefined])
      expect(isCompressibleType(type), String(type)).toBe(false);
  });

  it('adds Accept-Encoding to Vary once', () => {
    expect(varyWithAcceptEncoding(undefined)).toBe('Accept-Encoding');
    expect(varyWithAcceptEncoding('Authorization')).toBe('Authorization, Accept-Encoding');
    expect(varyWithAcceptEncoding('accept-encoding')).toBe('accept-encoding');
    expect(varyWithAcceptEncoding('*')).toBe('*');
  });

  it('weakens a strong ETag and leaves a weak one', () => {
    expect(weakEtag('"abc"')).toBe('W/"abc"');
    expect(weakEtag('W/"abc"')).toBe('W/"abc"');
  });
});

import { describe, expect, it } from 'vitest';
import { decodeBase64, decodeBase64Url, decodeHex, encodeBase64, encodeBase64Url, encodeHex } from './encoding';

const allBytes = Uint8Array.from({ length: 256 }, (_, i) => i);

describe('encoding', () => {
  it('round-trips every byte value through base64, base64url and hex', () => {
    expect(decodeBase64(encodeBase64(allBytes))).toEqual(allBytes);
    expect(decodeBase64Url(encodeBase64Url(allBytes))).toEqual(allBytes);
    expect(decodeHex(encodeHex(allBytes))).toEqual(allBytes);
  });
  it('matches known base64 text', () => {
    expect(encodeBase64(new TextEncoder().encode('Hello, World!'))).toBe('SGVsbG8sIFdvcmxkIQ==');
    expect(encodeBase64Url(new Uint8Array([0xfb, 0xff]))).toBe('-_8');
  });
  it('encodes inputs larger than one fromCharCode chunk', () => {
    const big = new Uint8Array(100_000).map((_, i) => i % 251);
    expect(decodeBase64(encodeBase64(big))).toEqual(big);
  });
  it.each(['abc$', 'a', 'YQ=', 'Y Q==', 'YQ==='])('rejects invalid base64 %j', (text) => {
    expect(decodeBase64(text)).toBeNull();
  });
  it('rejects standard-alphabet characters in base64url', () => {
    expect(decodeBase64Url('ab+/')).toBeNull();
  });
  it.each(['abc', 'zz', '0x00'])('rejects invalid hex %j', (text) => {
    expect(decodeHex(text)).toBeNull();
  });
});

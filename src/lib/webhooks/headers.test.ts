import { describe, expect, it } from 'vitest';
import { getHeader } from './headers';

describe('getHeader', () => {
  it('finds a header in a plain record whatever its case', () => {
    expect(getHeader({ 'Webhook-Id': 'msg_1' }, 'webhook-id')).toBe('msg_1');
  });
  it('joins repeated values from Node-style arrays like Headers.get does', () => {
    expect(getHeader({ 'webhook-signature': ['v1,a', 'v1,b'] }, 'Webhook-Signature')).toBe('v1,a, v1,b');
  });
  it('joins the same header sent under different cases in a record', () => {
    expect(getHeader({ 'X-A': '1', 'x-a': '2' }, 'x-a')).toBe('1, 2');
  });
  it('reads a Fetch Headers object', () => {
    expect(getHeader(new Headers({ 'X-Gitlab-Token': 't' }), 'x-gitlab-token')).toBe('t');
  });
  it('treats absent, undefined and blank values as missing', () => {
    expect(getHeader({}, 'x')).toBeUndefined();
    expect(getHeader({ x: undefined }, 'x')).toBeUndefined();
    expect(getHeader({ x: '   ' }, 'x')).toBeUndefined();
    expect(getHeader(new Headers(), 'x')).toBeUndefined();
  });
});

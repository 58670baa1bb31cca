import { describe, expect, it } from 'vitest';
import { jsonForScript } from './json-for-script';

describe('jsonForScript', () => {
  it('cannot close the script element it is embedded in, and parses back to the same value', () => {
    const value = { agent: '</script><script>alert(1)</script>', comment: '<!-- x', separators: 'a\u2028b\u2029c' };
    const text = jsonForScript(value);
    expect(text).not.toMatch(/<\/script|<!--/i);
    expect(text).not.toMatch(/[\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual(value);
  });
});

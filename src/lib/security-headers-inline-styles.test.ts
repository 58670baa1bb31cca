import { describe, expect, it } from 'vitest';
import { needsInlineStyles, securityHeaders } from './security-headers';

const styleSrc = (path: string) =>
  new Map(
    securityHeaders(path)
      .find(([name]) => name === 'Content-Security-Policy')![1]
      .split('; ')
      .map((d) => [d.split(' ')[0], d] as const),
  ).get('style-src');

describe('inline styles in the Content-Security-Policy', () => {
  it('allows injected <style> elements on the API reference only, and nothing else there', () => {
    expect(needsInlineStyles('/docs/api/')).toBe(true);
    expect(needsInlineStyles('/docs/api')).toBe(true);
    expect(needsInlineStyles('/docs/apis/')).toBe(false);
    expect(needsInlineStyles('/docs/events/')).toBe(false);
    expect(styleSrc('/docs/api/')).toBe("style-src 'self' 'unsafe-inline'");
    expect(styleSrc('/models/')).toBe("style-src 'self'");
    const policy = securityHeaders('/docs/api/').find(([name]) => name === 'Content-Security-Policy')![1];
    expect(policy).toContain("script-src 'self';");
    expect(policy).toContain("connect-src 'self';");
  });
});

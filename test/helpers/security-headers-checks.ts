import { expect } from 'vitest';
import {
  contentSecurityPolicy,
  needsInlineStyles,
  needsWasm,
  PERMISSIONS_POLICY,
} from '../../src/lib/security-headers';
import { SECURITY_TXT_EXPIRES } from '../../src/lib/security-txt';
import { inlineScripts } from './site-routes';

/** What every page, file and API answer of either host must carry. */
export function expectSecurityHeaders(path: string, headers: Headers) {
  const pathname = new URL(path, 'http://hub.test').pathname;
  // Only the API reference (Scalar injects <style> elements) may have inline styles.
  expect(headers.get('content-security-policy'), path).toBe(
    contentSecurityPolicy({ wasm: needsWasm(pathname), inlineStyles: needsInlineStyles(pathname) }),
  );
  // No inline script anywhere; inline <style> elements only on the API reference. (`style` attributes,
  // `style-src-attr`, are allowed on every page: see src/lib/security-headers.ts.)
  const directives = new Map(
    (headers.get('content-security-policy') ?? '').split(';').map((d) => {
      const [name, ...sources] = d.trim().split(/\s+/);
      return [name, sources] as const;
    }),
  );
  expect(directives.get('script-src'), path).not.toContain("'unsafe-inline'");
  if (!pathname.startsWith('/docs/api')) expect(directives.get('style-src'), path).not.toContain("'unsafe-inline'");
  expect(headers.get('x-content-type-options'), path).toBe('nosniff');
  expect(headers.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin');
  expect(headers.get('permissions-policy'), path).toBe(PERMISSIONS_POLICY);
  expect(headers.get('x-frame-options'), path).toBe('DENY');
}

/** A page satisfies `script-src 'self'`: no inline script, no inline event handler, no javascript: link. */
export function expectNoInlineCode(path: string, html: string) {
  expect(inlineScripts(html), path).toEqual([]);
  expect(html.match(/<[^>]+\son[a-z]+\s*=/gi), path).toBeNull();
  expect(html.match(/<style\b/gi), path).toBeNull();
  expect(html.match(/href\s*=\s*"\s*javascript:/gi), path).toBeNull();
}

export function expectSecurityTxt(text: string, origin: string) {
  const fields = new Map(
    text
      .trim()
      .split('\n')
      .map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trim()] as const),
  );
  expect(fields.get('Canonical')).toBe(`${origin}/.well-known/security.txt`);
  expect(fields.get('Policy')).toBe(`${origin}/security.md`);
  expect(fields.get('Contact')).toMatch(/^(https:|http:|mailto:)/);
  expect(fields.get('Preferred-Languages')).toBe('en');
  expect(fields.get('Expires')).toBe(SECURITY_TXT_EXPIRES);
  // RFC 9116: in the future, and not more than about a year ahead.
  const expires = Date.parse(fields.get('Expires')!);
  expect(expires - Date.now(), 'security.txt expires within a month: renew it').toBeGreaterThan(30 * 86_400_000);
  expect(expires - Date.now()).toBeLessThan(400 * 86_400_000);
}

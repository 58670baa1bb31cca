import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, needsWasm, securityHeaders, staticHeadersFile } from './security-headers';

const directives = (policy: string) =>
  new Map(policy.split(/\s*;\s*/).map((d) => [d.split(' ')[0]!, d.split(' ').slice(1)] as const));

describe('security headers', () => {
  it('allows no inline script anywhere and compiles WebAssembly only on the demo and inspector pages', () => {
    for (const path of [
      '/',
      '/tools/',
      '/models/x/',
      '/api/tools',
      '/demos/',
      '/demos/jet-btag/',
      '/inspect/',
      '/benchmarks/run/',
      '/benchmarks/',
    ]) {
      const csp = directives(Object.fromEntries(securityHeaders(path))['Content-Security-Policy']!);
      expect(csp.get('script-src'), path).not.toContain("'unsafe-inline'");
      expect(csp.get('script-src'), path).not.toContain("'unsafe-eval'");
      expect(csp.get('frame-ancestors'), path).toEqual(["'none'"]);
      expect(csp.get('script-src')!.includes("'wasm-unsafe-eval'"), path).toBe(needsWasm(path));
    }
    expect(needsWasm('/demos/jet-btag/')).toBe(true);
    expect(needsWasm('/inspect')).toBe(true);
    expect(needsWasm('/benchmarks/run/')).toBe(true);
    expect(needsWasm('/benchmarks/result/')).toBe(false);
    expect(needsWasm('/demosx/')).toBe(false);
    expect(needsWasm('/models/inspect/')).toBe(false);
  });

  it('sends nosniff, a referrer policy and a permissions policy that denies unused features', () => {
    const headers = Object.fromEntries(securityHeaders('/'));
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['Permissions-Policy']).toContain('camera=()');
    expect(headers['Permissions-Policy']).toContain('geolocation=()');
    expect(headers['Permissions-Policy']).not.toContain('clipboard-write');
  });

  it('public/_headers (Cloudflare static files) says exactly what the hosts send', () => {
    const file = readFileSync(new URL('../../public/_headers', import.meta.url), 'utf8');
    expect(file).toBe(staticHeadersFile());
    expect(file).toContain(`Content-Security-Policy: ${contentSecurityPolicy({ wasm: true })}`);
  });
});

import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { launchChromium, watchCspViolations } from '../helpers/chromium';
import { ROUTE_EXAMPLES, routeFiles } from '../helpers/site-routes';
import { describeBrowser, hubUrl, useBrowser } from './context';

const MODELS = new URL('../../public/models/', import.meta.url);

/** The page's Content-Security-Policy as the browser received it, with the page's own violation log. */
async function visit(page: Page, path: string) {
  const response = await page.goto(`${hubUrl}${path}`, { waitUntil: 'load' });
  // Let deferred module scripts and their first fetches run under the policy.
  await page.waitForLoadState('networkidle');
  return response;
}

/**
 * Every route of the site, in a real Chromium, under the policy the hosts send: the suite's
 * helper (test/browser/context.ts) fails each test on any CSP violation, here and everywhere else.
 */
describeBrowser('Content-Security-Policy in Chromium', () => {
  const browser = useBrowser();

  it('has an example for every route under src/pages', () => {
    expect(Object.keys(ROUTE_EXAMPLES).sort()).toEqual(routeFiles());
  });

  it('opens one page of every route with no policy violation', async () => {
    const page = await browser.newPage();
    for (const [file, path] of Object.entries(ROUTE_EXAMPLES)) {
      // Documents only: Chromium's own viewer for XML (the sitemaps) styles the tree inline, which a
      // policy blocks on any site; text and JSON answers have nothing a policy governs.
      if (!/\.astro$/.test(file)) continue;
      const response = await visit(page, path);
      expect(response?.status(), `${file}: ${path}`).toBeLessThan(500);
      const headers = (await response?.allHeaders()) ?? {};
      if ((headers['content-type'] ?? '').startsWith('text/html'))
        expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
    }
    expect(page.errors.filter((e) => /Content.Security.Policy/i.test(e))).toEqual([]);
  }, 180_000);

  it('refuses an injected inline script, and the suite’s violation watcher reports it', async () => {
    // Its own browser: this violation is the point, so it must stay out of the suite-wide check.
    const own = await launchChromium();
    try {
      const context = await own.newContext();
      const violations = await watchCspViolations(context);
      const page = await context.newPage();
      await page.goto(`${hubUrl}/tools/`);
      const ran = await page.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'window.__injected = true';
        document.body.append(script);
        return (window as unknown as { __injected?: boolean }).__injected === true;
      });
      expect(ran).toBe(false);
      await expect.poll(() => violations.join('\n')).toContain('script-src');
    } finally {
      await own.close();
    }
  });

  it('runs a demo model (ONNX Runtime Web, WASM) under the policy', async () => {
    const page = await browser.newPage();
    await visit(page, '/demos/pid-dedx/?provider=wasm');
    await page.locator('[data-load-model]').click();
    const result = page.locator('[data-demo-result]');
    await expect.poll(() => result.getAttribute('data-provider'), { timeout: 60_000 }).toBe('wasm');
    expect(await result.getAttribute('data-predicted')).toBeTruthy();
    expect(page.errors).toEqual([]);
  }, 90_000);

  it('inspects and runs a model in the inspector under the policy', async () => {
    const page = await browser.newPage();
    await visit(page, '/inspect/');
    await page.locator('[data-file-input]').setInputFiles(new URL('pid-dedx.onnx', MODELS).pathname);
    const root = page.locator('[data-inspector]');
    await expect.poll(() => root.getAttribute('data-state'), { timeout: 30_000 }).toBe('inspected');
    await page.getByLabel('WASM (CPU)').check();
    await page.getByRole('button', { name: 'Run with random inputs' }).click();
    const result = page.locator('[data-try-result]');
    await expect.poll(() => result.getAttribute('data-provider'), { timeout: 60_000 }).toBe('wasm');
    expect(page.errors).toEqual([]);
  }, 90_000);
});

import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject } from 'vitest';
import { launchChromium, watchCspViolations } from '../helpers/chromium';

export const browserAvailable = inject('browserAvailable');
export const hubUrl = inject('hubUrl');
export const adminToken = inject('adminToken');

/** `describe` for browser suites: skipped (loudly, in global setup) when no Chromium exists. */
export const describeBrowser = describe.skipIf(!browserAvailable);

/**
 * One browser per suite; pages collect console errors so tests can assert none happened, and every
 * test fails on any Content-Security-Policy violation in the pages it opened.
 */
export function useBrowser(options: { webgpu?: boolean } = {}) {
  let browser: Browser | undefined;
  let cspViolations: string[][] = [];
  beforeAll(async () => {
    browser = await launchChromium(options);
  });
  afterEach(() => {
    const seen = cspViolations.flat();
    cspViolations = [];
    expect(seen, 'Content-Security-Policy violations').toEqual([]);
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    /** A page in a fresh context; `javaScriptEnabled: false` checks the no-JS experience, `colorScheme` dark mode. */
    async newPage(
      contextOptions: { javaScriptEnabled?: boolean; colorScheme?: 'light' | 'dark' } = {},
    ): Promise<Page & { errors: string[] }> {
      const context = await browser!.newContext(contextOptions);
      cspViolations.push(await watchCspViolations(context));
      const page = (await context.newPage()) as Page & { errors: string[] };
      page.errors = [];
      page.on('pageerror', (e) => page.errors.push(e.message));
      page.on('console', (m) => {
        if (m.type() === 'error') page.errors.push(m.text());
      });
      return page;
    },
  };
}

/** Calls the hub API as the test admin (or anonymously), returning status and JSON. */
export async function api(method: string, path: string, body?: unknown, token: string | null = adminToken) {
  const response = await fetch(new URL(path, hubUrl), {
    method,
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, json: text ? JSON.parse(text) : undefined };
}

import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../helpers/chromium';
import { kib, measurePage, scriptBytes, type PageWeight } from '../helpers/page-weight';
import { describeBrowser, hubUrl } from './context';
import { PAGE_BUDGETS } from './page-budgets';

/**
 * Every kind of page stays within its weight budget (test/browser/page-budgets.ts): what Chromium
 * downloads with an empty cache, by resource type, compressed as the Node host sends it.
 */
describeBrowser('page weight budgets', () => {
  let browser: Browser;
  const weights: Record<string, PageWeight> = {};
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    const rows = Object.entries(weights).map(([kind, w]) => ({
      kind,
      path: w.path,
      js: kib(scriptBytes(w)),
      css: kib(w.byType.stylesheet ?? 0),
      html: kib(w.byType.document ?? 0),
      total: kib(w.total),
    }));
    console.table(rows);
  });

  for (const [kind, budget] of Object.entries(PAGE_BUDGETS)) {
    it(`${kind} (${budget.path}) loads at most ${budget.jsKiB} KiB of JavaScript and ${budget.totalKiB} KiB in all`, async () => {
      const weight = await measurePage(browser, hubUrl, budget.path);
      weights[kind] = weight;
      const listing = weight.resources.map((r) => `${r.type} ${r.url} ${kib(r.bytes)}`).join('\n');
      const loaded = weight.resources.map((r) => r.url.split('/').pop()!);
      for (const name of budget.forbidden) {
        expect(
          loaded.filter((file) => file.startsWith(`${name}.`)),
          `${kind} loads ${name}:\n${listing}`,
        ).toEqual([]);
      }
      expect(scriptBytes(weight) / 1024, `JavaScript of ${kind}:\n${listing}`).toBeLessThanOrEqual(budget.jsKiB);
      expect(weight.total / 1024, `everything ${kind} loads:\n${listing}`).toBeLessThanOrEqual(budget.totalKiB);
      // The page and its scripts came compressed (Brotli: Chromium asks for it on loopback).
      for (const r of weight.resources.filter((r) => (r.type === 'document' || r.type === 'script') && r.bytes > 3000))
        expect(r.encoding, `${r.url} is sent compressed`).toBe('br');
    });
  }
});

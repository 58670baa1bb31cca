import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeBrowser, hubUrl, useBrowser } from './context';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Every kind of page the hub publishes, plus server-filled and error pages. */
const PAGES = [
  '/',
  '/tools/',
  '/tools/swan/',
  '/tools/suggest/',
  '/hardware/?zone=online',
  '/hardware/alice-epn/',
  '/models/',
  '/models/jet-btag/',
  '/models/jet-btag/v/1/',
  '/models/jet-btag/studies/',
  '/models/jet-btag/studies/lr-width-scan/',
  '/models/jet-btag/compare/',
  '/datasets/',
  '/datasets/jet-btag-toy-tracks/',
  '/benchmarks/',
  '/benchmarks/storage/',
  '/benchmarks/storage/input-bound/?training=50000&result=da_seed-hyparquet-warm-c1',
  '/benchmarks/storage/result/?id=da_seed-node-fs-warm-c1',
  '/costs/?datasetTb=20&gpu=A100-80GB&gpus=4&hours=36&jobs=50',
  '/demos/',
  '/demos/pid-dedx/',
  '/inspect/',
  '/inspect/operators/',
  '/search/?q=jet',
  '/docs/api/',
  '/docs/api/?interactive=1',
  '/docs/events/',
  '/docs/mlflow/',
  '/docs/hpo/',
  '/no-such-page/',
];

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core (WCAG 2.x A/AA rules and best practices) on the page as it stands. */
async function audit(page: Page): Promise<string[]> {
  // Evaluated by the test driver, not added as an inline <script>: the pages' CSP rightly blocks those.
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (context: unknown, options: object) => Promise<{ violations: Violation[] }> };
      }
    ).axe;
    return (await axe.run(document, { resultTypes: ['violations'] })).violations;
  });
  return violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/** Waits until Scalar has drawn the API reference (its sidebar lists the tags). */
async function apiReferenceRendered(page: Page) {
  await page
    .getByRole('navigation', { name: /^Sidebar for / })
    .getByText('Model versions', { exact: true })
    .waitFor({ timeout: 30_000 });
}

describeBrowser('accessibility (axe-core) of every kind of page', () => {
  const browser = useBrowser();

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`finds no violations in ${colorScheme} mode, colour contrast included`, async () => {
      const found: Record<string, string[]> = {};
      const page = await browser.newPage({ colorScheme });
      for (const path of PAGES) {
        await page.goto(`${hubUrl}${path}`, { waitUntil: 'networkidle' });
        // The first view is plain HTML; ?interactive=1 opens Scalar at once.
        if (path === '/docs/api/?interactive=1') await apiReferenceRendered(page);
        const violations = await audit(page);
        if (violations.length) found[path] = violations;
      }
      expect(found).toEqual({});
      // Every page plus the interactive API reference: over 90 s on a loaded two-core machine.
    }, 180_000);
  }

  it('finds none on a demo after it has run, nor on the inspector with a report open', async () => {
    const page = await browser.newPage();
    await page.goto(`${hubUrl}/demos/jet-btag/`);
    await page.locator('[data-load-model]').click();
    await page.waitForSelector('[data-demo-status]:has-text("Ran on")', { timeout: 60_000 });
    expect(await audit(page)).toEqual([]);
    await page.goto(`${hubUrl}/inspect/?model=/models/jet-btag-int8.onnx`);
    await page.waitForSelector('[data-inspect-result]:not([hidden])', { timeout: 60_000 });
    // With its graph drawn (test/browser/inspector-graph.test.ts audits more of the graph view's states).
    await page.waitForSelector('[data-graph-view][data-graph-state="drawn"]', { timeout: 60_000 });
    expect(await audit(page)).toEqual([]);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`finds none on the API reference with its search open, an operation shown, and its narrow-screen menu open (${colorScheme})`, async () => {
      const page = await browser.newPage({ colorScheme });
      await page.goto(`${hubUrl}/docs/api/?interactive=1`, { waitUntil: 'networkidle' });
      await apiReferenceRendered(page);
      const found: Record<string, string[]> = {};
      const check = async (state: string) => {
        const violations = await audit(page);
        if (violations.length) found[state] = violations;
      };

      await page.keyboard.press('Control+k');
      const search = page.getByRole('combobox', { name: 'Enter search query' });
      await search.waitFor();
      await page.keyboard.type('suggest');
      await page.getByRole('dialog').getByRole('option').first().waitFor();
      await check('search open');
      await page.keyboard.press('Escape');

      await page.goto(`${hubUrl}/docs/api/#tag/search/GET/api/search/suggest`, { waitUntil: 'networkidle' });
      const operation = page.locator('[id="api-1/tag/search/GET/api/search/suggest"]');
      await expect.poll(() => operation.innerText(), { timeout: 30_000 }).toContain('"name": "L1 anomaly detector"');
      await check('operation shown');

      await page.setViewportSize({ width: 480, height: 800 });
      await page.getByRole('button', { name: 'Open Menu' }).click();
      await page
        .getByRole('navigation', { name: /^Sidebar for / })
        .getByText('Model versions', { exact: true })
        .waitFor();
      await check('narrow, menu open');
      expect(found).toEqual({});
    }, 90_000);
  }

  it('lets the keyboard open the interactive API reference from the first view, with focus visible', async () => {
    const page = await browser.newPage();
    await page.goto(`${hubUrl}/docs/api/`, { waitUntil: 'networkidle' });
    const focusedText = () => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    for (let presses = 0; presses < 60 && !(await focusedText()).startsWith('Open the interactive'); presses++)
      await page.keyboard.press('Tab');
    expect(await focusedText()).toBe('Open the interactive reference (try it)');
    expect(
      await page.evaluate(() => {
        const style = getComputedStyle(document.activeElement!);
        return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
      }),
    ).toBe(true);
    await page.keyboard.press('Enter');
    await apiReferenceRendered(page);
    expect(new URL(page.url()).searchParams.get('interactive')).toBe('1');
    expect(await page.locator('[data-api-static]').isVisible()).toBe(false);
    expect(await audit(page)).toEqual([]);
  }, 90_000);

  it('lets the keyboard reach the API reference sidebar and its search, with focus visible', async () => {
    const page = await browser.newPage();
    await page.goto(`${hubUrl}/docs/api/?interactive=1`, { waitUntil: 'networkidle' });
    await apiReferenceRendered(page);
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        return {
          inSidebar: !!el.closest('nav[aria-label^="Sidebar for "]'),
          text: el.textContent?.trim() ?? '',
          outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
        };
      });
    let state = await focused();
    for (let presses = 0; presses < 60 && !state.inSidebar; presses++) {
      await page.keyboard.press('Tab');
      state = await focused();
    }
    expect(state.inSidebar).toBe(true);
    expect(state.outline).toBe(true);
    // The first stop in the sidebar is its search button: Enter opens the search dialog.
    expect(state.text).toContain('Search');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox');
    await page.keyboard.type('suggestions as you');
    await expect
      .poll(() => page.getByRole('dialog').getByRole('option').first().innerText())
      .toContain('/api/search/suggest');
    await page.keyboard.press('Escape');
    for (let presses = 0; presses < 3; presses++) await page.keyboard.press('Tab');
    state = await focused();
    expect(state.inSidebar).toBe(true);
    expect(state.outline).toBe(true);
  });
});

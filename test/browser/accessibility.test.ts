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
  // KNOWN GAP (issue 15, open): Scalar 1.46.4's own markup on /docs/api/ fails axe (aria-allowed-attr,
  // button-name, color-contrast in its sidebar, and a second <main> nested in ours). Until that is fixed,
  // the audit covers the rest of that page and leaves Scalar's subtree and the duplicate-main rule out there only.
  const apiReference = new URL(page.url()).pathname.startsWith('/docs/api');
  const violations = await page.evaluate(async (apiReference) => {
    const axe = (
      window as unknown as {
        axe: { run: (context: unknown, options: object) => Promise<{ violations: Violation[] }> };
      }
    ).axe;
    const context = apiReference ? { exclude: [['[data-api-reference]']] } : document;
    const rules = apiReference ? { 'landmark-no-duplicate-main': { enabled: false } } : {};
    return (await axe.run(context, { resultTypes: ['violations'], rules })).violations;
  }, apiReference);
  return violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

describeBrowser('accessibility (axe-core) of every kind of page', () => {
  const browser = useBrowser();

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`finds no violations in ${colorScheme} mode, colour contrast included`, async () => {
      const found: Record<string, string[]> = {};
      const page = await browser.newPage({ colorScheme });
      for (const path of PAGES) {
        await page.goto(`${hubUrl}${path}`, { waitUntil: 'networkidle' });
        const violations = await audit(page);
        if (violations.length) found[path] = violations;
      }
      expect(found).toEqual({});
    });
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
});

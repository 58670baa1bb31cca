import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { ROUTE_EXAMPLES } from '../helpers/site-routes';
import { api, describeBrowser, hubUrl, useBrowser } from './context';

/**
 * Every page fits every screen (issue 15): each route of the site, at a phone, a tablet, a laptop
 * and a wide desktop, is no wider than the window, and the key tables keep their key column in
 * view with every column reachable. A full-page screenshot of each route × width is kept under
 * test-results/screenshots/ (SCREENSHOT_DIR overrides) for people to look at.
 */

const WIDTHS = [390, 768, 1280, 1920] as const;
const SCREENSHOTS =
  process.env.SCREENSHOT_DIR ?? fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));
/** Full-page screenshots stop here (the longest reference pages run to tens of thousands of pixels). */
const MAX_SHOT_HEIGHT = 12_000;

/** `models/[slug]/index.astro` → `models-slug-index`. */
const shotName = (file: string) =>
  file
    .replace(/\.(astro|ts|md|mdx)$/, '')
    .replace(/[^a-z0-9]+/gi, '-')
    .replace(/^-|-$/g, '');

/** The tables whose key column must stay in view and whose named columns must be reachable. */
const KEY_TABLES: Record<string, { table: string; columns: string[] }[]> = {
  '/benchmarks/': [{ table: '[data-results-table] table', columns: ['p50 (ms)', 'p99 (ms)', 'Validity', 'Result'] }],
  '/models/jet-btag/benchmarks/': [
    { table: '[data-results-table] table', columns: ['p50 (ms)', 'Throughput (samples/s)', 'Result'] },
  ],
  '/models/jet-btag/': [{ table: 'table[data-versions]', columns: ['Aliases', 'Trained on'] }],
  '/models/': [{ table: 'table[data-model-table]', columns: ['Production', 'Updated'] }],
  '/datasets/': [{ table: 'table[data-dataset-table]', columns: ['Size', 'Updated'] }],
};

/**
 * In the page: the first body row's key cell lies within the window; each named column's cell is
 * visible, or its table sits in a named, focusable scroll region with a cue, and scrolling that
 * region brings the cell into view uncovered (the sticky key column stays in view meanwhile).
 */
async function checkTable(page: Page, selector: string, columns: string[]): Promise<{ problems: string[] }> {
  return page.evaluate(
    ({ selector, columns }) => {
      const problems: string[] = [];
      const table = document.querySelector<HTMLTableElement>(selector);
      if (!table) return { problems: [`no table ${selector}`] };
      const row = table.tBodies[0]?.rows[0];
      if (!row) return { problems: [`${selector} has no rows`] };
      const headers = [...(table.tHead?.rows[0]?.cells ?? [])].map((c) => c.textContent?.trim() ?? '');
      const wrap = table.closest<HTMLElement>('.table-wrap');
      if (!wrap) return { problems: [`${selector} is not in a .table-wrap`] };
      if (wrap.getAttribute('role') !== 'region' || !wrap.getAttribute('aria-label') || wrap.tabIndex !== 0)
        problems.push(`${selector}: the scroll region is not a named, focusable region`);
      const inWindow = (r: DOMRect) => r.width > 0 && r.left >= -0.5 && r.right <= innerWidth + 0.5;
      const key = row.cells[0]!;
      if (!inWindow(key.getBoundingClientRect())) problems.push(`${selector}: key column outside the window`);
      const scrolls = wrap.scrollWidth > wrap.clientWidth + 1;
      if (scrolls && !/gradient/.test(getComputedStyle(wrap).backgroundImage))
        problems.push(`${selector}: scrolls without a visible cue`);
      for (const column of columns) {
        const index = headers.indexOf(column);
        const cell = row.cells[index];
        if (index < 0 || !cell) {
          problems.push(`${selector}: no column "${column}" (columns: ${headers.join(', ')})`);
          continue;
        }
        // Where the cell's start must lie to be seen: right of the sticky key column (when it sticks).
        const start = () =>
          Math.max(
            wrap.getBoundingClientRect().left,
            getComputedStyle(key).position === 'sticky' ? key.getBoundingClientRect().right : 0,
          );
        const end = () => Math.min(wrap.getBoundingClientRect().right, innerWidth);
        /** Its start, and at least 40 px of it (or all of a narrower cell), in view. */
        const shown = () => {
          const r = cell.getBoundingClientRect();
          return r.width > 0 && r.left >= start() - 0.5 && r.left + Math.min(r.width, 40) <= end() + 0.5;
        };
        if (!shown()) {
          if (!scrolls) {
            problems.push(`${selector}: "${column}" is cut off and the table does not scroll`);
            continue;
          }
          // Scroll the region (not the page) so the cell starts just right of the key column.
          wrap.scrollLeft += cell.getBoundingClientRect().left - start() - 4;
          if (!shown()) problems.push(`${selector}: scrolling the table does not bring "${column}" into view`);
        }
        // In view, nothing (the sticky key column, a header) covers it.
        window.scrollBy(0, cell.getBoundingClientRect().top - innerHeight / 2);
        const c = cell.getBoundingClientRect();
        const hit = document.elementFromPoint(c.left + Math.min(c.width / 2, 20), c.top + Math.min(c.height / 2, 10));
        if (!hit || !cell.contains(hit))
          problems.push(`${selector}: "${column}" is covered (${hit?.outerHTML.slice(0, 80)})`);
        if (!inWindow(key.getBoundingClientRect()))
          problems.push(`${selector}: the key column leaves the window while "${column}" is shown`);
        wrap.scrollLeft = 0;
      }
      return { problems };
    },
    { selector, columns },
  );
}

describeBrowser('every page fits every screen', () => {
  const browser = useBrowser();
  let page: Page & { errors: string[] };

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    // A result on the seeded demo model, so the benchmark tables have rows to measure.
    const posted = await fetch(new URL('/api/benchmarks/community', hubUrl), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent':
          'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36',
      },
      body: JSON.stringify({
        model: 'jet-btag',
        version: 1,
        engine: { name: 'onnxruntime-web', version: '1.30.0', executionProvider: 'wasm' },
        settings: { batchSize: 1, warmupRuns: 10 },
        results: {
          iterations: 2000,
          durationMs: 1000,
          latencyMs: { min: 0.3, mean: 0.5, p50: 0.45, p90: 0.7, p99: 0.9, p999: 1.2 },
        },
      }),
    });
    expect(posted.status, await posted.text()).toBe(201);
    expect((await api('GET', '/api/benchmarks?model=jet-btag', undefined, null)).json.total).toBeGreaterThan(0);
    page = await browser.newPage();
  });

  it.each(Object.entries(ROUTE_EXAMPLES))(
    '%s (%s) at 390, 768, 1280 and 1920 px',
    async (file, path) => {
      // One visit per route; the window is resized around it (CSS and resize handlers lay it out anew).
      await page.setViewportSize({ width: WIDTHS[0], height: 900 });
      await page.goto(`${hubUrl}${path}`, { waitUntil: 'load' });
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 900 });
        await page.evaluate(
          () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
        );
        const { scrollWidth, innerWidth, height } = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          innerWidth: window.innerWidth,
          height: document.documentElement.scrollHeight,
        }));
        await page.screenshot({
          path: join(SCREENSHOTS, `${shotName(file)}-${width}.png`),
          fullPage: height <= MAX_SHOT_HEIGHT,
          clip: height > MAX_SHOT_HEIGHT ? { x: 0, y: 0, width, height: MAX_SHOT_HEIGHT } : undefined,
          // A demo page busy running its models takes its time to paint.
          timeout: 60_000,
        });
        expect.soft(scrollWidth, `${path} at ${width} px is wider than the window`).toBeLessThanOrEqual(innerWidth);
        for (const { table, columns } of KEY_TABLES[path] ?? []) {
          const { problems } = await checkTable(page, table, columns);
          await page.evaluate(() => window.scrollTo(0, 0));
          expect.soft(problems, `${path} at ${width} px`).toEqual([]);
        }
      }
    },
    300_000,
  );

  it('checks a key table on every route it names', () => {
    expect(Object.keys(KEY_TABLES).filter((p) => !Object.values(ROUTE_EXAMPLES).includes(p))).toEqual([]);
  });
});

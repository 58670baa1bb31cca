import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { wideIfModel } from '../fixtures/onnx-graph-models';
import { describeBrowser, hubUrl, useBrowser } from './context';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const MODELS = new URL('../../public/models/', import.meta.url);
const scratch = mkdtempSync(join(tmpdir(), 'hub-inspector-graph-'));
const modelPath = (file: string) => new URL(file, MODELS).pathname;

/** From the file input's change event to the graph drawn and painted, measured in the page. */
const RENDER_BUDGET_MS = 2_000;
const MAX_LOAD_FOR_TIMING = 3;

/** Opens the inspector, records API calls, and starts the in-page clock for the next chosen file. */
async function openInspector(page: Page): Promise<string[]> {
  const apiCalls: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/api/')) apiCalls.push(request.url());
  });
  await page.goto(`${hubUrl}/inspect/`);
  await page.evaluate(() => {
    const w = window as unknown as { graphT0?: number; graphT1?: number };
    // Capture phase: runs before the inspector's own listener on the input.
    document.addEventListener('change', () => (w.graphT0 = performance.now()), true);
    const host = document.querySelector<HTMLElement>('[data-graph-view]')!;
    new MutationObserver(() => {
      if (host.dataset.graphState === 'drawn' && w.graphT1 === undefined)
        requestAnimationFrame(() => setTimeout(() => (w.graphT1 ??= performance.now())));
    }).observe(host, { attributes: true, attributeFilter: ['data-graph-state'] });
  });
  return apiCalls;
}

async function drawn(page: Page, path = '') {
  try {
    await page.waitForSelector(`[data-graph-view][data-graph-state="drawn"][data-graph-path="${path}"]`, {
      timeout: 60_000,
    });
  } catch (error) {
    // Say what the view shows instead (an error message, still laying out…).
    const state = await page.evaluate(() => {
      const host = document.querySelector<HTMLElement>('[data-graph-view]');
      return { ...host?.dataset, text: host?.textContent?.replace(/\s+/g, ' ').slice(0, 300) };
    });
    throw new Error(
      `graph not drawn: ${JSON.stringify(state)}; page errors: ${JSON.stringify((page as { errors?: string[] }).errors)}`,
      {
        cause: error,
      },
    );
  }
}

async function choose(page: Page, file: string) {
  await page.locator('[data-file-input]').setInputFiles(file);
  await drawn(page);
}

/** axe-core on the graph view (the report above it is audited by accessibility.test.ts). */
async function audit(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            c: unknown,
            o: object,
          ) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    return (await axe.run('[data-graph-view]', { resultTypes: ['violations'] })).violations;
  });
  return violations.map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const graph = (page: Page) => page.locator('[data-graph-view]');
const node = (page: Page, op: string) => graph(page).locator(`.graph-node[data-op="${op}"]`);

describeBrowser('ONNX inspector graph view in Chromium', () => {
  const browser = useBrowser();

  it('draws the demo model with op types and labelled edges, finds a tensor, and shows a node’s details', async () => {
    const page = await browser.newPage();
    const apiCalls = await openInspector(page);
    await choose(page, modelPath('jet-btag.onnx'));

    // 11 operators plus the model's input and output; edges named after their tensors, with shapes.
    expect(await graph(page).locator('[data-graph-svg] .graph-node').count()).toBe(13);
    expect(await graph(page).locator('.graph-node.graph-kind-op').count()).toBe(11);
    expect(await node(page, 'MatMul').count()).toBe(3);
    expect(await node(page, 'Softmax').locator('.graph-op').textContent()).toBe('Softmax');
    const labels = await graph(page).locator('.graph-edge text').allTextContents();
    expect(labels).toContain('jet_features float32[batch, 6]');
    expect(labels).toContain('probabilities float32[batch, 2]');
    expect(labels).toContain('dense0_relu');

    // Search a tensor: the match is listed, and choosing it highlights its edge and its producer.
    await graph(page).locator('[data-graph-search]').fill('dense1_relu');
    await graph(page).locator('[data-graph-matches] button[data-kind="tensor"]').first().click();
    expect(await graph(page).locator('.graph-edge.is-match').getAttribute('data-tensor')).toBe('dense1_relu');
    expect(await graph(page).locator('.graph-node.is-match').getAttribute('data-op')).toBe('Relu');

    // Click a node: attributes and a verdict per engine, with the reason where it is not "runs".
    await node(page, 'Softmax').click();
    const detail = graph(page).locator('[data-graph-detail]');
    expect(await detail.getAttribute('role')).toBe('region');
    expect(await detail.locator('#graph-detail-title').textContent()).toBe('Softmax softmax');
    expect(await detail.locator('.graph-attributes').textContent()).toMatch(/axis\s*int\s*-1/);
    const verdicts = await detail
      .locator('.graph-verdicts tbody tr')
      .evaluateAll((rows) => rows.map((r) => [r.getAttribute('data-engine'), r.getAttribute('data-verdict')]));
    expect(verdicts).toEqual([
      ['ort-cpu', 'runs'],
      ['ort-web-webgpu', 'runs'],
      ['ort-web-wasm', 'runs'],
      ['tmva-sofie', 'runs'],
      ['hls4ml', 'runs'],
    ]);

    // Keyboard: the graph is focusable, arrows move between nodes, Enter opens the details.
    await graph(page).locator('[data-graph-canvas]').focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    expect(await detail.locator('#graph-detail-title').textContent()).toBe('Add dense2_add');
    const zoom = Number(await graph(page).getAttribute('data-graph-zoom'));
    await graph(page).locator('[data-graph-canvas]').press('+');
    expect(Number(await graph(page).getAttribute('data-graph-zoom'))).toBeCloseTo(zoom * 1.25, 2);

    expect(apiCalls).toEqual([]);
    expect(page.errors).toEqual([]);
  });

  it('colours nodes by the chosen engine’s verdict', async () => {
    const page = await browser.newPage();
    await openInspector(page);
    await choose(page, modelPath('jet-btag-int8.onnx'));
    const quantize = node(page, 'QuantizeLinear').first();
    const verdictFor = async (engine: string) => {
      await graph(page).locator('[data-graph-engine]').selectOption(engine);
      return [await quantize.getAttribute('data-verdict'), await quantize.getAttribute('aria-label')];
    };
    expect(await verdictFor('ort-cpu')).toEqual(['runs', expect.stringMatching(/ORT CPU: runs$/)]);
    expect(await verdictFor('ort-web-webgpu')).toEqual([
      'fallback',
      expect.stringMatching(/WebGPU: runs on the CPU fallback \(WASM\)$/),
    ]);
    expect(await verdictFor('tmva-sofie')).toEqual(['fails', expect.stringMatching(/TMVA SOFIE: fails$/)]);
    expect(await quantize.locator('.graph-verdict-icon').textContent()).toBe('✕');
    expect(await graph(page).locator('[data-graph-legend] li').allTextContents()).toEqual([
      expect.stringContaining('runs'),
      expect.stringContaining('CPU fallback'),
      expect.stringContaining('fails'),
      expect.stringContaining('unknown'),
    ]);
    expect(page.errors).toEqual([]);
  });

  it(`draws a 700-node model with 50 subgraphs within ${RENDER_BUDGET_MS} ms, opens a subgraph, and passes axe`, async () => {
    const file = join(scratch, 'wide-if.onnx');
    writeFileSync(file, wideIfModel());
    const page = await browser.newPage();
    await openInspector(page);
    await choose(page, file);
    await page.waitForFunction(() => (window as unknown as { graphT1?: number }).graphT1 !== undefined);
    const ms = await page.evaluate(() => {
      const w = window as unknown as { graphT0: number; graphT1: number };
      return w.graphT1 - w.graphT0;
    });
    const load = loadavg()[0]!.toFixed(2);
    console.log(
      `graph view: 700-node model (50 subgraphs) chosen → drawn in ${ms.toFixed(0)} ms ` +
        `(layout worker + draw ${await graph(page).getAttribute('data-graph-render-ms')} ms); load average ${load}`,
    );
    // Timings taken while the machine is busy (load average above 3 on the shared 2-core runner) are not
    // valid figures (they measure the other jobs); the budget is asserted on a quiet machine.
    if (loadavg()[0]! <= MAX_LOAD_FOR_TIMING) expect(ms).toBeLessThanOrEqual(RENDER_BUDGET_MS);
    else {
      console.warn(`render budget not asserted: load average ${load} > ${MAX_LOAD_FOR_TIMING}`);
      // Still bounded: even at load 30 on two cores it drew in 11 s; a regression to a hand-written
      // or synchronous layout would take far longer.
      expect(ms).toBeLessThanOrEqual(8 * RENDER_BUDGET_MS);
    }
    expect(await graph(page).locator('.graph-node[data-op="If"]').count()).toBe(25);
    expect(await graph(page).locator('.graph-expand').count()).toBe(50);

    // Open a subgraph: a breadcrumbed view of the branch, which reads the block's input from outside.
    // (dispatchEvent: the control is far below the part of the graph in view.)
    await graph(page).locator('.graph-expand[data-open-view="if_b3_if.else_branch"]').dispatchEvent('click');
    await drawn(page, 'if_b3_if.else_branch');
    expect(
      await graph(page)
        .locator('[data-graph-svg] .graph-node')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-op'))),
    ).toEqual(['Sigmoid', 'Abs', 'Outer value', 'Output']);
    expect(await graph(page).locator('[data-graph-crumbs] li').allTextContents()).toEqual([
      'Main graph',
      'if_b3_if.else_branch',
    ]);
    // Search finds nodes inside other subgraphs and opens them.
    await graph(page).locator('[data-graph-search]').fill('b7_then_out');
    await graph(page).locator('[data-graph-matches] button[data-kind="tensor"]').first().click();
    await drawn(page, 'if_b7_if.then_branch');
    expect(await graph(page).locator('.graph-node.is-match').getAttribute('data-op')).toBe('Neg');
    await graph(page).locator('.graph-node.is-match').click();
    expect(await audit(page)).toEqual([]);

    // Back to the main graph through the breadcrumbs; the details of an If link to its branches.
    await graph(page).locator('[data-graph-crumbs] button').click();
    await drawn(page);
    await node(page, 'If').first().dispatchEvent('click');
    const links = graph(page).locator('[data-graph-detail] button[data-open-view]');
    expect(await links.allTextContents()).toEqual(['Open if_b0_if.then_branch', 'Open if_b0_if.else_branch']);
    expect(await audit(page)).toEqual([]);
    expect(page.errors).toEqual([]);
  });

  it('passes axe in dark mode with a node open', async () => {
    const page = await browser.newPage({ colorScheme: 'dark' });
    await openInspector(page);
    await choose(page, modelPath('jet-btag-int8.onnx'));
    await graph(page).locator('[data-graph-engine]').selectOption('tmva-sofie');
    await node(page, 'QuantizeLinear').first().click();
    expect(await audit(page)).toEqual([]);
    expect(page.errors).toEqual([]);
  });
});

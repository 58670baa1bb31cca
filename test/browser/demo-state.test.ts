import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import type { DemoModelsManifest } from '../../scripts/demo-models';
import { comparisonSummary, type ComparisonRowResult } from '../../src/lib/demos/comparison-summary';
import { describeBrowser, hubUrl, useBrowser } from './context';

const manifest = JSON.parse(
  readFileSync(new URL('../../public/models/manifest.json', import.meta.url), 'utf8'),
) as DemoModelsManifest;
const modelOf = (slug: string) => manifest.models.find((m) => m.slug === slug)!;

async function resultInputs(page: Page, key: string) {
  const result = page.locator('[data-demo-result]');
  await expect.poll(() => result.getAttribute('data-inputs'), { timeout: 60_000 }).toBe(key);
}

/** Nothing heavy loads until the visitor asks: clicks "Load model (… MB)". */
async function loadModel(page: Page) {
  await page.getByRole('button', { name: /^Load model \([\d.]+ MB\)$/ }).click();
}

// The URL is written 150 ms after the last edit, on a main thread that may be running the model:
// on a loaded 2-core machine that can take longer than expect.poll's default second.
const URL_WRITE = { timeout: 10_000 };
const stateOf = (page: Page) => Object.fromEntries(new URL(page.url()).searchParams);

describeBrowser('demo state in the URL, and the comparison summary from its rows', () => {
  const browser = useBrowser();
  const webgpu = useBrowser({ webgpu: true });

  it('opens a shared URL with its provider and inputs, and keeps the URL in step without new history entries', async () => {
    const page = await browser.newPage();
    const example = modelOf('jet-btag').examples.find((e) => e.expected === 'b')!;
    const key = example.input.join(',');
    await page.goto(`${hubUrl}/demos/jet-btag/?provider=wasm&inputs=${encodeURIComponent(key)}`);
    await loadModel(page);
    // The first run is the shared inputs, not the defaults.
    await resultInputs(page, key);
    expect(await page.locator('[data-demo-result]').getAttribute('data-predicted')).toBe('b');
    expect(await page.locator('[data-runtime-info]').getAttribute('data-provider')).toBe('wasm');
    expect(await page.locator('input[data-feature-index="0"]').inputValue()).toBe(String(example.input[0]));
    // The slider mirrors the restored number field.
    expect(await page.locator('input[data-slider-for="0"]').inputValue()).toBe(
      await page.locator('input[data-feature-index="0"]').inputValue(),
    );

    const historyLength = await page.evaluate(() => history.length);
    await page.fill('input[data-feature-index="0"]', '42.5');
    await expect.poll(() => stateOf(page).inputs?.split(',')[0], URL_WRITE).toBe('42.5');
    expect(stateOf(page).provider).toBe('wasm');
    await page.locator('input[name="provider"][value="auto"]').check();
    await expect.poll(() => stateOf(page).provider, URL_WRITE).toBeUndefined();
    expect(await page.evaluate(() => history.length)).toBe(historyLength);

    // The URL now reproduces the result in a fresh page.
    const shared = page.url();
    const again = await browser.newPage();
    await again.goto(shared);
    await loadModel(again);
    await resultInputs(again, stateOf(page).inputs!);
    expect(page.errors).toEqual([]);
    expect(again.errors).toEqual([]);
  });

  it('records the event preset that set the inputs, and forgets it once an input is edited', async () => {
    const page = await browser.newPage();
    await page.goto(`${hubUrl}/demos/l1-anomaly-ae/?provider=wasm`);
    await loadModel(page);
    const preset = page.locator('[data-preset]').first();
    const id = (await preset.getAttribute('data-preset'))!;
    const values = JSON.parse((await preset.getAttribute('data-set-inputs'))!) as number[];
    await expect.poll(() => preset.isEnabled(), URL_WRITE).toBe(true);
    await preset.click();
    await expect.poll(() => stateOf(page).preset, URL_WRITE).toBe(id);
    expect(stateOf(page).inputs).toBe(values.map(String).join(','));
    await page.fill('input[data-feature-index="1"]', '7');
    await expect.poll(() => stateOf(page).preset, URL_WRITE).toBeUndefined();
  });

  it('ignores inputs that do not fit the model and runs the defaults', async () => {
    const page = await browser.newPage();
    await page.goto(`${hubUrl}/demos/pid-dedx/?inputs=1,2,3,x`);
    await loadModel(page);
    await resultInputs(
      page,
      modelOf('pid-dedx')
        .inputs[0]!.features.map((f) => f.default)
        .join(','),
    );
  });

  it('says "All variants ran on WebGPU" only when every row did: the summary is computed from the rows', async () => {
    const page = await webgpu.newPage();
    await page.goto(`${hubUrl}/demos/jet-btag/?provider=webgpu`);
    await loadModel(page);
    const section = page.locator('[data-precision-compare]');
    await expect.poll(() => section.getAttribute('data-provider'), { timeout: 60_000 }).toBe('webgpu');
    const rows = await section.locator('tr[data-variant]').evaluateAll((trs) =>
      trs.map((tr) => ({
        slug: tr.getAttribute('data-variant')!,
        provider: (tr.getAttribute('data-provider') ?? undefined) as ComparisonRowResult['provider'],
        ...(tr.hasAttribute('data-error') ? { error: 'did not run' } : {}),
      })),
    );
    // The int8 row runs on WASM (onnxruntime-web#32578), so "all on WebGPU" would be false.
    expect(rows.find((r) => r.slug === 'jet-btag-int8')?.provider).toBe('wasm');
    const status = await section.locator('[data-precision-status]').textContent();
    expect(status).toBe(comparisonSummary(rows, 'webgpu'));
    expect(status).not.toMatch(/^All/);
    expect(status).toMatch(/jet-btag-int8.* ran on WASM \(CPU\) instead/);
  });
});

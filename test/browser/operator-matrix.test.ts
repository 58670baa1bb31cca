import { expect, it } from 'vitest';
import { describeBrowser, hubUrl, useBrowser } from './context';

describeBrowser('ONNX operator × engine matrix in Chromium', () => {
  const browser = useBrowser();
  const cell = (op: string, engine: string) => `tr[data-op="${op}"] td[data-engine="${engine}"]`;

  it('is linked from the inspector and shows a known operator’s cells, with a sticky key column', async () => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${hubUrl}/inspect/`);
    await page.locator('a[data-operator-matrix-link]').click();
    await page.waitForURL('**/inspect/operators/');
    // ArgMax: every ONNX Runtime column runs it, neither TMVA SOFIE nor hls4ml does.
    for (const engine of ['ort-cpu', 'webgpu', 'wasm'])
      expect(await page.locator(cell('ArgMax', engine)).getAttribute('data-status'), engine).toBe('yes');
    expect(await page.locator(cell('ArgMax', 'sofie')).getAttribute('data-status')).toBe('no');
    expect(await page.locator(cell('ArgMax', 'hls4ml')).getAttribute('data-status')).toBe('no');
    expect(await page.locator(cell('Relu', 'ort-cpu')).textContent()).toContain('6+');
    // The symbol comes from CSS, with the words as what assistive technology reads.
    const symbol = (op: string, engine: string) =>
      page.locator(cell(op, engine)).evaluate((el) => getComputedStyle(el, '::before').content);
    expect(await symbol('ArgMax', 'sofie')).toBe('"✗ " / "not supported "');
    expect(await symbol('ArgMax', 'wasm')).toBe('"✓ " / "runs "');
    expect(await page.getByRole('cell', { name: /^runs 6\+/ }).count()).toBeGreaterThan(0);
    expect(await page.locator(cell('ai.onnx.ml:Scaler', 'webgpu')).getAttribute('data-status')).toBe('fallback');
    expect(await page.locator('tr[data-op="Relu"] th.op-key').evaluate((el) => getComputedStyle(el).position)).toBe(
      'sticky',
    );
    expect(await page.locator('[data-op-legend] li').count()).toBeGreaterThanOrEqual(4);
    const sofieSource = page.locator('[data-source-engine="sofie"] a');
    expect(await sofieSource.getAttribute('href')).toMatch(
      /^https:\/\/github\.com\/root-project\/root\/tree\/[0-9a-f]{40}$/,
    );
  });

  it('filters by engine, opset and support with a GET form, without JavaScript', async () => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${hubUrl}/inspect/operators/`);
    for (const id of ['webgpu', 'webgpu-native', 'wasm', 'hls4ml'])
      await page.locator(`input[name="engine"][value="${id}"]`).uncheck();
    await page.selectOption('#op-opset', '5');
    await page.fill('#op-q', 'relu');
    await page.getByRole('button', { name: 'Filter' }).click();
    await page.waitForURL(/opset=5/);
    const url = new URL(page.url());
    expect(url.searchParams.getAll('engine')).toEqual(['ort-cpu', 'sofie']);
    expect(
      await page.locator('thead th[data-engine]').evaluateAll((ths) => ths.map((t) => t.getAttribute('data-engine'))),
    ).toEqual(['ort-cpu', 'sofie']);
    // Relu is listed from opset 6 in ONNX Runtime; SOFIE names no range.
    expect(await page.locator(cell('Relu', 'ort-cpu')).getAttribute('data-status')).toBe('opset');
    expect(await page.locator(cell('Relu', 'sofie')).getAttribute('data-status')).toBe('yes');
    expect(await page.locator('#op-opset').inputValue()).toBe('5');

    await page.goto(`${hubUrl}/inspect/operators/?engine=sofie&show=unsupported&q=argmax`);
    expect(await page.locator('tbody tr').evaluateAll((trs) => trs.map((t) => t.getAttribute('data-op')))).toEqual([
      'ArgMax',
    ]);
    expect(page.errors).toEqual([]);
  });
});

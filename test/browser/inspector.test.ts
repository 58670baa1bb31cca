import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { PNG_BYTES, longChainModel } from '../fixtures/onnx-models';
import { describeBrowser, hubUrl, useBrowser } from './context';

const MODELS = new URL('../../public/models/', import.meta.url);
const scratch = mkdtempSync(join(tmpdir(), 'hub-inspector-'));

function fixture(name: string, bytes: Uint8Array): string {
  const path = join(scratch, name);
  writeFileSync(path, bytes);
  return path;
}

const modelPath = (file: string) => new URL(file, MODELS).pathname;

/** Opens the inspector and records every request the page makes to the hub's API. */
async function openInspector(page: Page): Promise<string[]> {
  const apiCalls: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/api/')) apiCalls.push(request.url());
  });
  await page.goto(`${hubUrl}/inspect/`);
  return apiCalls;
}

async function inspected(page: Page) {
  const root = page.locator('[data-inspector]');
  await expect.poll(() => root.getAttribute('data-state'), { timeout: 30_000 }).toMatch(/^(inspected|error)$/);
  return root.getAttribute('data-state');
}

async function coverageRow(page: Page, engine: string) {
  const row = page.locator(`[data-coverage] tr[data-engine="${engine}"]`);
  return {
    status: await row.getAttribute('data-status'),
    text: (await row.locator('td').last().textContent())?.replace(/\s+/g, ' ').trim(),
  };
}

describeBrowser('ONNX inspector in Chromium', () => {
  const browser = useBrowser();

  it('shows TMVA SOFIE missing the QDQ operators of the int8 model, without uploading it', async () => {
    const page = await browser.newPage();
    const apiCalls = await openInspector(page);
    await page.locator('[data-file-input]').setInputFiles(modelPath('jet-btag-int8.onnx'));
    expect(await inspected(page)).toBe('inspected');
    expect(await coverageRow(page, 'tmva-sofie')).toEqual({
      status: 'fails',
      text: expect.stringMatching(/^fails missing: DequantizeLinear, QuantizeLinear\b/),
    });
    expect(await coverageRow(page, 'hls4ml')).toMatchObject({ status: 'fails' });
    expect(await coverageRow(page, 'ort-web-webgpu')).toEqual({
      status: 'runs-with-fallback',
      text: expect.stringMatching(
        /^runs with fallback falls back to WASM for: QuantizeLinear Known problem: DequantizeLinear on WebGPU .*#32578/,
      ),
    });
    expect(await coverageRow(page, 'ort-cpu')).toMatchObject({ status: 'runs' });
    expect(await page.locator('[data-inspect-status]').textContent()).toContain('nothing was uploaded');
    expect(apiCalls).toEqual([]);
    expect(page.errors).toEqual([]);
  });

  it('shows "runs" on every engine for a model of common operators, with the report and the lists’ sources', async () => {
    const page = await browser.newPage();
    await openInspector(page);
    await page.locator('[data-file-input]').setInputFiles(modelPath('pid-dedx.onnx'));
    expect(await inspected(page)).toBe('inspected');
    const statuses = await page
      .locator('[data-coverage] tr[data-engine]')
      .evaluateAll((rows) => rows.map((r) => [r.getAttribute('data-engine'), r.getAttribute('data-status')]));
    expect(statuses).toEqual([
      ['ort-cpu', 'runs'],
      ['ort-web-webgpu', 'runs'],
      ['tmva-sofie', 'runs'],
      ['hls4ml', 'runs'],
    ]);
    expect(await page.locator('[data-fact="ir-version"]').textContent()).toBe('8');
    expect(await page.locator('[data-fact="opsets"]').textContent()).toBe('ai.onnx 17');
    expect(await page.locator('[data-fact="producer"]').textContent()).toBe('hep-ml-hub 0.1.0');
    expect(await page.locator('[data-fact="parameters"]').textContent()).toBe('776');
    expect(await page.locator('[data-values="inputs"] tbody').textContent()).toBe('trackfloat32[batch, 2]');
    expect(await page.locator('[data-operator-histogram] tbody tr').count()).toBe(6);
    expect(await page.locator('[data-node-rows] tr').count()).toBe(11);
    // Sources and dates of the operator lists, in the matrix and in the page's own section.
    expect(await page.locator('[data-coverage] .coverage-sources').textContent()).toMatch(
      /hls4ml.*ef92ebdf2fc6.*commit date 2026-06-10/s,
    );
    expect(await page.locator('[data-engine-lists]').textContent()).toContain('RModelParser_ONNX.cxx');
  });

  it('says a truncated file is truncated, and a PNG is not an ONNX model', async () => {
    const page = await browser.newPage();
    await openInspector(page);
    const model = readFileSync(modelPath('jet-btag.onnx'));
    await page.locator('[data-file-input]').setInputFiles(fixture('cut.onnx', model.subarray(0, model.length - 700)));
    expect(await inspected(page)).toBe('error');
    expect(await page.locator('[data-inspect-error]').getAttribute('data-code')).toBe('truncated');
    expect(await page.locator('[data-inspect-error-message]').textContent()).toMatch(/truncated/);
    expect(await page.locator('[data-inspect-result]').isHidden()).toBe(true);

    await page.locator('[data-file-input]').setInputFiles(fixture('picture.onnx', PNG_BYTES));
    await expect.poll(() => page.locator('[data-inspect-error]').getAttribute('data-code')).toBe('not_onnx');
    expect(await page.locator('[data-inspect-error-message]').textContent()).toMatch(/PNG image, not an ONNX model/);
    expect(page.errors).toEqual([]);
  });

  it('inspects a file dropped on the drop zone', async () => {
    const page = await browser.newPage();
    await openInspector(page);
    const bytes = [...readFileSync(modelPath('l1-anomaly-ae.onnx'))];
    const dataTransfer = await page.evaluateHandle((data) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(data)], 'dropped-ae.onnx', { type: 'application/octet-stream' }));
      return transfer;
    }, bytes);
    await page.locator('[data-drop-zone]').dispatchEvent('dragover', { dataTransfer });
    await page.locator('[data-drop-zone]').dispatchEvent('drop', { dataTransfer });
    expect(await inspected(page)).toBe('inspected');
    expect(await page.locator('[data-file-name]').textContent()).toBe('dropped-ae.onnx');
    expect(await page.locator('[data-values="outputs"] tbody tr').count()).toBe(2);
  });

  it('pages through a long node list and tries a model with an int64 input and a symbolic dimension', async () => {
    const page = await browser.newPage();
    await openInspector(page);
    await page.locator('[data-file-input]').setInputFiles(fixture('long-chain.onnx', longChainModel(249)));
    expect(await inspected(page)).toBe('inspected');
    expect(await page.locator('[data-node-range]').textContent()).toBe('Nodes 1–100 of 250');
    expect(await page.locator('[data-node-rows] tr').count()).toBe(100);
    await page.getByRole('button', { name: 'Next 100' }).click();
    await page.getByRole('button', { name: 'Next 100' }).click();
    expect(await page.locator('[data-node-range]').textContent()).toBe('Nodes 201–250 of 250');
    expect(await page.locator('[data-node-rows] tr').first().textContent()).toContain('relu_200');
    expect(await page.getByRole('button', { name: 'Next 100' }).isDisabled()).toBe(true);
    expect(await coverageRow(page, 'hls4ml')).toEqual({
      status: 'fails',
      text: expect.stringMatching(/^fails missing: Cast\b/),
    });

    await page.getByLabel('Dimension rows').fill('4');
    await page.getByLabel('WASM (CPU)').check();
    await page.getByRole('button', { name: 'Run with random inputs' }).click();
    const result = page.locator('[data-try-result]');
    await expect.poll(() => result.getAttribute('data-provider'), { timeout: 60_000 }).toBe('wasm');
    expect(Number(await result.getAttribute('data-latency-ms'))).toBeGreaterThan(0);
    expect(await page.locator('[data-try-status]').textContent()).toMatch(
      /^Ran on WASM \(CPU\) in [\d.]+ ms with random ids \[4, 3\]\./,
    );
    expect(await result.textContent()).toContain('y float32 [4, 3]');
    expect(page.errors).toEqual([]);
  });

  it('opens one of the hub’s own models from the link and times 100 runs', async () => {
    const page = await browser.newPage();
    await openInspector(page);
    await page.locator('[data-example-model="jet-btag-fp16"]').click();
    expect(await inspected(page)).toBe('inspected');
    expect(await page.locator('[data-file-name]').textContent()).toBe('jet-btag-fp16.onnx');
    await page.getByRole('button', { name: 'Run with random inputs' }).click();
    const result = page.locator('[data-try-result]');
    await expect.poll(() => result.getAttribute('data-provider'), { timeout: 60_000 }).toBe('wasm');
    await page.getByRole('button', { name: 'Time 100 runs' }).click();
    await expect.poll(() => result.getAttribute('data-p50'), { timeout: 60_000 }).not.toBeNull();
    expect(await page.locator('[data-try-status]').textContent()).toMatch(
      /100 more runs: p50 [\d.]+ ms, p99 [\d.]+ ms/,
    );
  });
});

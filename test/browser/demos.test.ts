import { readFileSync } from 'node:fs';
import * as ortNode from 'onnxruntime-node';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import type { DemoModelsManifest } from '../../scripts/demo-models';
import { DEMOS } from '../../src/lib/demos/demo-list';
import { describeBrowser, hubUrl, useBrowser } from './context';

const manifest = JSON.parse(
  readFileSync(new URL('../../public/models/manifest.json', import.meta.url), 'utf8'),
) as DemoModelsManifest;
const modelOf = (slug: string) => manifest.models.find((m) => m.slug === slug)!;

/** Waits for the result of exactly these inputs (a result of earlier inputs never counts). */
async function resultFor(page: Page, input: number[]) {
  const key = input.map(String).join(',');
  const result = page.locator('[data-demo-result]');
  await expect.poll(() => result.getAttribute('data-inputs'), { timeout: 60_000 }).toBe(key);
  return {
    predicted: await result.getAttribute('data-predicted'),
    provider: await result.getAttribute('data-provider'),
  };
}

/** Nothing heavy loads until the visitor asks: clicks "Load model (… MB)". */
async function loadModel(page: Page) {
  await page.getByRole('button', { name: /^Load model \([\d.]+ MB\)$/ }).click();
}

async function openDemo(page: Page, slug: string, provider: 'wasm' | 'webgpu') {
  await page.goto(`${hubUrl}/demos/${slug}/?provider=${provider}`);
  await loadModel(page);
  const defaults = modelOf(slug).inputs[0]!.features.map((f) => f.default);
  await resultFor(page, defaults);
}

for (const provider of ['wasm', 'webgpu'] as const) {
  describeBrowser(`demos on ${provider === 'wasm' ? 'WASM' : 'WebGPU (SwiftShader)'} in Chromium`, () => {
    const browser = useBrowser({ webgpu: provider === 'webgpu' });

    for (const { slug } of DEMOS) {
      it(`${slug} predicts the manifest's known examples on ${provider} and says which provider ran`, async () => {
        const page = await browser.newPage();
        await openDemo(page, slug, provider);
        expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
        expect(await page.locator('[data-demo]').getAttribute('data-cross-origin-isolated')).toBe('true');
        expect(await page.locator('[data-runtime-info]').getAttribute('data-provider')).toBe(provider);
        expect(await page.locator('[data-runtime-info]').textContent()).toContain(
          provider === 'wasm' ? 'Provider: WASM (CPU)' : 'Provider: WebGPU',
        );

        for (const example of modelOf(slug).examples) {
          await page.locator(`tr[data-example="${example.input.join(',')}"] button[data-set-inputs]`).click();
          const ran = await resultFor(page, example.input);
          expect(ran, example.note).toEqual({ predicted: example.expected, provider });
          expect(await page.locator('[data-demo-status]').textContent()).toMatch(
            new RegExp(`^Ran on ${provider === 'wasm' ? 'WASM' : 'WebGPU'}.* in [\\d.]+ ms: ${example.expected}\\.$`),
          );
        }
        expect(page.errors).toEqual([]);
      });
    }

    it(`times at least 1,000 inferences for at least 0.5 s on ${provider} and reports p50 and p99`, async () => {
      const page = await browser.newPage();
      await openDemo(page, 'pid-dedx', provider);
      const progress = page.locator('[data-run-many-progress]');
      await page.getByRole('button', { name: 'Run 1,000 inferences' }).click();
      const bench = page.locator('[data-bench-result]');
      await expect.poll(() => bench.getAttribute('data-p50'), { timeout: 90_000 }).not.toBeNull();
      const p50 = Number(await bench.getAttribute('data-p50'));
      const p99 = Number(await bench.getAttribute('data-p99'));
      expect(p50).toBeGreaterThan(0);
      expect(p99).toBeGreaterThanOrEqual(p50);
      expect(Number(await bench.getAttribute('data-count'))).toBeGreaterThanOrEqual(1000);
      expect(await bench.getAttribute('data-provider')).toBe(provider);
      const text = (await bench.textContent())!;
      expect(text).toMatch(/[\d,]+ runs in [\d.]+ s: p50 [\d.]+ ms, p99 [\d.]+ ms/);
      expect(Number(/runs in ([\d.]+) s/.exec(text)![1])).toBeGreaterThanOrEqual(0.5);
      expect(await progress.evaluate((p: HTMLProgressElement) => p.value)).toBe(100);
    });

    if (provider === 'webgpu') {
      it('runs the precision variants on WebGPU, except where WebGPU would be wrong or cannot run them', async () => {
        const page = await browser.newPage();
        await openDemo(page, 'jet-btag', 'webgpu');
        const section = page.locator('[data-precision-compare]');
        await expect.poll(() => section.getAttribute('data-provider'), { timeout: 60_000 }).toBe('webgpu');
        const rows = await section
          .locator('tr[data-variant]')
          .evaluateAll((trs) =>
            Object.fromEntries(trs.map((tr) => [tr.getAttribute('data-variant'), tr.getAttribute('data-provider')])),
          );
        const shaderF16 = await page.evaluate(async () => {
          const adapter = await (navigator as any).gpu.requestAdapter();
          return adapter.features.has('shader-f16') as boolean;
        });
        expect(rows).toEqual({
          'jet-btag': 'webgpu',
          'jet-btag-fp16': shaderF16 ? 'webgpu' : 'wasm',
          // onnxruntime-web 1.30's JSEP DequantizeLinear gets this model's uint8 activations wrong (#32578).
          'jet-btag-int8': 'wasm',
          'jet-btag-pruned50': 'webgpu',
        });
        const latency = (slug: string) =>
          section.locator(`tr[data-variant="${slug}"] [data-variant-latency]`).textContent();
        if (!shaderF16) expect(await latency('jet-btag-fp16')).toMatch(/no shader-f16/);
        expect(await latency('jet-btag-int8')).toMatch(/on WASM \(CPU\): .*microsoft\/onnxruntime#32578/);
        // The int8 row then matches onnxruntime-node for the default jet.
        const defaults = modelOf('jet-btag-int8').inputs[0]!.features.map((f) => f.default);
        const session = await ortNode.InferenceSession.create(
          new URL('../../public/models/jet-btag-int8.onnx', import.meta.url).pathname,
        );
        const expected = (
          await session.run({ jet_features: new ortNode.Tensor('float32', Float32Array.from(defaults), [1, 6]) })
        ).probabilities!.data as Float32Array;
        const int8 = Number(await section.locator('tr[data-variant="jet-btag-int8"]').getAttribute('data-value'));
        expect(int8).toBeCloseTo(expected[1]!, 4);
        expect(page.errors).toEqual([]);
      });
    }
  });
}

describeBrowser('demo pages without WebGPU, without WebAssembly, and without JavaScript', () => {
  const browser = useBrowser();

  it('picks WASM automatically when the browser offers no WebGPU adapter, and switches with the picker', async () => {
    const page = await browser.newPage();
    await page.goto(`${hubUrl}/demos/jet-btag/`);
    await loadModel(page);
    const result = page.locator('[data-demo-result]');
    await expect.poll(() => result.getAttribute('data-provider'), { timeout: 60_000 }).toBe('wasm');
    await page.getByLabel('WebGPU', { exact: true }).check();
    await expect.poll(() => page.locator('[data-demo-error]').isVisible(), { timeout: 30_000 }).toBe(true);
    expect(await page.locator('[data-error-message]').textContent()).toMatch(
      /^WebGPU could not start\. WebGPU: WebGPU is not available/,
    );
    expect(await page.locator('[data-error-advice]').textContent()).toMatch(/Choose "WASM"/);
    await page.getByLabel('WASM (CPU)').check();
    await expect.poll(() => page.locator('[data-demo-error]').isHidden(), { timeout: 30_000 }).toBe(true);
    await expect.poll(() => page.locator('[data-runtime-info]').getAttribute('data-provider')).toBe('wasm');
  });

  it('runs the four jet-btag precisions side by side on the same inputs', async () => {
    const page = await browser.newPage();
    await page.goto(`${hubUrl}/demos/jet-btag/?provider=wasm`);
    await loadModel(page);
    const example = modelOf('jet-btag').examples.find((e) => e.expected === 'b')!;
    await resultFor(
      page,
      modelOf('jet-btag').inputs[0]!.features.map((f) => f.default),
    );
    await page.locator(`tr[data-example="${example.input.join(',')}"] button[data-set-inputs]`).click();
    const section = page.locator('[data-precision-compare]');
    await expect.poll(() => section.getAttribute('data-inputs'), { timeout: 60_000 }).toBe(example.input.join(','));
    const rows = await section.locator('tr[data-variant]').evaluateAll((trs) =>
      trs.map((tr) => ({
        slug: tr.getAttribute('data-variant'),
        value: Number(tr.getAttribute('data-value')),
        error: tr.getAttribute('data-error'),
      })),
    );
    expect(rows.map((r) => r.slug)).toEqual(['jet-btag', 'jet-btag-fp16', 'jet-btag-int8', 'jet-btag-pruned50']);
    expect(rows.every((r) => r.error === null)).toBe(true);
    // Every variant calls this clear b jet a b jet; the reduced precisions stay close to fp32.
    for (const r of rows) expect(r.value, r.slug!).toBeGreaterThan(0.5);
    expect(Math.abs(rows[1]!.value - rows[0]!.value)).toBeLessThan(5e-3);
    expect(await section.locator('tr[data-variant="jet-btag-int8"]').textContent()).toContain(
      'falls back to WASM for: QuantizeLinear',
    );
  });

  it('says clearly that neither provider can start when WebAssembly is blocked', async () => {
    const page = await browser.newPage();
    await page.addInitScript(() => {
      // What Lockdown Mode or a policy does: no WebAssembly global at all.
      delete (globalThis as { WebAssembly?: unknown }).WebAssembly;
    });
    await page.goto(`${hubUrl}/demos/pid-dedx/`);
    await loadModel(page);
    const error = page.locator('[data-demo-error]');
    await expect.poll(() => error.isVisible(), { timeout: 30_000 }).toBe(true);
    expect(await page.locator('[data-error-message]').textContent()).toBe(
      'This browser does not offer WebAssembly, so the model cannot run here.',
    );
    expect(await page.locator('[data-error-advice]').textContent()).toMatch(/Lockdown Mode.*npx hub onnx inspect/);
    expect(await page.locator('[data-demo-status]').textContent()).toBe('The model could not run in this browser.');
  });

  it('downloads neither the runtime nor the model before the visitor asks, then shows the download progress', async () => {
    const page = await browser.newPage();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(`${hubUrl}/demos/pid-dedx/?provider=wasm`);
    await page.waitForLoadState('networkidle');
    const heavy = (paths: string[]) => paths.filter((p) => /ort|\.wasm|\.bin$|\.onnx$/.test(p));
    expect(heavy(requested)).toEqual([]);
    const button = page.locator('[data-load-model]');
    const size = Number(/\(([\d.]+) MB\)/.exec((await button.textContent())!)![1]);
    const total = Number(await page.locator('[data-demo-load]').getAttribute('data-runtime-bytes'));
    expect(size).toBeCloseTo((total + modelOf('pid-dedx').bytes) / 1024 / 1024, 1);
    expect(await page.locator('[data-demo-status]').textContent()).toBe('Load the model to run it in this browser.');
    // Changing an input before loading only changes the form.
    await page.locator('input[data-feature-index="0"]').first().fill('1.5');
    await page.waitForTimeout(300);
    expect(heavy(requested)).toEqual([]);

    const progress = page.locator('[data-load-progress]');
    // Every value the bar shows (the value property reflects to the attribute).
    await progress.evaluate((p: HTMLProgressElement) => {
      const seen: number[] = ((window as unknown as { __seen: number[] }).__seen = []);
      new MutationObserver(() => seen.push(p.value)).observe(p, { attributes: true, attributeFilter: ['value'] });
    });
    await loadModel(page);
    await expect
      .poll(() => page.locator('[data-demo-result]').getAttribute('data-provider'), { timeout: 60_000 })
      .toBe('wasm');
    const seen = await page.evaluate(() => (window as unknown as { __seen: number[] }).__seen);
    expect(heavy(requested).some((p) => p.endsWith('.onnx'))).toBe(true);
    expect(heavy(requested).some((p) => p.endsWith('.bin'))).toBe(true);
    // The bar counted bytes on the way (some value strictly between 0 and the total) and ended full.
    expect(await progress.evaluate((p: HTMLProgressElement) => p.max)).toBe(total + modelOf('pid-dedx').bytes);
    expect(seen.some((v) => v > 0 && v < total)).toBe(true);
    expect(await page.locator('[data-load-bytes]').textContent()).toMatch(/^([\d.]+) MB of \1 MB$/);
    expect(await page.locator('[data-demo-load]').isHidden()).toBe(true);
    expect(page.errors).toEqual([]);
  });

  it('renders the description, inputs, known examples and facts without JavaScript', async () => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${hubUrl}/demos/l1-anomaly-ae/`);
    const model = modelOf('l1-anomaly-ae');
    expect(await page.locator('.lead').textContent()).toBe(model.description);
    expect(await page.locator('input[data-feature-index]').count()).toBe(10);
    expect(await page.locator('[data-known-examples] tbody tr').count()).toBe(model.examples.length);
    expect(await page.locator('[data-model-facts]').textContent()).toContain(model.sha256);
    expect(await page.locator('[data-coverage-matrix] tr[data-engine]').count()).toBe(4);
    expect(await page.locator('[data-demo-status]').textContent()).toMatch(/needs JavaScript/);
    expect(await page.locator('a[href="/models/l1-anomaly-ae/"]').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-preset]').count()).toBe(4);
  });

  it('lists the four demos with what each shows', async () => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${hubUrl}/demos/`);
    const cards = await page
      .locator('[data-demo-card]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-demo-card')));
    expect(cards).toEqual(['pid-dedx', 'jet-btag', 'l1-anomaly-ae', 'jet-btag-large']);
    expect(await page.locator('[data-demo-card="jet-btag"] li').count()).toBeGreaterThanOrEqual(3);
  });

  it('sets the track by clicking on the dE/dx plane', async () => {
    const page = await browser.newPage();
    await openDemo(page, 'pid-dedx', 'wasm');
    const svg = page.locator('[data-plane-svg]');
    const box = (await svg.boundingBox())!;
    // Upper left of the plot, on the proton band: slow and heavily ionising.
    await page.mouse.click(box.x + box.width * 0.2, box.y + box.height * 0.22);
    const p = Number(await page.locator('input[data-feature-index="0"]').inputValue());
    const dedx = Number(await page.locator('input[data-feature-index="1"]').inputValue());
    expect(p).toBeLessThan(0.4);
    expect(dedx).toBeGreaterThan(400);
    expect((await resultFor(page, [p, dedx])).predicted).toBe('p');
  });
});

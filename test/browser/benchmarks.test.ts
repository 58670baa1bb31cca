import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import type { BenchmarkRecord } from '../../src/lib/benchmarks/record';
import type { DemoModelsManifest } from '../../src/lib/demo-data/manifest';
import { api, describeBrowser, hubUrl, useBrowser } from './context';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const manifest = JSON.parse(readFileSync(join(ROOT, 'public/models/manifest.json'), 'utf8')) as DemoModelsManifest;
const pid = manifest.models.find((m) => m.slug === 'pid-dedx')!;

/** Runs `npm run bench:models -- …` as CI would, returning its exit code and output. */
function runHarness(args: string[], env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/bench-models.ts', ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

/** The catalog seed registers the demo models; register pid-dedx here when it has not. */
async function ensureDemoModelInCatalog() {
  if ((await api('GET', '/api/models/pid-dedx', undefined, null)).status !== 404) return;
  expect(
    (
      await api('POST', '/api/models', {
        slug: 'pid-dedx',
        name: pid.name,
        summary: 'Demo model.',
        task: 'particle-identification',
        ownerGroup: 'it',
      })
    ).status,
  ).toBe(201);
  const v = await api('POST', '/api/models/pid-dedx/versions', {
    artifacts: [
      { name: pid.file, format: 'onnx', uri: `${hubUrl}/models/${pid.file}`, sha256: pid.sha256, precision: 'fp32' },
    ],
    hyperParameters: {},
  });
  expect(v.status).toBe(201);
}

describeBrowser('benchmark pages in Chromium', () => {
  const browser = useBrowser();

  it("bench:models --post puts results on the model version's benchmark page: chart and table", async () => {
    const slug = `bench-e2e-${Date.now()}`;
    expect(
      (
        await api('POST', '/api/models', {
          slug,
          name: `Bench e2e ${slug}`,
          summary: 'Benchmarked by a browser test.',
          task: 'particle-identification',
          ownerGroup: 'it',
        })
      ).status,
    ).toBe(201);
    const version = await api('POST', `/api/models/${slug}/versions`, {
      artifacts: [
        {
          name: pid.file,
          format: 'onnx',
          uri: `${hubUrl}/models/${pid.file}`,
          bytes: pid.bytes,
          sha256: pid.sha256,
          precision: 'fp32',
        },
      ],
      hyperParameters: {},
    });
    expect(version.status).toBe(201);
    const source = await api('POST', '/api/webhooks/sources', { name: 'bench e2e CI', group: 'it' });
    expect(source.status).toBe(201);

    const out = join(mkdtempSync(join(tmpdir(), 'bench-e2e-')), 'results.json');
    const run = await runHarness(
      [
        '--model',
        slug,
        '--url',
        hubUrl,
        '--batch',
        '1,8',
        '--min-time',
        '0.5s',
        '--min-iterations',
        '200',
        '--post',
        '--source',
        source.json.id,
        '--secret-env',
        'BENCH_E2E_SECRET',
        '--out',
        out,
      ],
      // CI runners set CI, which makes `ci` the default provenance; this run stands for a person's.
      { BENCH_E2E_SECRET: source.json.secret, CI: '' },
    );
    expect(run.code, run.output).toBe(0);
    expect(run.output).toMatch(new RegExp(`post ${slug} v1 batch 1 threads 1: stored`));
    const written = JSON.parse(readFileSync(out, 'utf8')) as { records: unknown[] };
    expect(written.records).toHaveLength(2);

    const listed = await api('GET', `/api/models/${slug}/versions/1/benchmarks`, undefined, null);
    expect(listed.json.total).toBe(2);
    expect(listed.json.items[0]).toMatchObject({
      model: { slug },
      artifact: { sha256: pid.sha256 },
      engine: { name: 'onnxruntime-node' },
      provenance: { source: 'harness', submitter: 'bench e2e CI' },
    });

    // The version's page is rendered on request: the results are in its HTML at once.
    const pageUrl = `${hubUrl}/models/${slug}/v/1/benchmarks/`;
    const html = await fetch(pageUrl);
    expect(html.status).toBe(200);
    expect(await html.text()).toContain('<tr data-result-id="bm_');

    const page = await browser.newPage();
    await page.goto(pageUrl);
    await page.waitForSelector('[data-benchmark-view][data-loaded="2"]', { timeout: 30_000 });
    expect(await page.locator('[data-results-table] tbody tr').count()).toBe(2);
    expect(await page.locator('[data-results-table] tbody tr').first().getAttribute('data-result-id')).toMatch(/^bm_/);
    const latency = page.locator('[data-chart="latency"]');
    await expect.poll(() => latency.isVisible()).toBe(true);
    const box = await latency.locator('canvas').boundingBox();
    expect(box!.width).toBeGreaterThan(200);
    expect(box!.height).toBeGreaterThan(200);
    expect(await page.locator('[data-chart="throughput"]').isVisible()).toBe(true);
    // The chart has drawn: its canvas holds more than one colour.
    const colours = await latency.locator('canvas').evaluate((canvas: HTMLCanvasElement) => {
      const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      const seen = new Set<number>();
      for (let i = 0; i < data.length; i += 4 * 97) seen.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
      return seen.size;
    });
    expect(colours).toBeGreaterThan(3);
    expect(page.errors).toEqual([]);

    // Each row links to the full environment record.
    await page.locator('[data-results-table] tbody tr a', { hasText: 'record' }).first().click();
    await page.waitForSelector('[data-benchmark-record][data-state="loaded"]');
    const record = await page.locator('[data-record-body]').textContent();
    expect(record).toContain('onnxruntime-node 1.30.0');
    expect(record).toContain(pid.sha256);
    expect(record).toContain('Peak memory');

    // Without JavaScript the server-rendered table lists both results.
    const noJs = await browser.newPage({ javaScriptEnabled: false });
    await noJs.goto(pageUrl);
    expect(await noJs.locator('[data-results-table] tbody tr').count()).toBe(2);
  });

  it('lets a demo visitor submit their latency as a community result', async () => {
    await ensureDemoModelInCatalog();
    const before = (await api('GET', '/api/benchmarks?model=pid-dedx&source=community', undefined, null)).json
      .total as number;

    const page = await browser.newPage();
    await page.goto(`${hubUrl}/demos/pid-dedx/`);
    await page.locator('[data-load-model]').click();
    await page.locator('[data-run-many]').click({ timeout: 60_000 });
    const submit = page.locator('[data-submit-result] [data-submit-button]');
    await submit.waitFor({ state: 'visible', timeout: 60_000 });
    await submit.click();
    await page.waitForSelector('[data-submit-result][data-submitted]', { timeout: 30_000 });
    expect(await page.locator('[data-submit-status]').textContent()).toMatch(/Thank you: filed under pid-dedx v\d+/);
    const id = await page.locator('[data-submit-result]').getAttribute('data-submitted');

    const stored = await api('GET', `/api/benchmarks/${id}`, undefined, null);
    expect(stored.json).toMatchObject({
      model: { slug: 'pid-dedx' },
      engine: { name: 'onnxruntime-web', executionProvider: 'wasm' },
      provenance: { source: 'community' },
      hardware: { browser: { name: 'Chrome Headless' } },
    });
    // Timed for at least 1,000 runs and 0.5 s: long enough for the hub to count it (unless the host was noisy).
    expect(stored.json.results.iterations).toBeGreaterThanOrEqual(1000);
    expect(stored.json.results.durationMs).toBeGreaterThanOrEqual(500);
    expect(stored.json.validity.flags.map((f: { code: string }) => f.code)).not.toContain('too_short');
    expect((await api('GET', '/api/benchmarks?model=pid-dedx&source=community', undefined, null)).json.total).toBe(
      before + 1,
    );
    expect(page.errors).toEqual([]);
  });

  it('shows the command that fills an empty benchmark page', async () => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${hubUrl}/benchmarks/`);
    expect(await page.locator('h1').textContent()).toBe('Profiling benchmarks');
    // The empty state shows them while there are no results; later they stay under "How results get here".
    const commands = await page
      .locator('[data-overview-empty] [data-fill-command] code, [data-how-to-fill] [data-fill-command] code')
      .allTextContents();
    expect(commands.join(' ')).toMatch(/npm run bench:models -- --url http:\/\/\S+ --post --source/);
  });
});

describeBrowser('browser benchmark harness page (WASM and WebGPU on SwiftShader)', () => {
  const browser = useBrowser({ webgpu: true });

  for (const provider of ['wasm', 'webgpu'] as const) {
    it(`measures a catalog model on ${provider} and leaves a complete record on window`, async () => {
      await ensureDemoModelInCatalog();
      const page = await browser.newPage();
      await page.goto(
        `${hubUrl}/benchmarks/run/?model=pid-dedx&provider=${provider}&batch=8&minTime=400ms&minIterations=50&autostart=1`,
      );
      const handle = await page.waitForFunction(
        () => (window as unknown as { __benchmarkResult?: unknown }).__benchmarkResult,
        undefined,
        { timeout: 60_000 },
      );
      const result = (await handle.jsonValue()) as { ok: boolean; error?: string; record: BenchmarkRecord };
      expect(result.ok, result.error).toBe(true);
      const { record } = result;
      expect(record).toMatchObject({
        model: 'pid-dedx',
        artifact: { sha256: pid.sha256 },
        engine: { name: 'onnxruntime-web', version: '1.30.0', executionProvider: provider },
        hardware: { browser: { name: 'Chrome Headless' } },
        settings: {
          batchSize: 8,
          minDurationMs: 400,
          input: { description: 'track float32 [8, 2] ~ N(0, 1) (seed 2026)' },
        },
        provenance: { source: 'browser', harness: { name: 'hep-ml-hub bench-browser' } },
      });
      expect(record.results.durationMs).toBeGreaterThanOrEqual(400);
      expect(record.results.iterations).toBeGreaterThanOrEqual(50);
      if (provider === 'webgpu') expect(record.hardware.webgpuAdapter).toMatchObject({ softwareRendered: true });
      else expect(record.hardware.webgpuAdapter).toBeUndefined();
      expect(page.errors).toEqual([]);
    });
  }

  it('waits for "Start measuring" unless the address says autostart=1', async () => {
    await ensureDemoModelInCatalog();
    const page = await browser.newPage();
    await page.goto(`${hubUrl}/benchmarks/run/?model=pid-dedx&provider=wasm&batch=1&minTime=200ms&minIterations=20`);
    const start = page.getByRole('button', { name: 'Start measuring' });
    await start.waitFor();
    await page.waitForTimeout(500);
    const pending = await page.evaluate(() => (window as unknown as { __benchmarkResult?: unknown }).__benchmarkResult);
    expect(pending).toBeUndefined();
    expect(await page.locator('[data-browser-harness]').getAttribute('data-state')).not.toBe('done');
    await start.click();
    await page.waitForFunction(
      () => (window as unknown as { __benchmarkResult?: unknown }).__benchmarkResult,
      undefined,
      {
        timeout: 60_000,
      },
    );
    expect(await page.locator('[data-browser-harness]').getAttribute('data-state')).toBe('done');
    expect(page.errors).toEqual([]);
  });
});

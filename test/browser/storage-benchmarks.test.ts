import { expect, it } from 'vitest';
import { api, describeBrowser, hubUrl, useBrowser } from './context';

describeBrowser('storage benchmark pages in Chromium', () => {
  const browser = useBrowser();

  it('draws throughput against concurrency with labelled axes, one line per seeded setup', async () => {
    const page = await browser.newPage();
    await page.goto(`${hubUrl}/benchmarks/storage/`);
    const painted = await page.waitForFunction(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('[data-storage-chart]');
      if (!canvas || canvas.width === 0 || !canvas.dataset.xAxis) return 0;
      const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      let n = 0;
      for (let i = 3; i < pixels.length; i += 4) if (pixels[i]! > 0) n++;
      return n;
    });
    expect(await painted.jsonValue()).toBeGreaterThan(1000);
    const canvas = page.locator('[data-storage-chart]');
    expect(await canvas.getAttribute('data-x-axis')).toBe('Concurrency (files read at once)');
    expect(await canvas.getAttribute('data-y-axis')).toBe('Throughput (MB/s, log scale)');
    // The seeded measurements: node-fs, hyparquet and h5wasm, warm and cold.
    expect(Number(await canvas.getAttribute('data-series'))).toBeGreaterThanOrEqual(6);
    expect(page.errors).toEqual([]);
  });

  it('without JavaScript: the same numbers in a table, facets as links, and results in a paginated list', async () => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${hubUrl}/benchmarks/storage/`);
    const table = page.locator('[data-storage-series-table]');
    expect(await table.locator('thead th').allTextContents()).toEqual([
      'Storage · format · reader · cache',
      '1',
      '2',
      '4',
    ]);
    const row = table.locator('tr[data-series="local disk · Parquet · hyparquet · warm"]');
    expect(await row.locator('td').count()).toBe(3);
    expect(await row.locator('td a').first().getAttribute('href')).toBe(
      '/benchmarks/storage/result/?id=da_seed-hyparquet-warm-c1',
    );
    await page.locator('a[data-facet="reader"][data-value="h5wasm"]').click();
    await page.waitForURL('**/benchmarks/storage/?reader=h5wasm');
    const setups = await page.locator('[data-storage-results] tbody tr td:first-child a').allTextContents();
    expect(setups.length).toBe(6);
    for (const s of setups) expect(s).toMatch(/HDF5 · h5wasm/);
    await page.goto(`${hubUrl}/benchmarks/storage/?storage=floppy`);
    expect(await page.locator('[data-bad-query]').isVisible()).toBe(true);
    expect((await fetch(`${hubUrl}/benchmarks/storage/?page=99`)).status).toBe(404);
    expect((await fetch(`${hubUrl}/benchmarks/storage/result/?id=da_doesnotexist0`)).status).toBe(404);
  });

  it("says whether a model version's recorded training throughput would be input-bound on a storage result", async () => {
    const slug = `input-bound-${Date.now()}`;
    const model = await api('POST', '/api/models', {
      slug,
      name: `Input bound ${slug}`,
      summary: 'Trained by a browser test.',
      task: 'jet-tagging',
      ownerGroup: 'it',
    });
    expect(model.status).toBe(201);
    const version = await api('POST', `/api/models/${slug}/versions`, {
      artifacts: [
        {
          name: 'model.onnx',
          format: 'onnx',
          uri: `s3://models/${slug}/model.onnx`,
          bytes: 4096,
          sha256: 'ab'.repeat(32),
          precision: 'fp32',
          framework: 'pytorch',
        },
      ],
      hyperParameters: {},
      metrics: [{ name: 'training_events_per_second', value: 2_000_000, split: 'train' }],
    });
    expect(version.status, JSON.stringify(version.json)).toBe(201);
    const seeded = await api('GET', '/api/benchmarks/data-access/da_seed-hyparquet-warm-c1', undefined, null);
    const storageEvents = seeded.json.results.eventsPerSec as number;
    expect(storageEvents).toBeLessThan(2_000_000);

    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${hubUrl}/benchmarks/storage/input-bound/`);
    await page.selectOption('#ib-version', `${slug}@1`);
    await page.selectOption('#ib-result', 'da_seed-hyparquet-warm-c1');
    await page.getByRole('button', { name: 'Compare' }).click();
    await page.waitForURL(`**/benchmarks/storage/input-bound/?version=${slug}%401&**`);
    const verdict = page.locator('[data-input-bound-verdict]');
    expect(await verdict.getAttribute('data-input-bound-verdict')).toBe('input-bound');
    expect(await verdict.locator('h2').textContent()).toBe('Input-bound');
    const sentence = await page.locator('[data-verdict-sentence]').textContent();
    expect(sentence).toContain(`storage delivers ${Math.round(storageEvents).toLocaleString('en')} events/s`);
    expect(sentence).toContain('training consumes 2,000,000 events/s');
    expect(await page.locator('[data-side="training"] td').first().textContent()).toBe('2,000,000');

    // A typed training throughput far below the storage's: not input-bound.
    await page.goto(`${hubUrl}/benchmarks/storage/input-bound/?training=1000&result=da_seed-hyparquet-warm-c1`);
    expect(await verdict.getAttribute('data-input-bound-verdict')).toBe('not-input-bound');
    const bad = await fetch(`${hubUrl}/benchmarks/storage/input-bound/?training=-5&result=da_seed-hyparquet-warm-c1`);
    expect(bad.status).toBe(400);
  });

  it('lists the storage results measured on a hardware pool on its page', async () => {
    const seeded = await api('GET', '/api/benchmarks/data-access/da_seed-node-fs-warm-c1', undefined, null);
    const {
      id: _id,
      hardwareLabel: _h,
      setupLabel: _s,
      visibility: _v,
      supersedes: _a,
      supersededBy: _b,
      links: _l,
      hardwarePool: _p,
      dataset: _d,
      ...record
    } = seeded.json;
    const { eventRef: _e, recordedAt: _r, ...provenance } = record.provenance;
    const posted = await api('POST', '/api/benchmarks/data-access', {
      ...record,
      provenance,
      hardwarePool: 'alice-epn',
    });
    expect(posted.status).toBe(201);
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${hubUrl}/hardware/alice-epn/`);
    expect(await page.locator(`[data-pool-storage] tr[data-storage-result="${posted.json.id}"]`).count()).toBe(1);
    // With results listed, the page still fits a 390 px phone: the table scrolls in its own region.
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await page.getByRole('region', { name: /^Storage-access results on .+ table$/ }).count()).toBe(1);
  });
});

import { expect, it } from 'vitest';
import { api, describeBrowser, hubUrl, useBrowser } from './context';

describeBrowser('estimate retraining cost from the catalog', () => {
  const browser = useBrowser();

  it('a model version page links to the cost estimator prefilled from its datasets and training job', async () => {
    const run = Date.now().toString(36);
    const dataset = `train-data-${run}`;
    const model = `retrain-cost-${run}`;
    const ok = (res: { status: number; json: unknown }) => expect(res.status, JSON.stringify(res.json)).toBe(201);
    ok(
      await api('POST', '/api/datasets', {
        slug: dataset,
        name: `Training data ${run}`,
        summary: 'For the cost link test.',
        format: 'parquet',
      }),
    );
    // 20 TiB, the unit the providers bill in.
    ok(
      await api('POST', `/api/datasets/${dataset}/versions`, {
        version: 'v1',
        bytes: 20 * 2 ** 40,
        fileCount: 1000,
        replicas: [{ uri: 's3://bucket/train/v1/' }],
      }),
    );
    ok(
      await api('POST', '/api/models', {
        slug: model,
        name: `Retrain cost ${run}`,
        summary: 'Has a training job.',
        task: 'jet-tagging',
      }),
    );
    ok(
      await api('POST', `/api/models/${model}/versions`, {
        artifacts: [{ name: 'model.onnx', format: 'onnx', uri: 's3://m/model.onnx' }],
        datasets: [{ dataset, version: 'v1' }],
        trainingJob: { gpuHours: 144, hardware: '4× A100-80GB' },
      }),
    );

    const versionPage = `${hubUrl}/models/${model}/v/1/`;
    expect((await fetch(versionPage)).status).toBe(200);

    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(versionPage);
    await page.getByRole('link', { name: 'Estimate retraining cost' }).click();
    await page.waitForURL('**/costs/?**');
    const query = new URL(page.url()).searchParams;
    expect(Object.fromEntries(query)).toMatchObject({
      datasetTb: '20',
      gpu: 'A100-80GB',
      gpus: '4',
      hours: '36',
      from: `${model}:v1`,
    });
    // Without JavaScript the server rendered the estimate for exactly these inputs.
    expect(await page.locator('body').textContent()).toContain('Google Cloud');
    expect(await page.locator(`a[href="/models/${model}/"]`).count()).toBeGreaterThan(0);
  });
});

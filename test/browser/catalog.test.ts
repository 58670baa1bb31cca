import { expect, it } from 'vitest';
import { api, describeBrowser, hubUrl, useBrowser } from './context';

describeBrowser('model catalog in Chromium', () => {
  const browser = useBrowser();
  const run = Date.now().toString(36);
  const dataset = `jets-${run}`;
  const model = `tagger-${run}`;

  it('registers a dataset, a model and versions through the API and shows aliases, history, versions and lineage', async () => {
    const ok = (res: { status: number; json: unknown }, status: number) =>
      expect(res.status, JSON.stringify(res.json)).toBe(status);
    ok(
      await api('POST', '/api/datasets', {
        slug: dataset,
        name: `Jet sample ${run}`,
        summary: 'Simulated jets for the browser test.',
        format: 'hdf5',
      }),
      201,
    );
    ok(
      await api('POST', `/api/datasets/${dataset}/versions`, {
        version: 'v1',
        bytes: 12_345_678_901_234,
        fileCount: 4_200,
        replicas: [{ uri: 'root://eos.example.org//eos/test/v1/' }],
      }),
      201,
    );
    ok(
      await api('POST', `/api/datasets/${dataset}/versions`, {
        version: 'v2',
        bytes: 48_318_382_080_000,
        fileCount: 12_800,
        checksum: `sha256:${'c'.repeat(64)}`,
        replicas: [{ uri: 's3://bucket/test/v2/' }],
      }),
      201,
    );
    ok(
      await api('POST', '/api/models', {
        slug: model,
        card: `---\nlicense: mit\npipeline_tag: jet-tagging\ntags: [browser-test]\n---\n# Browser tagger ${run}\n\nA tagger registered by the browser test.`,
      }),
      201,
    );
    const common = { hyperParameters: { learning_rate: 0.001 }, trainingJob: { gpuHours: 12 } };
    ok(
      await api('POST', `/api/models/${model}/versions`, {
        ...common,
        artifacts: [
          { name: 'model.onnx', format: 'onnx', uri: 's3://m/v1.onnx', precision: 'fp32', sha256: 'a'.repeat(64) },
        ],
        metrics: [{ name: 'auc', value: 0.95 }],
        datasets: [{ dataset, version: 'v1' }],
      }),
      201,
    );
    ok(
      await api('POST', `/api/models/${model}/versions`, {
        ...common,
        hyperParameters: { learning_rate: 0.0003 },
        artifacts: [
          { name: 'model.onnx', format: 'onnx', uri: 's3://m/v2.onnx', precision: 'fp16', sha256: 'b'.repeat(64) },
        ],
        metrics: [{ name: 'auc', value: 0.97 }],
        datasets: [
          { dataset, version: 'v2' },
          { dataset, version: 'v1', role: 'evaluation' },
        ],
        parent: { version: 1 },
      }),
      201,
    );
    for (const [version, reason] of [
      [1, 'First release'],
      [2, 'Better AUC'],
      [1, 'Rollback'],
    ] as const) {
      ok(
        await api('PUT', `/api/models/${model}/aliases/production`, { version, reason }),
        version === 1 && reason === 'First release' ? 201 : 200,
      );
    }

    // Pages render on demand: the last write (the rollback) shows on the very next request.
    expect(await (await fetch(`${hubUrl}/models/${model}/`)).text()).toContain('Rollback');

    const page = await browser.newPage();
    await page.goto(`${hubUrl}/models/${model}/`);
    expect(await page.locator('h1').textContent()).toBe(`Browser tagger ${run}`);
    expect(await page.locator('[data-alias="production"] td').first().textContent()).toBe('v1');
    const history = await page.locator('[data-alias-history] tbody tr').evaluateAll((rows) =>
      rows.map((r) =>
        [...r.querySelectorAll('td')]
          .slice(2, 4)
          .map((td) => td.textContent?.trim())
          .join(' → '),
      ),
    );
    expect(history).toEqual(['v2 → v1', 'v1 → v2', 'created → v1']);
    expect(await page.locator('[data-alias-history] tbody tr').first().textContent()).toContain('Rollback');
    expect(
      await page
        .locator('[data-versions] tbody tr')
        .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-version'))),
    ).toEqual(['2', '1']);

    // Lineage: both dataset versions feed the versions; v2 was retrained from v1.
    const nodes = await page.locator('[data-lineage] svg a title').allTextContents();
    expect(nodes).toEqual(
      expect.arrayContaining([
        `Dataset Jet sample ${run}, version v1`,
        `Dataset Jet sample ${run}, version v2`,
        'v1',
        'v2',
      ]),
    );
    expect(await page.locator('[data-lineage] svg path.edge-parent').count()).toBe(1);
    expect(await page.locator('[data-lineage] svg path.edge-data').count()).toBe(3);
    await page.getByText('Lineage as a table').click();
    expect(await page.locator('.lineage-table tbody tr').nth(1).textContent()).toContain('v1');

    // The versions table sorts in place.
    await page.locator('[data-versions] th button', { hasText: 'Version' }).click();
    expect(
      await page
        .locator('[data-versions] tbody tr')
        .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-version'))),
    ).toEqual(['1', '2']);
    expect(page.errors).toEqual([]);
  });

  it('shows both dataset versions with human sizes and exact bytes', async () => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${hubUrl}/datasets/${dataset}/`);
    expect(
      await page
        .locator('[data-dataset-version]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-dataset-version'))),
    ).toEqual(['v2', 'v1']);
    const sizes = page.locator('[data-size] [data-bytes]');
    expect(
      await sizes.evaluateAll((els) => els.map((e) => [e.firstChild?.textContent, e.getAttribute('title')])),
    ).toEqual([
      ['48.3 TB', '48,318,382,080,000 bytes'],
      ['12.3 TB', '12,345,678,901,234 bytes'],
    ]);
    expect(await page.locator('[data-dataset-version="v1"]').textContent()).toContain(`Browser tagger ${run} v1`);
    // How to copy each replica, with what it weighs first.
    expect(await page.locator('[data-dataset-version="v2"] [data-replica] .command code').textContent()).toBe(
      `# 48.3 TB in 12,800 files\naws s3 cp --recursive 's3://bucket/test/v2/' '${dataset}-v2/'`,
    );
    expect(await page.locator('[data-dataset-version="v1"] [data-replica] .command code').textContent()).toBe(
      `# 12.3 TB in 4,200 files\nxrdcp -r 'root://eos.example.org//eos/test/v1/' '${dataset}-v1/'`,
    );
  });

  it('compares any two versions without JavaScript, and follows the earlier compare URLs', async () => {
    const plain = await browser.newPage({ javaScriptEnabled: false });
    await plain.goto(`${hubUrl}/models/${model}/compare/1...2/`);
    expect(plain.url()).toBe(`${hubUrl}/models/${model}/compare/?a=1&b=2`);
    const changed = await plain.locator('.compare tr.changed th').allTextContents();
    expect(changed.map((t) => t.replace(' (changed)', ''))).toEqual(
      expect.arrayContaining(['learning_rate', 'onnx artifact · precision', 'auc · test']),
    );
    // AUC went up: marked better; the changed cells are marked too.
    expect(await plain.locator('[data-compare-section="metrics"] [data-verdict]').textContent()).toBe('▲ better');
    expect(await plain.locator('[data-compare-section="metrics"] td[data-changed]').count()).toBe(2);

    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${hubUrl}/models/${model}/compare/`);
    // Every version is offered in both pickers, newest first, with its aliases.
    const options = await page.locator('#compare-a option').allTextContents();
    expect(options).toHaveLength(2);
    expect(options[0]).toMatch(/^v2 · /);
    expect(options[1]).toMatch(/^v1 · production · /);
    expect(await page.locator('#compare-b option').count()).toBe(2);
    await page.selectOption('#compare-a', '2');
    await page.selectOption('#compare-b', '1');
    await page.getByRole('button', { name: 'Compare' }).click();
    await page.waitForURL(`**/models/${model}/compare/?a=2&b=1`);
    expect(await page.locator('[data-compare-summary]').textContent()).toMatch(/differences? between v2 and v1/);
    expect(await page.locator('[data-compare-section="metrics"] [data-verdict]').textContent()).toBe('▼ worse');
    // A hand-written address for a version that does not exist says so.
    await page.goto(`${hubUrl}/models/${model}/compare/?a=2&b=9`);
    expect(await page.getByRole('alert').textContent()).toContain('has no v9');
  });

  it('finds the model through search with the model facet, without JavaScript', async () => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${hubUrl}/search/?q=${run}&kind=model`);
    expect(await page.locator('.result-list h3 a').allTextContents()).toEqual([`Browser tagger ${run}`]);
    expect(await page.locator('[data-search-facets] a[aria-current="page"]').first().textContent()).toContain('Models');
  });
});

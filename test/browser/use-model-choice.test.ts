import { expect, it } from 'vitest';
import { api, describeBrowser, hubUrl, useBrowser } from './context';

/** "Use this model" offers a version that has a file, and says why when it is not the newest. */
describeBrowser('"Use this model" picks a version with a file', () => {
  const browser = useBrowser();

  it('offers the newest version with a file and names the newer one without, or says no version has one', async () => {
    const run = Date.now().toString(36);
    const slug = `use-choice-${run}`;
    expect(
      (
        await api('POST', '/api/models', {
          slug,
          name: `Use choice ${run}`,
          summary: 'Test.',
          task: 'jet-tagging',
          ownerGroup: 'cms',
        })
      ).status,
    ).toBe(201);
    const file = {
      name: 'model.onnx',
      format: 'onnx',
      uri: `s3://models/${slug}/model.onnx`,
      bytes: 10,
      sha256: 'ab'.repeat(32),
    };
    expect((await api('POST', `/api/models/${slug}/versions`, { artifacts: [file] })).status).toBe(201);
    expect((await api('POST', `/api/models/${slug}/versions`, { artifacts: [] })).status).toBe(201);
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${hubUrl}/models/${slug}/`);
    const box = page.locator('[data-use-version]');
    expect(await box.getAttribute('data-use-version')).toBe(`${slug}@1`);
    expect(await box.locator('[data-use-reason]').textContent()).toBe(
      'v1 is the newest version with a file; v2 has none yet.',
    );

    const bare = `use-none-${run}`;
    expect(
      (
        await api('POST', '/api/models', {
          slug: bare,
          name: `Use none ${run}`,
          summary: 'Test.',
          task: 'jet-tagging',
          ownerGroup: 'cms',
        })
      ).status,
    ).toBe(201);
    expect((await api('POST', `/api/models/${bare}/versions`, { artifacts: [] })).status).toBe(201);
    await page.goto(`${hubUrl}/models/${bare}/`);
    expect(await page.locator('[data-use-version]').count()).toBe(0);
    expect(await page.locator('[data-use-none]').textContent()).toMatch(/No version of this model has a file yet/);
  });
});

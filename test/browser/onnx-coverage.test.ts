import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import type { DemoModelsManifest } from '../../scripts/demo-models';
import { api, describeBrowser, hubUrl, useBrowser } from './context';

const manifest = JSON.parse(
  readFileSync(new URL('../../public/models/manifest.json', import.meta.url), 'utf8'),
) as DemoModelsManifest;
const int8 = manifest.models.find((m) => m.slug === 'jet-btag-int8')!;

describeBrowser('ONNX coverage on model version pages', () => {
  const browser = useBrowser();
  const slug = `coverage-${Date.now().toString(36)}`;

  it('shows the matrix for an artifact the hub serves, and how to check one it cannot read', async () => {
    const ok = (res: { status: number; json: unknown }, status: number) =>
      expect(res.status, JSON.stringify(res.json)).toBe(status);
    ok(
      await api('POST', '/api/models', {
        slug,
        card: `---\nlicense: mit\npipeline_tag: jet-tagging\n---\n# Coverage test ${slug}\n\nA tagger with ONNX artifacts.`,
      }),
      201,
    );
    // A mirror of the hub's int8 demo file: recognised by its SHA-256, so the build inspects the served copy.
    ok(
      await api('POST', `/api/models/${slug}/versions`, {
        artifacts: [
          {
            name: 'tagger-int8.onnx',
            format: 'onnx',
            uri: `https://mirror.example.org/models/${int8.file}`,
            sha256: int8.sha256,
          },
        ],
      }),
      201,
    );
    ok(
      await api('POST', `/api/models/${slug}/versions`, {
        artifacts: [{ name: 'tagger.onnx', format: 'onnx', uri: 's3://bucket/tagger.onnx' }],
      }),
      201,
    );
    // Pages render on demand: the new version's page exists at once.
    expect((await fetch(`${hubUrl}/models/${slug}/v/2/`)).status).toBe(200);

    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${hubUrl}/models/${slug}/v/1/`);
    const matrix = page.locator('[data-onnx-coverage] [data-coverage-matrix]');
    const statuses = await matrix
      .locator('tr[data-engine]')
      .evaluateAll((rows) => rows.map((r) => [r.getAttribute('data-engine'), r.getAttribute('data-status')]));
    expect(statuses).toEqual([
      ['ort-cpu', 'runs'],
      ['ort-web-webgpu', 'runs-with-fallback'],
      ['tmva-sofie', 'fails'],
      ['hls4ml', 'fails'],
    ]);
    expect(await matrix.locator('tr[data-engine="tmva-sofie"] [data-coverage-missing]').textContent()).toBe(
      'missing: DequantizeLinear, QuantizeLinear',
    );
    expect(await page.locator('[data-artifact-coverage="computed"]').textContent()).toContain(`/models/${int8.file}`);

    await page.goto(`${hubUrl}/models/${slug}/v/2/`);
    const unreadable = page.locator('[data-artifact-coverage="not-readable"]');
    expect(await unreadable.textContent()).toMatch(
      /s3:\/\/bucket\/tagger\.onnx.*npx hub onnx inspect model\.onnx.*\/api\/onnx\/inspect/s,
    );
    expect(await unreadable.locator('a[href="/inspect/"]').count()).toBe(1);
  });
});

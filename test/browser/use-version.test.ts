import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import type { DemoModelsManifest } from '../../scripts/demo-models';
import { describeBrowser, hubUrl, useBrowser } from './context';

const manifest = JSON.parse(
  readFileSync(new URL('../../public/models/manifest.json', import.meta.url), 'utf8'),
) as DemoModelsManifest;
const jet = manifest.models.find((m) => m.slug === 'jet-btag')!;

describeBrowser('"Use this version" on version pages', () => {
  const browser = useBrowser();

  it('gives a download command that fetches the exact registered file, and a Python snippet with its real inputs', async () => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${hubUrl}/models/jet-btag/v/1/`);
    const section = page.locator('[data-use-version]');
    expect(await section.locator('h2').textContent()).toBe('Use this version');
    const [download, python] = await section.locator('.command code').allTextContents();

    // The commands, followed by hand: the URL serves the file whose SHA-256 the check line expects.
    const [fetchLine, verifyLine] = download!.split('\n');
    const url = /^curl -fL -o 'jet-btag\.onnx' '([^']+)'$/.exec(fetchLine!)?.[1];
    expect(url).toBe(`${hubUrl}/models/${jet.file}`);
    const expected = /^echo '([0-9a-f]{64}) {2}jet-btag\.onnx' \| sha256sum -c -$/.exec(verifyLine!)?.[1];
    expect(expected).toBe(jet.sha256);
    const bytes = Buffer.from(await (await fetch(url!)).arrayBuffer());
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(expected);

    // The snippet feeds the model's own input, read from the served file.
    const input = jet.inputs[0]!;
    expect(python).toContain(`session = ort.InferenceSession("jet-btag.onnx")`);
    expect(python).toContain(`"${input.name}": np.zeros((1, ${input.shape[1]}), dtype=np.float32),  # batch set to 1`);
  });
});

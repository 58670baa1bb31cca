import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import type { DemoModelsManifest } from '../../scripts/demo-models';
import { describeBrowser, hubUrl, useBrowser } from './context';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const manifest = JSON.parse(
  readFileSync(new URL('../../public/models/manifest.json', import.meta.url), 'utf8'),
) as DemoModelsManifest;
const jet = manifest.models.find((m) => m.slug === 'jet-btag')!;

describeBrowser('the model page: card, then "Use this model", then versions and lineage', () => {
  const browser = useBrowser();

  it('puts the model card first, then the box that uses the model, then versions and lineage', async () => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${hubUrl}/models/jet-btag/`);
    const headings = await page.locator('[data-model-page] h2').allTextContents();
    const order = ['Model card', 'Use this model', 'Versions', 'Lineage'].map((h) => headings.indexOf(h));
    expect(
      order.every((i) => i >= 0),
      headings.join(' | '),
    ).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    // Nothing but the page's own header comes before the card.
    expect(headings[0]).toBe('Model card');
  });

  it('gives commands that fetch the real file and check its real checksum, and a CLI line that works as written', async () => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${hubUrl}/models/jet-btag/`);
    const box = page.locator('[data-use-version]');
    expect(await box.locator('h2').textContent()).toBe('Use this model');
    // The seed marks no version production: the box uses the newest one.
    expect(await box.getAttribute('data-use-version')).toBe('jet-btag@1');
    const [download, python, cli] = await box.locator('.command code').allTextContents();

    const [fetchLine, verifyLine] = download!.split('\n');
    const url = /^curl -fL -o 'jet-btag\.onnx' '([^']+)'$/.exec(fetchLine!)?.[1];
    expect(url).toBe(`${hubUrl}/models/${jet.file}`);
    const expected = /^echo '([0-9a-f]{64}) {2}jet-btag\.onnx' \| sha256sum -c -$/.exec(verifyLine!)?.[1];
    expect(expected).toBe(jet.sha256);
    const bytes = Buffer.from(await (await fetch(url!)).arrayBuffer());
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(expected);

    // The Python snippet opens the file the download wrote, with the model's own input.
    const input = jet.inputs[0]!;
    expect(python).toContain('import onnxruntime as ort');
    expect(python).toContain(`session = ort.InferenceSession("jet-btag.onnx")`);
    expect(python).toContain(`"${input.name}": np.zeros((1, ${input.shape[1]}), dtype=np.float32)`);

    // `npx hub …`, run as written from the repository, names the same version, file and checksum.
    expect(cli).toBe(`npx hub model show jet-btag:1 --url ${hubUrl}`);
    const [command, ...args] = cli!.split(' ');
    const { stdout } = await promisify(execFile)(command!, args, { cwd: ROOT, timeout: 60_000 });
    expect(stdout).toContain('jet-btag v1');
    expect(stdout).toContain(fetchLine);
    expect(stdout).toContain(verifyLine);
  });
});

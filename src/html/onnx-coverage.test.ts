import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { inspectModel, operatorCoverage } from '../lib/onnx';
import { renderCoverageMatrix } from './onnx-coverage';

const coverageOf = async (file: string) =>
  operatorCoverage(
    await inspectModel(new Uint8Array(await readFile(new URL(`../../public/models/${file}`, import.meta.url)))),
  );

describe('renderCoverageMatrix', () => {
  it('gives each engine a row with its status, missing and fallback operators', async () => {
    const html = renderCoverageMatrix(await coverageOf('jet-btag-int8.onnx'));
    expect(html).toContain('<tr data-engine="tmva-sofie" data-status="fails">');
    expect(html).toContain(
      '<span data-coverage-missing>missing: <code>DequantizeLinear</code>, <code>QuantizeLinear</code></span>',
    );
    expect(html).toContain('<tr data-engine="ort-web-webgpu" data-status="runs-with-fallback">');
    expect(html).toContain('falls back to WASM for: <code>QuantizeLinear</code>');
    expect(html).toContain('<span class="badge ok">runs</span>');
    expect(html).toMatch(
      /<tr data-engine="ort-web-webgpu".*data-coverage-known-issue>Known problem: DequantizeLinear.*#32578/,
    );
  });

  it('lists every source with its commit and date, saying when the list records no date', async () => {
    const html = renderCoverageMatrix(await coverageOf('pid-dedx.onnx'));
    expect(html).toMatch(/hls4ml v1\.3\.0.*<code>ef92ebdf2fc6<\/code>[^<]*, commit date 2026-06-10/s);
    expect(html).toContain('commit date not recorded in the list');
  });

  it('escapes operator names and notes taken from the model', () => {
    const html = renderCoverageMatrix({
      schemaVersion: 1,
      engines: [
        {
          engine: 'tmva-sofie',
          name: 'SOFIE',
          version: '1',
          status: 'fails',
          summary: 'missing: <img src=x>',
          missing: ['<img src=x>'],
          fallback: [],
          opsetProblems: [{ op: 'x', opset: 1, range: null, message: '<script>alert(1)</script>' }],
          reasons: [{ kind: 'fails', op: 'x', node: '<b>n</b>', message: '<b>n</b> fails' }],
          notes: ['a & b'],
          sources: [],
        },
      ],
    });
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&#60;img src=x&#62;');
    expect(html).toContain('a &#38; b');
  });
});

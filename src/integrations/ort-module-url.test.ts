import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { TransformPluginContext } from 'rollup';
import { describe, expect, it } from 'vitest';
import { ORT_MODULE_URL_EXPORT, ortModuleUrl } from './ort-module-url';

type Transform = (
  this: TransformPluginContext,
  code: string,
  id: string,
  options?: { ssr?: boolean },
) => { code: string } | undefined;

const transform = ortModuleUrl().transform as Transform;
const run = (code: string, id: string, ssr = false) => transform.call({} as TransformPluginContext, code, id, { ssr });

describe('ortModuleUrl', () => {
  // The file ort-wasm-assets.ts resolves `onnxruntime-web` to in the browser build.
  const bundle = join(dirname(createRequire(import.meta.url).resolve('onnxruntime-web')), 'ort.min.mjs');

  it("makes onnxruntime-web's browser bundle export the URL it was loaded from", () => {
    const code = readFileSync(bundle, 'utf8');
    const out = run(code, bundle);
    expect(out?.code.startsWith(code)).toBe(true);
    expect(out?.code.slice(code.length)).toBe(`\nexport const ${ORT_MODULE_URL_EXPORT} = import.meta.url;\n`);
    // Still one self-contained module: importing it again under another URL gives a separate instance.
    expect(code).not.toMatch(/^\s*import\s*[{*\w]/m);
    // (with Vite's query suffixes, and Windows paths)
    expect(run('x', `${bundle}?v=1`)?.code).toContain(ORT_MODULE_URL_EXPORT);
    expect(run('x', bundle.replace(/\//g, '\\'))?.code).toContain(ORT_MODULE_URL_EXPORT);
  });

  it('leaves the server build and every other module alone', () => {
    expect(run('x', bundle, true)).toBeUndefined();
    expect(run('x', bundle.replace('ort.min.mjs', 'ort.bundle.min.mjs'))).toBeUndefined();
    expect(run('x', '/work/hub/src/components/ort/runtime.ts')).toBeUndefined();
  });
});

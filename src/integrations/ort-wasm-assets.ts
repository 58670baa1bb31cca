import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

/** The module pages import to learn where onnxruntime-web's runtime files are. */
export const ORT_WASM_MODULE_ID = 'virtual:ort-wasm-assets';
const RESOLVED_ID = `\0${ORT_WASM_MODULE_ID}`;
/** The size of the WASM runtime (bytes, unpacked), for pages that say how much a demo downloads. */
export const ORT_WASM_SIZE_MODULE_ID = 'virtual:ort-wasm-size';
const RESOLVED_SIZE_ID = `\0${ORT_WASM_SIZE_MODULE_ID}`;

/**
 * Cloudflare Pages and Workers static assets refuse files over 25 MiB, and the JSEP build of
 * onnxruntime-web (WebGPU + WASM, the default import) is 27 MiB; parts stay well under.
 */
export const MAX_PART_BYTES = 20 * 1024 * 1024;

const WASM_FILE = 'ort-wasm-simd-threaded.jsep.wasm';
const LOADER_FILE = 'ort-wasm-simd-threaded.jsep.mjs';

/** Equal-sized slices of at most `maxBytes` each. */
export function splitBytes(bytes: Uint8Array, maxBytes: number): Uint8Array[] {
  const count = Math.max(1, Math.ceil(bytes.length / maxBytes));
  const size = Math.ceil(bytes.length / count);
  return Array.from({ length: count }, (_, i) => bytes.subarray(i * size, Math.min(bytes.length, (i + 1) * size)));
}

/**
 * Serves onnxruntime-web's WASM runtime from the hub itself (no CDN): the loader (.mjs, also the
 * pthread worker script) and the .wasm binary become hashed files in `_astro/`, the binary in
 * parts that the page fetches and joins (`env.wasm.wasmBinary`). `astro dev` serves the files
 * straight from node_modules. Pages import `virtual:ort-wasm-assets` for the URLs.
 *
 * In the browser, `onnxruntime-web` resolves to its build without an embedded loader (the same JSEP
 * WebGPU + WASM runtime, what its `onnxruntime-web-use-extern-wasm` export condition selects): the
 * default bundle names the whole .wasm with `new URL(…, import.meta.url)`, which Vite would copy
 * into the site as one file over the 25 MiB limit.
 */
export function ortWasmAssets(): Plugin {
  const require = createRequire(import.meta.url);
  let command: 'build' | 'serve' = 'build';
  return {
    name: 'hub:ort-wasm-assets',
    // Before Vite's own resolver, which would pick the package's default (bundled) entry.
    enforce: 'pre',
    configResolved(config) {
      command = config.command;
    },
    resolveId(id, _importer, options) {
      if (id === ORT_WASM_MODULE_ID) return RESOLVED_ID;
      if (id === ORT_WASM_SIZE_MODULE_ID) return RESOLVED_SIZE_ID;
      // Node's entry of the package (what `require.resolve` finds) sits in the same dist/ folder.
      if (id === 'onnxruntime-web' && !options?.ssr)
        return join(dirname(require.resolve('onnxruntime-web')), 'ort.min.mjs');
      return undefined;
    },
    load(id) {
      // Only a number: safe to import from server code too (it emits no file).
      if (id === RESOLVED_SIZE_ID)
        return `export const wasmBytes = ${statSync(require.resolve(`onnxruntime-web/${WASM_FILE}`)).size};\n`;
      if (id !== RESOLVED_ID) return undefined;
      const loader = `import loaderUrl from 'onnxruntime-web/${LOADER_FILE}?url';\nexport { loaderUrl };\n`;
      if (command === 'serve') {
        return `${loader}import wasmUrl from 'onnxruntime-web/${WASM_FILE}?url';\nexport const wasmPartUrls = [wasmUrl];\n`;
      }
      const bytes = readFileSync(require.resolve(`onnxruntime-web/${WASM_FILE}`));
      const parts = splitBytes(bytes, MAX_PART_BYTES);
      const refs = parts.map((source, i) =>
        this.emitFile({ type: 'asset', name: `${WASM_FILE}.${i + 1}-of-${parts.length}.bin`, source }),
      );
      const urls = refs.map((ref) => `import.meta.ROLLUP_FILE_URL_${ref}`).join(', ');
      return `${loader}export const wasmPartUrls = [${urls}];\n`;
    },
  };
}

import type { Plugin } from 'vite';

/** The export this plugin adds to onnxruntime-web's browser bundle: the URL the bundle was loaded from. */
export const ORT_MODULE_URL_EXPORT = 'hubModuleUrl';

/** onnxruntime-web's browser build as this site bundles it (see ort-wasm-assets.ts). */
const ORT_BROWSER_BUNDLE = /\/node_modules\/onnxruntime-web\/dist\/ort\.min\.mjs$/;

/**
 * Lets the page import a second, separate instance of onnxruntime-web (src/components/ort/fresh-runtime.ts):
 * the bundle (one self-contained chunk) exports its own URL, and importing that URL under another
 * fragment evaluates the module again, with a runtime (and WebGPU backend) of its own.
 */
export function ortModuleUrl(): Plugin {
  return {
    name: 'hub:ort-module-url',
    transform(code, id, options) {
      if (options?.ssr) return undefined;
      if (!ORT_BROWSER_BUNDLE.test(id.split('?')[0]!.replace(/\\/g, '/'))) return undefined;
      return { code: `${code}\nexport const ${ORT_MODULE_URL_EXPORT} = import.meta.url;\n`, map: null };
    },
  };
}

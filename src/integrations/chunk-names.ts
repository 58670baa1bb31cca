import type { AstroIntegration } from 'astro';

/**
 * Third-party code the browser loads, each in a chunk named after what it holds. Rollup otherwise
 * names a shared chunk after the first module it happens to contain: Chart.js shipped as
 * `sortable-table.*.js` or `theme-colors.*.js`, which said nothing about its 170 KB. A library in
 * a chunk of its own is also cached across deploys that do not change it, and only pages that
 * import it load it (test/browser/page-weight.test.ts checks which pages do).
 */
export const VENDOR_CHUNKS: Record<string, RegExp> = {
  chart: /\/node_modules\/(chart\.js|@kurkle\/color)\//,
  onnxruntime: /\/node_modules\/onnxruntime-(web|common)\//,
  react: /\/node_modules\/(react|react-dom|scheduler)\//,
  // The inspector's graph layout (in its worker; named here should a page ever import it).
  dagre: /\/node_modules\/@dagrejs\//,
  'onnx-proto': /\/node_modules\/(onnx-proto|protobufjs|@protobufjs|long)\//,
};

export function vendorChunkOf(id: string): string | undefined {
  // Rollup's CommonJS interop helpers, shared by every CJS package (React, protobufjs in the
  // inspector): left alone they join the first vendor chunk that needs them, and then the
  // inspector loads all of React for two small functions.
  if (id.startsWith('\0commonjsHelpers')) return 'commonjs-helpers';
  // (`?url` and other query imports are not the library's code.)
  if (id.includes('?')) return undefined;
  const path = id.replace(/\\/g, '/');
  return Object.entries(VENDOR_CHUNKS).find(([, pattern]) => pattern.test(path))?.[0];
}

/** Applies the names to the client build only (the server bundle is never downloaded). */
export function chunkNames(): AstroIntegration {
  return {
    name: 'hub:chunk-names',
    hooks: {
      'astro:build:setup': ({ vite, target }) => {
        if (target !== 'client') return;
        vite.build ??= {};
        vite.build.rollupOptions ??= {};
        const outputs = vite.build.rollupOptions.output;
        for (const output of Array.isArray(outputs) ? outputs : [outputs ?? (vite.build.rollupOptions.output = {})]) {
          const previous = output.manualChunks;
          output.manualChunks = (id, meta) =>
            vendorChunkOf(id) ?? (typeof previous === 'function' ? previous(id, meta) : undefined);
        }
      },
    },
  };
}

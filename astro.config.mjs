// @ts-check
import react from '@astrojs/react';
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import { ortWasmAssets } from './src/integrations/ort-wasm-assets';

// The site is static: every page is built from the database at build time (see
// server/build-site.ts); parts that must be live are small islands calling /api.
export default defineConfig({
  site: process.env.PUBLIC_URL ?? 'http://localhost:4321',
  output: 'static',
  trailingSlash: 'ignore',
  integrations: [react()],
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  // Same cross-origin isolation as the Node host and public/_headers: threaded WASM in the demos.
  server: { headers: { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' } },
  vite: {
    // Build-time code is bundled into chunks whose location depends on outDir, so it cannot find
    // the demo models relative to itself (src/data/demo-models.ts): tell it where they are.
    define: {
      'import.meta.env.HUB_MODELS_DIR': JSON.stringify(fileURLToPath(new URL('./public/models/', import.meta.url))),
    },
    // onnxruntime-web ships its own wasm loaders; let it be bundled as-is.
    optimizeDeps: { exclude: ['onnxruntime-web'] },
    // ...and its WASM runtime files are served from the hub itself (see src/integrations/ort-wasm-assets.ts).
    plugins: [ortWasmAssets()],
    server: {
      proxy: { '/api': process.env.HUB_API_ORIGIN ?? 'http://localhost:4322' },
    },
  },
});

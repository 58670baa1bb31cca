// @ts-check
import react from '@astrojs/react';
import { defineConfig } from 'astro/config';
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
    // onnxruntime-web ships its own wasm loaders; let it be bundled as-is.
    optimizeDeps: { exclude: ['onnxruntime-web'] },
    // ...and its WASM runtime files are served from the hub itself (see src/integrations/ort-wasm-assets.ts).
    plugins: [ortWasmAssets()],
    server: {
      proxy: { '/api': process.env.HUB_API_ORIGIN ?? 'http://localhost:4322' },
    },
  },
});

// @ts-check
import react from '@astrojs/react';
import { defineConfig } from 'astro/config';

// The site is static: every page is built from the database at build time (see
// server/build-site.ts); parts that must be live are small islands calling /api.
export default defineConfig({
  site: process.env.PUBLIC_URL ?? 'http://localhost:4321',
  output: 'static',
  trailingSlash: 'ignore',
  integrations: [react()],
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  vite: {
    // onnxruntime-web ships its own wasm loaders; let it be bundled as-is.
    optimizeDeps: { exclude: ['onnxruntime-web'] },
    server: {
      proxy: { '/api': process.env.HUB_API_ORIGIN ?? 'http://localhost:4322' },
    },
  },
});

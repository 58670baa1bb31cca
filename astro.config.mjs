// @ts-check
import cloudflare from '@astrojs/cloudflare';
import node from '@astrojs/node';
import react from '@astrojs/react';
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import { apiReferenceSize } from './src/integrations/api-reference-size';
import { chunkNames } from './src/integrations/chunk-names';
import { devHub } from './src/integrations/dev-hub';
import { ortKernelFix } from './src/integrations/ort-kernel-fix';
import { ortWasmAssets } from './src/integrations/ort-wasm-assets';
import { scalarLandmarks } from './src/integrations/scalar-landmarks';

/**
 * One site, two hosts. Pages without data (home, docs, demos, inspector, 404) are prerendered;
 * data pages render on demand from the database (see src/middleware.ts for their caching).
 * HUB_HOST=edge builds for Cloudflare (pages and the Hono API in one worker, on D1) into
 * dist/edge/; otherwise the Node adapter in middleware mode builds dist/node/ for server/.
 */
const edge = process.env.HUB_HOST === 'edge';

export default defineConfig({
  site: process.env.PUBLIC_URL ?? 'http://localhost:4321',
  output: 'server',
  outDir: edge ? './dist/edge' : './dist/node',
  adapter: edge ? cloudflare({ imageService: 'passthrough' }) : node({ mode: 'middleware' }),
  trailingSlash: 'ignore',
  integrations: [react(), devHub(), chunkNames(), apiReferenceSize()],
  // Scripts and stylesheets stay files, never inlined: the Content-Security-Policy allows 'self'
  // and no inline code (src/lib/security-headers.ts). (Astro's experimental.csp hashes instead, but its
  // style-src hashes would make browsers drop the style attributes the pages use.)
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  // The API checks its own callers (tokens, signatures, rate limits); the no-JS forms post to it.
  security: { checkOrigin: false },
  // Same cross-origin isolation as the hosts: threaded WASM in the demos.
  server: { headers: { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' } },
  vite: {
    build: { assetsInlineLimit: (file) => (/\.m?js$/.test(file) ? false : undefined) },
    // Build-time code is bundled into chunks whose location depends on outDir, so it cannot find
    // the demo models relative to itself (src/data/demo-models.ts): tell it where they are.
    define: {
      'import.meta.env.HUB_MODELS_DIR': JSON.stringify(fileURLToPath(new URL('./public/models/', import.meta.url))),
    },
    // workerd has no MessageChannel, which react-dom/server's default (browser) build needs.
    resolve: edge ? { alias: { 'react-dom/server': 'react-dom/server.edge' } } : {},
    // The demo models are bundled into the server build (src/data/onnx-coverage.ts).
    assetsInclude: ['**/*.onnx'],
    // onnxruntime-web ships its own wasm loaders; let it be bundled as-is.
    optimizeDeps: { exclude: ['onnxruntime-web'] },
    // ...and its WASM runtime files are served from the hub itself (see src/integrations/ort-wasm-assets.ts).
    // Its WebGPU backend gets a fix: one failed kernel no longer breaks the page's later runs (ort-kernel-fix.ts).
    // Scalar's content <main> becomes a <section> (one main landmark on /docs/api/).
    plugins: [ortWasmAssets(), ortKernelFix(), scalarLandmarks()],
  },
});

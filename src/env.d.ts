/// <reference types="astro/client" />

interface ImportMetaEnv {
  /** Where build-time code finds the demo models (set by astro.config.mjs; see src/data/demo-models.ts). */
  readonly HUB_MODELS_DIR?: string;
}

declare namespace App {
  interface Locals {
    /** The deployment's database, configuration and API (set by the host or src/middleware.ts). */
    hub: import('../functions/hub').Hub;
    /** What the page being rendered shows, for precise invalidation (src/lib/cache-tags.ts). */
    cacheTags: Set<string>;
    /** Cloudflare's bindings and execution context (edge host only). */
    runtime?: import('@astrojs/cloudflare').Runtime<import('../functions/hosts/edge').EdgeEnv>['runtime'];
  }
}

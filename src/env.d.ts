/// <reference types="astro/client" />

interface ImportMetaEnv {
  /** Where build-time code finds the demo models (set by astro.config.mjs; see src/data/demo-models.ts). */
  readonly HUB_MODELS_DIR?: string;
}

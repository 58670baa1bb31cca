/**
 * Build-time access to the demo models the hub trains itself (public/models/, written by
 * `npm run models:build`): the manifest, and each file's inspection report and coverage.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { DemoModelsManifest, ManifestModel } from '../../scripts/demo-models';
import { inspectModel, operatorCoverage, type InspectResponse } from '../lib/onnx';

/**
 * Site builds: set by astro.config.mjs, because bundled into a build chunk this module cannot
 * find public/ relative to itself (the chunk's folder depends on the build's outDir). Unbundled
 * (vitest) it can.
 */
export const MODELS_DIR: string = import.meta.env.HUB_MODELS_DIR ?? fileURLToPath(new URL('../../public/models/', import.meta.url));
/** Where the site serves the files (public/ is copied to the site root). */
export const MODELS_URL_PATH = '/models/';

const REBUILD = 'Run `npm run models:build` to rebuild public/models/.';

let manifestCache: Promise<DemoModelsManifest> | undefined;

export function loadDemoManifest(): Promise<DemoModelsManifest> {
  manifestCache ??= (async () => {
    let manifest: DemoModelsManifest;
    try {
      manifest = JSON.parse(await readFile(`${MODELS_DIR}manifest.json`, 'utf8')) as DemoModelsManifest;
    } catch (error) {
      throw new Error(`public/models/manifest.json is missing or not JSON (${(error as Error).message}). ${REBUILD}`);
    }
    if (!Array.isArray(manifest.models) || manifest.models.length === 0) {
      throw new Error(`public/models/manifest.json lists no models. ${REBUILD}`);
    }
    for (const m of manifest.models) {
      const input = m.inputs?.[0];
      if (!m.slug || !m.file || !input || input.features?.length !== input.shape?.[1] || !Array.isArray(m.examples)) {
        throw new Error(`public/models/manifest.json: model "${m.slug ?? '?'}" lacks its file, inputs or examples. ${REBUILD}`);
      }
    }
    return manifest;
  })();
  return manifestCache;
}

export async function demoModel(slug: string): Promise<ManifestModel> {
  const model = (await loadDemoManifest()).models.find((m) => m.slug === slug);
  if (!model) throw new Error(`public/models/manifest.json has no model "${slug}". ${REBUILD}`);
  return model;
}

export function modelFileUrl(model: Pick<ManifestModel, 'file'>): string {
  return `${MODELS_URL_PATH}${model.file}`;
}

const inspections = new Map<string, Promise<InspectResponse>>();

/** The inspector's report and coverage for a file under public/models/. */
export function inspectDemoFile(file: string): Promise<InspectResponse> {
  let cached = inspections.get(file);
  if (!cached) {
    cached = (async () => {
      if (!/^[\w.-]+\.onnx$/.test(file)) throw new Error(`Not a demo model file name: "${file}".`);
      const bytes = new Uint8Array(await readFile(`${MODELS_DIR}${file}`));
      const report = await inspectModel(bytes);
      return { report, coverage: operatorCoverage(report) };
    })();
    inspections.set(file, cached);
  }
  return cached;
}

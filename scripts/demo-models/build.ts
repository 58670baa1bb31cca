import { demoModelOnnx } from './export/demo-model-onnx';
import { runNetwork, type NetworkOutputs } from './inference';
import { manifestEntry } from './manifest-entry';
import { MANIFEST_VERSION, type DemoModelsManifest, type ManifestModel } from '../../src/lib/demo-data/manifest';
import { buildJetBtagVariants } from './models/jet-btag-variants';
import { trainJetBtag } from './models/jet-btag';
import { trainJetBtagLarge } from './models/jet-btag-large';
import { buildL1AnomalyAe } from './models/l1-anomaly-ae';
import { buildPidDedx } from './models/pid-dedx';
import type { DemoModel } from './models/types';

export interface BuiltDemoModel {
  model: DemoModel;
  onnx: Uint8Array;
  entry: ManifestModel;
  /** What the TypeScript forward pass gives for model.verificationInputs: the reference an engine must match. */
  expected: NetworkOutputs;
}

export interface DemoModelsBuild {
  models: BuiltDemoModel[];
  manifest: DemoModelsManifest;
}

/** Trains every demo model from its seeded generator and exports it; pure, so it runs the same in Node, a worker or a browser. */
export async function buildDemoModels(): Promise<DemoModelsBuild> {
  const btag = trainJetBtag();
  const trained = [buildPidDedx(), btag.model, ...buildJetBtagVariants(btag), buildL1AnomalyAe(), trainJetBtagLarge()];
  const models: BuiltDemoModel[] = [];
  for (const model of trained) {
    const onnx = demoModelOnnx(model);
    const entry = manifestEntry(model, onnx, await sha256Hex(onnx), `sha256:${await sha256Hex(model.datasetBytes)}`);
    const expected = runNetwork(
      model.network,
      model.verificationInputs,
      model.verificationRows,
      model.precision,
      model.quantization,
    );
    models.push({ model, onnx, entry, expected });
  }
  return {
    models,
    manifest: {
      manifestVersion: MANIFEST_VERSION,
      generator: 'hep-ml-hub scripts/build-models.ts',
      models: models.map((m) => m.entry),
    },
  };
}

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  // Copy into a fresh ArrayBuffer: digest() rejects views over SharedArrayBuffer in the DOM typings.
  const digest = await crypto.subtle.digest('SHA-256', new Uint8Array(bytes));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

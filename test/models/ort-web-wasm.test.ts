import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as ortNode from 'onnxruntime-node';
import * as ortWeb from 'onnxruntime-web';
import { describe, expect, it } from 'vitest';
import { DEFAULT_OUT_DIR } from '../../scripts/build-models';
import { createRandom } from '../../src/lib/demo-data/random';
import type { DemoModelsManifest, ManifestModel } from '../../scripts/demo-models';

// The demo pages run these files with onnxruntime-web; its WASM backend also runs in Node, so the
// shipped bytes are checked here against onnxruntime-node before any browser is involved.
ortWeb.env.wasm.numThreads = 1;

const manifest = JSON.parse(await readFile(join(DEFAULT_OUT_DIR, 'manifest.json'), 'utf8')) as DemoModelsManifest;

/** Known examples followed by points spread over the UI ranges of every feature. */
function inputs(model: ManifestModel, rows: number): Float32Array {
  const features = model.inputs[0]!.features;
  const random = createRandom(2024);
  const values = model.examples.flatMap((e) => e.input);
  for (let r = 0; r < rows; r++) {
    for (const { range } of features) values.push(range[0] + (range[1] - range[0]) * random.uniform());
  }
  return Float32Array.from(values);
}

function label(model: ManifestModel, outputs: Record<string, { data: unknown }>, r: number): string {
  if (model.anomalyThreshold !== undefined) {
    return (outputs.anomaly_score!.data as Float32Array)[r]! > model.anomalyThreshold ? 'anomalous' : 'normal';
  }
  const p = outputs.probabilities!.data as Float32Array;
  const width = model.classLabels.length;
  let best = 0;
  for (let j = 1; j < width; j++) if (p[r * width + j]! > p[r * width + best]!) best = j;
  return model.classLabels[best]!;
}

describe('shipped demo models in onnxruntime-web (WASM)', () => {
  for (const model of manifest.models) {
    it(`${model.slug} classifies the known examples and matches onnxruntime-node`, async () => {
      const bytes = await readFile(join(DEFAULT_OUT_DIR, model.file));
      const rows = model.examples.length + 256;
      const x = inputs(model, 256);
      const input = model.inputs[0]!;
      const web = await ortWeb.InferenceSession.create(bytes, { executionProviders: ['wasm'] });
      const node = await ortNode.InferenceSession.create(bytes);
      const webOut = await web.run({ [input.name]: new ortWeb.Tensor('float32', x, [rows, input.shape[1]]) });
      const nodeOut = await node.run({ [input.name]: new ortNode.Tensor('float32', x, [rows, input.shape[1]]) });

      model.examples.forEach((example, r) => expect(label(model, webOut, r), example.note).toBe(example.expected));
      // Points spread over the whole UI range sit far outside the training data, where large
      // intermediate values cancel in float32; two engines then differ by a few 1e-5 relative.
      const tolerance = Math.max(1e-4, ...model.verification.checks.map((c) => c.tolerance));
      for (const { name } of model.outputs) {
        const a = webOut[name]!.data as Float32Array;
        const b = nodeOut[name]!.data as Float32Array;
        let worst = 0;
        for (let k = 0; k < a.length; k++)
          worst = Math.max(worst, Math.abs(a[k]! - b[k]!) / Math.max(1, Math.abs(b[k]!)));
        expect(worst, `${model.slug} ${name}`).toBeLessThanOrEqual(tolerance);
      }
      await web.release();
      await node.release();
    });
  }
});

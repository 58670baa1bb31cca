import { IR_VERSION, OPSET_VERSION, PRODUCER_NAME, decodeModel } from './export/onnx-builder';
import { verificationChecks, type ManifestModel } from '../../src/lib/demo-data/manifest';
import type { DemoModel } from './models/types';
import { networkParameterCount } from './network';

/** The manifest entry of a trained demo model and its ONNX file. */
export function manifestEntry(
  model: DemoModel,
  onnxBytes: Uint8Array,
  sha256: string,
  datasetChecksum: string,
): ManifestModel {
  const parameters = networkParameterCount(model.network);
  const zeros = model.network.layers.reduce(
    (sum, l) => sum + l.weights.filter((w) => w === 0).length + l.bias.filter((b) => b === 0).length,
    0,
  );
  const operators = [...new Set((decodeModel(onnxBytes).graph?.node ?? []).map((n) => n.opType ?? ''))].sort();
  const entry: ManifestModel = {
    slug: model.slug,
    name: model.name,
    task: model.task,
    description: model.description,
    file: `${model.slug}.onnx`,
    format: 'onnx',
    bytes: onnxBytes.length,
    sha256,
    irVersion: IR_VERSION,
    opset: OPSET_VERSION,
    producer: PRODUCER_NAME,
    operators,
    precision: model.precision,
    parameters,
    nonzeroParameters: parameters - zeros,
    sparsityPct: Math.round(model.sparsity * 10000) / 100,
    variantOf: model.variantOf ?? null,
    classLabels: model.classLabels,
    inputs: [
      {
        name: model.network.inputName,
        dtype: 'float32',
        shape: ['batch', model.features.length],
        features: model.features.map(({ name, unit, description, range, defaultValue }) => ({
          name,
          unit,
          description,
          range: [range[0], range[1]],
          default: defaultValue,
        })),
      },
    ],
    outputs: model.outputs.map((o) => ({
      name: o.name,
      dtype: 'float32',
      shape: ['batch', o.width],
      description: o.description,
    })),
    hyperParameters: model.hyperParameters,
    trainingDataset: { ...model.dataset, checksum: datasetChecksum },
    metrics: model.metrics,
    examples: model.examples,
    verification: {
      engine: 'onnxruntime-node',
      reference: `TypeScript forward pass of the same graph (runNetwork, ${model.precision})`,
      rows: model.verificationRows,
      checks: verificationChecks(model.precision),
    },
  };
  if (model.anomalyThreshold !== undefined) entry.anomalyThreshold = model.anomalyThreshold;
  return entry;
}

import type { DemoModel } from '../models/types';
import { encodeModel } from './onnx-builder';
import { networkGraph } from './network-graph';

const PRECISION_DOC = {
  fp32: 'float32 weights and compute',
  fp16: 'float16 weights and compute; float32 inputs and outputs through Cast nodes',
  'int8-qdq': 'int8 weights and activations in QuantizeLinear/DequantizeLinear (QDQ) form; float32 inputs and outputs',
} as const;

/** ONNX bytes of a demo model: graph, doc strings and metadata_props (all plain strings, JSON where structured). */
export function demoModelOnnx(model: DemoModel): Uint8Array {
  const inputDoc = `${model.network.inputName}: [batch, ${model.features.length}] = ${model.features
    .map((f) => (f.unit ? `${f.name} (${f.unit})` : f.name))
    .join(', ')}; physical values, normalised inside the graph`;
  const graph = networkGraph(
    model.network,
    model.precision,
    { input: inputDoc, outputs: Object.fromEntries(model.outputs.map((o) => [o.name, o.description])) },
    model.quantization,
  );
  const metadata: [string, string][] = [
    ['slug', model.slug],
    ['name', model.name],
    ['task', model.task],
    ['precision', model.precision],
    ['class_labels', JSON.stringify(model.classLabels)],
    [
      'input_features',
      JSON.stringify(model.features.map(({ name, unit, description, range }) => ({ name, unit, description, range }))),
    ],
    ['outputs', JSON.stringify(model.outputs)],
    [
      'training_dataset',
      JSON.stringify({ generator: model.dataset.generator, version: model.dataset.version, seed: model.dataset.seed }),
    ],
  ];
  if (model.variantOf) metadata.push(['variant_of', model.variantOf]);
  if (model.anomalyThreshold !== undefined) metadata.push(['anomaly_threshold', String(model.anomalyThreshold)]);
  if (model.sparsity > 0) metadata.push(['weight_sparsity', model.sparsity.toFixed(4)]);
  metadata.push(['source', 'built by hep-ml-hub scripts/build-models.ts from synthetic data; trained in TypeScript']);

  return encodeModel({
    graphName: model.slug,
    modelDoc: `${model.name}. ${model.description}`,
    graphDoc: `${model.task}; ${PRECISION_DOC[model.precision]}. Input ${inputDoc}. Outputs: ${model.outputs
      .map((o) => `${o.name} [batch, ${o.width}]: ${o.description}`)
      .join('; ')}.`,
    ...graph,
    metadata,
    modelVersion: 1,
  });
}

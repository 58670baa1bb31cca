import type { FeatureSpec } from './datasets/dataset';
import { networkParameterCount, type Precision } from './network';
import type { DemoModel, KnownExample, Metric, Task } from './models/types';
import { IR_VERSION, OPSET_VERSION, PRODUCER_NAME, decodeModel } from './export/onnx-builder';

export const MANIFEST_VERSION = 1;

export interface ManifestInput {
  name: string;
  dtype: 'float32';
  shape: [string, number];
  features: (Omit<FeatureSpec, 'range' | 'defaultValue'> & { range: [number, number]; default: number })[];
}

export interface ManifestOutput {
  name: string;
  dtype: 'float32';
  shape: [string, number];
  description: string;
}

export interface VerificationCheck {
  /** onnxruntime graph optimisation level the check runs with. */
  graphOptimizationLevel: 'disabled' | 'all';
  /** Allowed |ORT − reference| ≤ tolerance × max(1, |reference|) for every output element. */
  tolerance: number;
}

export interface Verification {
  engine: string;
  reference: string;
  rows: number;
  checks: VerificationCheck[];
}

export interface ManifestModel {
  slug: string;
  name: string;
  task: Task;
  description: string;
  file: string;
  format: 'onnx';
  bytes: number;
  sha256: string;
  irVersion: number;
  opset: number;
  producer: string;
  operators: string[];
  precision: Precision;
  parameters: number;
  nonzeroParameters: number;
  sparsityPct: number;
  variantOf: string | null;
  classLabels: string[];
  inputs: ManifestInput[];
  outputs: ManifestOutput[];
  anomalyThreshold?: number;
  hyperParameters: Record<string, number | string | number[]>;
  trainingDataset: DemoModel['dataset'] & { checksum: string };
  metrics: Metric[];
  examples: KnownExample[];
  verification: Verification;
}

export interface DemoModelsManifest {
  manifestVersion: number;
  generator: string;
  models: ManifestModel[];
}

/**
 * Engine-vs-TypeScript checks by precision. fp32 must agree to 1e-5 (relative
 * above magnitude 1: the autoencoder score reaches O(100), where one float32
 * ulp is already above 1e-5). fp16 engines accumulate in their own order in
 * half precision, so a few half-precision ulps are allowed. int8 QDQ matches
 * exactly node by node with optimisations off; with them on, onnxruntime fuses
 * QDQ pairs into integer kernels (MatMulIntegerToFloat, QLinear*) whose float
 * rounding differs in the last bit, which now and then moves a hidden uint8
 * activation by one step: a probability then shifts by up to about 0.01.
 */
export function verificationChecks(precision: Precision): VerificationCheck[] {
  if (precision === 'fp16') {
    return [
      { graphOptimizationLevel: 'disabled', tolerance: 2e-3 },
      { graphOptimizationLevel: 'all', tolerance: 2e-3 },
    ];
  }
  if (precision === 'int8-qdq') {
    return [
      { graphOptimizationLevel: 'disabled', tolerance: 1e-5 },
      { graphOptimizationLevel: 'all', tolerance: 2e-2 },
    ];
  }
  return [
    { graphOptimizationLevel: 'disabled', tolerance: 1e-5 },
    { graphOptimizationLevel: 'all', tolerance: 1e-5 },
  ];
}

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

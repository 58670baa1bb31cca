/**
 * The demo-model manifest (public/models/manifest.json) as the site, the seed and the tests read
 * it. scripts/demo-models/ trains the models and writes it.
 */
import type { FeatureSpec } from './datasets/dataset';

/** The numeric precision a demo model's weights and activations use. */
export type Precision = 'fp32' | 'fp16' | 'int8-qdq';

export type Task = 'particle identification' | 'jet tagging' | 'anomaly detection';

export interface Metric {
  name: string;
  value: number;
  split: 'held-out' | 'training';
  /** What the number means, for a reader of the catalog. */
  description?: string;
}

export interface TrainingDataset {
  generator: string;
  version: string;
  seed: number;
  description: string;
  samples: Record<string, number>;
  /** sha256 of every generated row (features float64 LE, then labels), filled in by the build. */
  checksum?: string;
}

export interface KnownExample {
  /** Physical input values in FEATURE order. */
  input: number[];
  /** A class label, or "normal"/"anomalous" for the autoencoder (score below/above the threshold). */
  expected: string;
  note: string;
}

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
  trainingDataset: TrainingDataset & { checksum: string };
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

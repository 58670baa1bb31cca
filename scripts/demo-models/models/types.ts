import type { FeatureSpec } from '../../../src/lib/demo-data/datasets/dataset';
import type { KnownExample, Metric, Precision, Task, TrainingDataset } from '../../../src/lib/demo-data/manifest';
import type { Int8Quantization, Network } from '../network';

export type { KnownExample, Metric, Task, TrainingDataset };

export interface OutputSpec {
  name: string;
  width: number;
  description: string;
}

/** A trained model ready to export: the network plus everything the catalog says about it. */
export interface DemoModel {
  slug: string;
  name: string;
  task: Task;
  description: string;
  precision: Precision;
  network: Network;
  quantization?: Int8Quantization;
  variantOf?: string;
  classLabels: string[];
  features: readonly FeatureSpec[];
  outputs: OutputSpec[];
  hyperParameters: Record<string, number | string | number[]>;
  dataset: TrainingDataset;
  /** Raw generated data behind the checksum (train + held-out + signals, in that order). */
  datasetBytes: Uint8Array;
  metrics: Metric[];
  examples: KnownExample[];
  /** Score above which the autoencoder calls an event anomalous. */
  anomalyThreshold?: number;
  /** Fraction of weight-matrix entries that are exactly zero. */
  sparsity: number;
  /** Held-out rows (physical units) for checking an engine against runNetwork. */
  verificationInputs: Float32Array;
  verificationRows: number;
}

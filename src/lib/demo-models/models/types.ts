import type { FeatureSpec } from '../datasets/dataset';
import type { Int8Quantization, Network, Precision } from '../network';

export type Task = 'particle identification' | 'jet tagging' | 'anomaly detection';

export interface Metric {
  name: string;
  value: number;
  split: 'held-out' | 'training';
  /** What the number means, for a reader of the catalog. */
  description?: string;
}

export interface KnownExample {
  /** Physical input values in FEATURE order. */
  input: number[];
  /** A class label, or "normal"/"anomalous" for the autoencoder (score below/above the threshold). */
  expected: string;
  note: string;
}

export interface OutputSpec {
  name: string;
  width: number;
  description: string;
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

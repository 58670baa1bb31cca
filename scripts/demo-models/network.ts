import type { Activation, Mlp } from './mlp';

import type { Precision } from '../../src/lib/demo-data/manifest';

export type { Precision };

/** A dense layer as exported: float32 weights [inputs][outputs] and bias. */
export interface NetworkLayer {
  inputs: number;
  outputs: number;
  weights: Float32Array;
  bias: Float32Array;
  activation: Activation;
}

/**
 * What follows the last layer: a softmax over class logits, or the
 * autoencoder head that returns the reconstruction of the normalised input
 * and the mean squared reconstruction error as an anomaly score.
 */
export type NetworkHead = { kind: 'softmax' } | { kind: 'reconstruction-error' };

/** Everything an exported graph computes, independent of the file format. */
export interface Network {
  inputName: string;
  inputWidth: number;
  /** In-graph normalisation (x − mean) / scale, so callers feed physical values. */
  normalization: { mean: Float32Array; scale: Float32Array };
  layers: NetworkLayer[];
  head: NetworkHead;
}

export interface QuantParams {
  /** float32 scales: one (per tensor) or one per feature along axis 1 (per axis). */
  scales: Float32Array;
  zeroPoint: number;
  type: 'int8' | 'uint8';
}

/** Static int8 QDQ parameters (calibrated), see quantize.ts. */
export interface Int8Quantization {
  /** Quantizes the normalised input, one scale per feature (their tails differ a lot). */
  input: QuantParams;
  /** Quantizes each hidden layer's ReLU output. */
  activations: QuantParams[];
  /** Symmetric int8 weights with one scale per output column (DequantizeLinear axis = 1). */
  weights: { values: Int8Array; scales: Float32Array }[];
}

export const OUTPUT_NAMES = {
  probabilities: 'probabilities',
  reconstruction: 'reconstruction',
  score: 'anomaly_score',
} as const;

export function toNetwork(
  mlp: Mlp,
  inputName: string,
  normalization: { mean: ArrayLike<number>; scale: ArrayLike<number> },
  head: NetworkHead,
): Network {
  return {
    inputName,
    inputWidth: mlp.layers[0]!.inputs,
    normalization: { mean: Float32Array.from(normalization.mean), scale: Float32Array.from(normalization.scale) },
    layers: mlp.layers.map((layer) => ({
      inputs: layer.inputs,
      outputs: layer.outputs,
      weights: Float32Array.from(layer.weights),
      bias: Float32Array.from(layer.bias),
      activation: layer.activation,
    })),
    head,
  };
}

export function networkParameterCount(network: Network): number {
  return network.layers.reduce((sum, l) => sum + l.weights.length + l.bias.length, 0);
}

/** Names and widths of the graph outputs, in graph order. */
export function networkOutputs(network: Network): { name: string; width: number }[] {
  const last = network.layers[network.layers.length - 1]!;
  if (network.head.kind === 'softmax') return [{ name: OUTPUT_NAMES.probabilities, width: last.outputs }];
  return [
    { name: OUTPUT_NAMES.reconstruction, width: last.outputs },
    { name: OUTPUT_NAMES.score, width: 1 },
  ];
}

import type { Random } from '../../src/lib/demo-data/random';

export type Activation = 'relu' | 'linear';

/** A dense layer y = act(x W + b); `weights` is row-major [inputs][outputs], as in an ONNX MatMul. */
export interface DenseLayer {
  inputs: number;
  outputs: number;
  weights: Float64Array;
  bias: Float64Array;
  activation: Activation;
}

export interface Mlp {
  layers: DenseLayer[];
}

/**
 * He-initialised MLP: ReLU on every hidden layer, linear output (logits or
 * reconstruction). `sizes` = [inputs, hidden..., outputs].
 */
export function createMlp(sizes: readonly number[], random: Random): Mlp {
  const layers: DenseLayer[] = [];
  for (let l = 0; l + 1 < sizes.length; l++) {
    const inputs = sizes[l]!;
    const outputs = sizes[l + 1]!;
    const weights = new Float64Array(inputs * outputs);
    const std = Math.sqrt(2 / inputs);
    for (let k = 0; k < weights.length; k++) weights[k] = random.normal() * std;
    layers.push({
      inputs,
      outputs,
      weights,
      bias: new Float64Array(outputs),
      activation: l + 2 < sizes.length ? 'relu' : 'linear',
    });
  }
  return { layers };
}

export function cloneMlp(mlp: Mlp): Mlp {
  return {
    layers: mlp.layers.map((layer) => ({
      ...layer,
      weights: Float64Array.from(layer.weights),
      bias: Float64Array.from(layer.bias),
    })),
  };
}

export function parameterCount(mlp: Mlp): number {
  return mlp.layers.reduce((sum, layer) => sum + layer.weights.length + layer.bias.length, 0);
}

/** Rows per block in denseForward: one weight row is then reused from cache across the whole block. */
const ROW_BLOCK = 64;

/**
 * out[n][outputs] = act(x[n][inputs] W + b), float64 throughout (training precision).
 * Each output is summed over i in ascending order (zero inputs skipped), whatever the
 * blocking: the loop order only decides how often W streams from memory, never the bits.
 */
export function denseForward(layer: DenseLayer, x: Float64Array, n: number, out: Float64Array): void {
  const { inputs, outputs, weights, bias } = layer;
  for (let r0 = 0; r0 < n; r0 += ROW_BLOCK) {
    const r1 = Math.min(n, r0 + ROW_BLOCK);
    for (let r = r0; r < r1; r++) out.set(bias, r * outputs);
    for (let i = 0; i < inputs; i++) {
      const w = i * outputs;
      for (let r = r0; r < r1; r++) {
        const xv = x[r * inputs + i]!;
        if (xv === 0) continue;
        const o = r * outputs;
        for (let j = 0; j < outputs; j++) out[o + j]! += xv * weights[w + j]!;
      }
    }
    if (layer.activation === 'relu') {
      for (let k = r0 * outputs; k < r1 * outputs; k++) if (out[k]! < 0) out[k] = 0;
    }
  }
}

/** Raw network output (logits or reconstruction) for n rows of x. */
export function mlpForward(mlp: Mlp, x: Float64Array, n: number): Float64Array {
  let current = x;
  for (const layer of mlp.layers) {
    const out = new Float64Array(n * layer.outputs);
    denseForward(layer, current, n, out);
    current = out;
  }
  return current;
}

/** Row-wise softmax, numerically stable (max subtracted). */
export function softmaxRows(logits: Float64Array, n: number, width: number): Float64Array {
  const out = new Float64Array(n * width);
  for (let r = 0; r < n; r++) {
    let max = -Infinity;
    for (let j = 0; j < width; j++) max = Math.max(max, logits[r * width + j]!);
    let sum = 0;
    for (let j = 0; j < width; j++) {
      const e = Math.exp(logits[r * width + j]! - max);
      out[r * width + j] = e;
      sum += e;
    }
    for (let j = 0; j < width; j++) out[r * width + j]! /= sum;
  }
  return out;
}

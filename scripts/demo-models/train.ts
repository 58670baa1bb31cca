import { denseForward, type Mlp } from './mlp';
import { createRandom, permutation } from '../../src/lib/demo-data/random';

export type TrainTarget =
  { kind: 'classes'; labels: Uint8Array; classes: number } | { kind: 'values'; values: Float64Array };

export interface TrainOptions {
  epochs: number;
  batchSize: number;
  learningRate: number;
  /** Cosine decay from learningRate to learningRate × finalLearningRateFactor over all steps. */
  finalLearningRateFactor: number;
  /** Seed for the mini-batch order. */
  seed: number;
  /** Per-layer 0/1 masks over the weights; masked weights stay exactly zero (pruning fine-tune). */
  masks?: readonly Float64Array[];
}

export interface TrainHistory {
  /** Mean training loss per epoch. */
  epochLoss: number[];
  steps: number;
}

const BETA1 = 0.9;
const BETA2 = 0.999;
const EPSILON = 1e-8;

/**
 * Mini-batch Adam on softmax cross-entropy (classes) or mean squared error
 * (values). Everything runs in a fixed order in float64, so the same inputs
 * give the same weights bit for bit.
 */
export function trainMlp(
  mlp: Mlp,
  x: Float64Array,
  target: TrainTarget,
  n: number,
  options: TrainOptions,
): TrainHistory {
  const { layers } = mlp;
  const batch = options.batchSize;
  const acts = [new Float64Array(batch * layers[0]!.inputs), ...layers.map((l) => new Float64Array(batch * l.outputs))];
  const deltas = layers.map((l) => new Float64Array(batch * l.outputs));
  const gradW = layers.map((l) => new Float64Array(l.weights.length));
  const gradB = layers.map((l) => new Float64Array(l.bias.length));
  const mW = layers.map((l) => new Float64Array(l.weights.length));
  const vW = layers.map((l) => new Float64Array(l.weights.length));
  const mB = layers.map((l) => new Float64Array(l.bias.length));
  const vB = layers.map((l) => new Float64Array(l.bias.length));
  const inputs = layers[0]!.inputs;
  const outputs = layers[layers.length - 1]!.outputs;
  const stepsPerEpoch = Math.ceil(n / batch);
  const totalSteps = stepsPerEpoch * options.epochs;
  const random = createRandom(options.seed);
  applyMasks(mlp, options.masks);

  const epochLoss: number[] = [];
  let step = 0;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    const order = permutation(n, random);
    let lossSum = 0;
    for (let start = 0; start < n; start += batch) {
      const rows = Math.min(batch, n - start);
      const input = acts[0]!;
      for (let r = 0; r < rows; r++) {
        const src = order[start + r]! * inputs;
        for (let i = 0; i < inputs; i++) input[r * inputs + i] = x[src + i]!;
      }
      for (let l = 0; l < layers.length; l++) denseForward(layers[l]!, acts[l]!, rows, acts[l + 1]!);

      const out = acts[layers.length]!;
      const delta = deltas[layers.length - 1]!;
      lossSum += outputDelta(out, delta, target, order, start, rows, outputs);

      for (let l = layers.length - 1; l >= 0; l--) {
        backwardLayer(mlp, l, acts[l]!, deltas, gradW[l]!, gradB[l]!, rows);
      }

      step += 1;
      const progress = (step - 1) / Math.max(1, totalSteps - 1);
      const factor =
        options.finalLearningRateFactor +
        (1 - options.finalLearningRateFactor) * 0.5 * (1 + Math.cos(Math.PI * progress));
      const lr = options.learningRate * factor;
      const correction1 = 1 - BETA1 ** step;
      const correction2 = 1 - BETA2 ** step;
      for (let l = 0; l < layers.length; l++) {
        adam(layers[l]!.weights, gradW[l]!, mW[l]!, vW[l]!, lr, correction1, correction2);
        adam(layers[l]!.bias, gradB[l]!, mB[l]!, vB[l]!, lr, correction1, correction2);
      }
      applyMasks(mlp, options.masks);
    }
    epochLoss.push(lossSum / n);
  }
  return { epochLoss, steps: step };
}

/** Writes dLoss/dOutput (already divided by the batch size) and returns the summed loss of the batch. */
function outputDelta(
  out: Float64Array,
  delta: Float64Array,
  target: TrainTarget,
  order: Uint32Array,
  start: number,
  rows: number,
  width: number,
): number {
  let loss = 0;
  if (target.kind === 'classes') {
    for (let r = 0; r < rows; r++) {
      const o = r * width;
      let max = -Infinity;
      for (let j = 0; j < width; j++) max = Math.max(max, out[o + j]!);
      let sum = 0;
      for (let j = 0; j < width; j++) sum += Math.exp(out[o + j]! - max);
      const label = target.labels[order[start + r]!]!;
      loss += Math.log(sum) + max - out[o + label]!;
      for (let j = 0; j < width; j++) {
        const p = Math.exp(out[o + j]! - max) / sum;
        delta[o + j] = (p - (j === label ? 1 : 0)) / rows;
      }
    }
  } else {
    for (let r = 0; r < rows; r++) {
      const o = r * width;
      const t = order[start + r]! * width;
      for (let j = 0; j < width; j++) {
        const d = out[o + j]! - target.values[t + j]!;
        loss += (d * d) / width;
        delta[o + j] = (2 * d) / width / rows;
      }
    }
  }
  return loss;
}

function backwardLayer(
  mlp: Mlp,
  l: number,
  input: Float64Array,
  deltas: Float64Array[],
  gradW: Float64Array,
  gradB: Float64Array,
  rows: number,
): void {
  const layer = mlp.layers[l]!;
  const { inputs, outputs, weights } = layer;
  const delta = deltas[l]!;
  gradW.fill(0);
  gradB.fill(0);
  // Loops run i-outer so one row of W (and of gradW) stays in cache across the batch; every
  // sum still runs over r (gradients) or j (deltas) in ascending order, as a row-outer loop would.
  for (let r = 0; r < rows; r++) {
    const o = r * outputs;
    for (let j = 0; j < outputs; j++) gradB[j]! += delta[o + j]!;
  }
  for (let i = 0; i < inputs; i++) {
    const w = i * outputs;
    for (let r = 0; r < rows; r++) {
      const xv = input[r * inputs + i]!;
      if (xv === 0) continue;
      const o = r * outputs;
      for (let j = 0; j < outputs; j++) gradW[w + j]! += xv * delta[o + j]!;
    }
  }
  if (l === 0) return;
  // Propagate to the previous layer's pre-activation: ReLU passes where its output was positive.
  const previous = deltas[l - 1]!;
  const gated = mlp.layers[l - 1]!.activation === 'relu';
  for (let i = 0; i < inputs; i++) {
    const w = i * outputs;
    for (let r = 0; r < rows; r++) {
      const a = input[r * inputs + i]!;
      if (gated && a <= 0) {
        previous[r * inputs + i] = 0;
        continue;
      }
      let sum = 0;
      const o = r * outputs;
      for (let j = 0; j < outputs; j++) sum += weights[w + j]! * delta[o + j]!;
      previous[r * inputs + i] = sum;
    }
  }
}

function adam(
  param: Float64Array,
  grad: Float64Array,
  m: Float64Array,
  v: Float64Array,
  lr: number,
  correction1: number,
  correction2: number,
): void {
  for (let k = 0; k < param.length; k++) {
    const g = grad[k]!;
    m[k] = BETA1 * m[k]! + (1 - BETA1) * g;
    v[k] = BETA2 * v[k]! + (1 - BETA2) * g * g;
    param[k]! -= (lr * (m[k]! / correction1)) / (Math.sqrt(v[k]! / correction2) + EPSILON);
  }
}

function applyMasks(mlp: Mlp, masks: readonly Float64Array[] | undefined): void {
  if (!masks) return;
  mlp.layers.forEach((layer, l) => {
    const mask = masks[l];
    if (!mask) return;
    // Assign rather than multiply so pruned weights are +0, never -0.
    for (let k = 0; k < layer.weights.length; k++) if (mask[k] === 0) layer.weights[k] = 0;
  });
}

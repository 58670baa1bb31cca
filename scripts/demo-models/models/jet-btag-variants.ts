import { runNetwork } from '../inference';
import { argmaxRows } from '../metrics';
import { cloneMlp, type Mlp } from '../mlp';
import { toNetwork, type Network, type Precision } from '../network';
import { calibrateInt8 } from '../quantize';
import { trainMlp } from '../train';
import { btagMetrics, type TrainedBtag } from './jet-btag';
import { asFloat32, normalize, round6 } from './training-setup';
import type { DemoModel, Metric } from './types';

const PRUNE_FRACTION = 0.5;
const FINE_TUNE = { epochs: 4, batchSize: 64, learningRate: 0.002, finalLearningRateFactor: 0.05 };
const FINE_TUNE_SEED = 74;
const CALIBRATION_QUANTILE = 0.9999;

/** fp16, int8 QDQ and 50 %-pruned versions of the b tagger, for precision comparisons. */
export function buildJetBtagVariants(base: TrainedBtag): DemoModel[] {
  const { model: parent, train, heldOut } = base;
  const heldOutInputs = asFloat32(heldOut);
  const parentProbabilities = runNetwork(parent.network, heldOutInputs, heldOut.n).probabilities!;

  const compare = (probabilities: Float32Array): Metric[] => {
    // Both columns carry the same |difference| (they sum to 1), so column 1 is enough.
    const diffs = Float64Array.from({ length: heldOut.n }, (_, r) =>
      Math.abs(probabilities[r * 2 + 1]! - parentProbabilities[r * 2 + 1]!),
    ).sort();
    const ours = argmaxRows(probabilities, heldOut.n, 2);
    const theirs = argmaxRows(parentProbabilities, heldOut.n, 2);
    let same = 0;
    ours.forEach((c, r) => (same += c === theirs[r] ? 1 : 0));
    return [
      {
        name: 'max_abs_diff_vs_fp32',
        value: round6(diffs[diffs.length - 1]!),
        split: 'held-out',
        description: 'largest b-probability difference from the fp32 jet-btag',
      },
      {
        name: 'p99_abs_diff_vs_fp32',
        value: round6(diffs[Math.floor(0.99 * (diffs.length - 1))]!),
        split: 'held-out',
        description: '99th percentile of the b-probability difference from the fp32 jet-btag',
      },
      {
        name: 'decision_agreement_vs_fp32',
        value: round6(same / heldOut.n),
        split: 'held-out',
        description: 'fraction of jets given the same class as by the fp32 jet-btag',
      },
    ];
  };

  const variant = (
    slug: string,
    precision: Precision,
    extra: Partial<DemoModel>,
    probabilities: Float32Array,
    network: Network = parent.network,
  ): DemoModel => ({
    ...parent,
    slug,
    precision,
    network,
    variantOf: parent.slug,
    metrics: [...btagMetrics(probabilities, heldOut), ...compare(probabilities)],
    ...extra,
  });

  const fp16 = variant(
    'jet-btag-fp16',
    'fp16',
    {
      name: 'b-jet tagger, float16',
      description: `${parent.description} This variant stores weights in float16 and computes in float16; Cast nodes keep its inputs and outputs float32.`,
    },
    runNetwork(parent.network, heldOutInputs, heldOut.n, 'fp16').probabilities!,
  );

  const quantization = calibrateInt8(parent.network, asFloat32(train), train.n, { quantile: CALIBRATION_QUANTILE });
  const int8 = variant(
    'jet-btag-int8',
    'int8-qdq',
    {
      name: 'b-jet tagger, int8 QDQ',
      description:
        `${parent.description} This variant is statically quantized: int8 weights (one scale per output column), int8 normalised inputs and uint8 hidden ` +
        'activations in QuantizeLinear/DequantizeLinear pairs, calibrated on the training jets.',
      quantization,
      hyperParameters: {
        ...parent.hyperParameters,
        quantization: 'static QDQ, per-channel int8 weights, int8 input, uint8 activations',
        calibration_quantile: CALIBRATION_QUANTILE,
      },
    },
    runNetwork(parent.network, heldOutInputs, heldOut.n, 'int8-qdq', quantization).probabilities!,
  );

  const pruned = cloneMlp(base.mlp);
  const masks = magnitudeMasks(pruned, PRUNE_FRACTION);
  trainMlp(
    pruned,
    normalize(train, base.normalization),
    { kind: 'classes', labels: train.labels, classes: 2 },
    train.n,
    {
      ...FINE_TUNE,
      seed: FINE_TUNE_SEED,
      masks,
    },
  );
  const prunedNetwork = toNetwork(pruned, parent.network.inputName, base.normalization, { kind: 'softmax' });
  const prunedModel = variant(
    'jet-btag-pruned50',
    'fp32',
    {
      name: 'b-jet tagger, 50 % magnitude-pruned',
      description: `${parent.description} This variant has the smaller half of every weight matrix set to zero by magnitude and was fine-tuned with that mask.`,
      sparsity: weightSparsity(prunedNetwork),
      hyperParameters: {
        ...parent.hyperParameters,
        pruning: 'per-layer magnitude, weights only',
        pruned_fraction: PRUNE_FRACTION,
        fine_tune_epochs: FINE_TUNE.epochs,
        fine_tune_learning_rate: FINE_TUNE.learningRate,
        fine_tune_seed: FINE_TUNE_SEED,
      },
    },
    runNetwork(prunedNetwork, heldOutInputs, heldOut.n).probabilities!,
    prunedNetwork,
  );
  return [fp16, int8, prunedModel];
}

/** Per layer, zero the `fraction` of weights with the smallest magnitude (ties broken by position, so the mask is reproducible). */
export function magnitudeMasks(mlp: Mlp, fraction: number): Float64Array[] {
  return mlp.layers.map((layer) => {
    const order = Array.from(layer.weights.keys()).sort(
      (a, b) => Math.abs(layer.weights[a]!) - Math.abs(layer.weights[b]!) || a - b,
    );
    const mask = new Float64Array(layer.weights.length).fill(1);
    const cut = Math.floor(fraction * layer.weights.length);
    for (let k = 0; k < cut; k++) mask[order[k]!] = 0;
    return mask;
  });
}

export function weightSparsity(network: Network): number {
  let zeros = 0;
  let total = 0;
  for (const layer of network.layers) {
    total += layer.weights.length;
    for (const w of layer.weights) if (w === 0) zeros++;
  }
  return total > 0 ? zeros / total : 0;
}

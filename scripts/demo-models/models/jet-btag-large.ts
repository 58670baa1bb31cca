import { datasetBytes, sliceDataset } from '../../../src/lib/demo-data/datasets/dataset';
import {
  BTAG_CLASSES,
  BTAG_FEATURES,
  BTAG_GENERATOR,
  generateJetBtag,
} from '../../../src/lib/demo-data/datasets/jet-btag';
import { runNetwork } from '../inference';
import { createMlp } from '../mlp';
import { toNetwork } from '../network';
import { createRandom } from '../../../src/lib/demo-data/random';
import { trainMlp } from '../train';
import { BTAG_EXAMPLES, btagMetrics } from './jet-btag';
import { asFloat32, concatBytes, fitNormalization, normalize, round6 } from './training-setup';
import type { DemoModel } from './types';

/**
 * The b-jet tagger at demo size: the same task, inputs and held-out jets as
 * jet-btag, with two 1024-wide hidden layers (≈ 1.06 M parameters, ≈ 2.1
 * MFLOP per jet). It exists so that in-browser inference is dominated by the
 * matrix kernels rather than by the per-call overhead (benchmarks/onnx-latency).
 * Training a million float64 weights in TypeScript costs ≈ 3 ms per jet on
 * this 2-core machine, so it sees a modest sample for one epoch.
 */
export const JET_BTAG_LARGE_SLUG = 'jet-btag-large';
/** The data of jet-btag (same seed): the held-out jets are the very same 8,000. */
const DATA_SEED = 71;
const INIT_SEED = 92;
const SHUFFLE_SEED = 93;
const GENERATED_TRAIN = 16_000;
const TRAIN = 6_000;
const HELD_OUT = 8_000;
const HIDDEN = [1024, 1024];
const TRAINING = { epochs: 1, batchSize: 64, learningRate: 0.001, finalLearningRateFactor: 0.05 };

export function trainJetBtagLarge(): DemoModel {
  const all = generateJetBtag(GENERATED_TRAIN + HELD_OUT, DATA_SEED);
  const train = sliceDataset(all, 0, TRAIN);
  const heldOut = sliceDataset(all, GENERATED_TRAIN, GENERATED_TRAIN + HELD_OUT);
  const normalization = fitNormalization(train);
  const width = BTAG_FEATURES.length;
  const layers = [width, ...HIDDEN, 2];
  const mlp = createMlp(layers, createRandom(INIT_SEED));
  const history = trainMlp(
    mlp,
    normalize(train, normalization),
    { kind: 'classes', labels: train.labels, classes: 2 },
    TRAIN,
    { ...TRAINING, seed: SHUFFLE_SEED },
  );
  const network = toNetwork(mlp, 'jet_features', normalization, { kind: 'softmax' });
  const probabilities = runNetwork(network, asFloat32(heldOut), heldOut.n).probabilities!;

  return {
    slug: JET_BTAG_LARGE_SLUG,
    name: 'b-jet tagger, 1 M-parameter network',
    task: 'jet tagging',
    description:
      'The b-jet tagger of jet-btag (the same six jet-level inputs, physical values) with two 1024-wide hidden layers: ' +
      '1.06 M parameters and about 2.1 MFLOP per jet, so that inference time is spent in the matrix kernels rather than ' +
      'in per-call overhead. It exists to measure in-browser speed against native on a model of realistic size; ' +
      'trained on the first 6,000 training jets of jet-btag for one epoch, it separates b from light jets about as well ' +
      'as the small model, not better: six inputs do not need a million weights.',
    precision: 'fp32',
    network,
    classLabels: [...BTAG_CLASSES],
    features: BTAG_FEATURES,
    outputs: [
      {
        name: 'probabilities',
        width: 2,
        description: 'probabilities for light and b (equal priors); column 1 is the b-tag discriminant',
      },
    ],
    hyperParameters: {
      architecture: 'MLP',
      layers,
      activation: 'relu',
      loss: 'softmax cross-entropy',
      optimizer: 'adam',
      epochs: TRAINING.epochs,
      batch_size: TRAINING.batchSize,
      learning_rate: TRAINING.learningRate,
      learning_rate_schedule: `cosine to ${TRAINING.finalLearningRateFactor} x`,
      init_seed: INIT_SEED,
      shuffle_seed: SHUFFLE_SEED,
      flops_per_event: networkFlops(layers),
    },
    dataset: {
      generator: BTAG_GENERATOR.name,
      version: BTAG_GENERATOR.version,
      seed: DATA_SEED,
      description:
        'the jets of jet-btag (same generator and seed): b and light jets in equal numbers, pT ∝ pT^-4 from 30 GeV; ' +
        `trained on the first ${TRAIN.toLocaleString('en-US')} of its ${GENERATED_TRAIN.toLocaleString('en-US')} training jets, ` +
        'tested on the same held-out jets',
      samples: { train: TRAIN, held_out: HELD_OUT },
    },
    datasetBytes: concatBytes([datasetBytes(train), datasetBytes(heldOut)]),
    metrics: [
      ...btagMetrics(probabilities, heldOut),
      { name: 'final_training_loss', value: round6(history.epochLoss.at(-1)!), split: 'training' },
    ],
    examples: BTAG_EXAMPLES,
    sparsity: 0,
    verificationInputs: asFloat32(heldOut, 256),
    verificationRows: 256,
  };
}

/** Multiply-adds × 2 of the dense layers: what one event costs, ignoring the element-wise ops. */
export function networkFlops(layers: readonly number[]): number {
  let flops = 0;
  for (let l = 0; l + 1 < layers.length; l++) flops += 2 * layers[l]! * layers[l + 1]!;
  return flops;
}

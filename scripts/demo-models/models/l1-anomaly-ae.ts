import { datasetBytes, sliceDataset } from '../../../src/lib/demo-data/datasets/dataset';
import {
  generateL1Background,
  generateL1Signal,
  L1_FEATURES,
  L1_GENERATOR,
  L1_SIGNALS,
} from '../../../src/lib/demo-data/datasets/l1-events';
import { runNetwork } from '../inference';
import { fractionAbove, rocAuc, signalEfficiencyAt, thresholdAtEfficiency } from '../metrics';
import { createMlp } from '../mlp';
import { toNetwork } from '../network';
import { createRandom } from '../../../src/lib/demo-data/random';
import { trainMlp } from '../train';
import { asFloat32, concatBytes, fitNormalization, normalize, round6 } from './training-setup';
import type { DemoModel, KnownExample, Metric } from './types';

const DATA_SEED = 81;
const INIT_SEED = 82;
const SHUFFLE_SEED = 83;
const SIGNAL_SEED = 84;
const TRAIN = 16_000;
const HELD_OUT = 8_000;
const SIGNAL_EVENTS = 2_000;
const LAYERS = [L1_FEATURES.length, 16, 4, 16, L1_FEATURES.length];
const TRAINING = { epochs: 12, batchSize: 64, learningRate: 0.003, finalLearningRateFactor: 0.05 };
/** The demo flags an event when it is rarer than 1 % of training background: a trigger rate budget. */
const THRESHOLD_BACKGROUND_RATE = 0.01;

const EXAMPLES: KnownExample[] = [
  { input: [12, 90, 2, 55, 35, 0, 0, 0, 0, 0], expected: 'normal', note: 'soft QCD dijet event' },
  { input: [35, 40, 1, 40, 0, 0, 38, 1, 0, 0], expected: 'normal', note: 'W → μν candidate on the Jacobian peak' },
  {
    input: [450, 460, 1, 460, 0, 0, 0, 0, 0, 0],
    expected: 'anomalous',
    note: 'monojet with 450 GeV of missing energy',
  },
  { input: [10, 0, 0, 0, 0, 0, 25, 2, 20, 2], expected: 'anomalous', note: 'four leptons and no jets' },
];

export function buildL1AnomalyAe(): DemoModel {
  const all = generateL1Background(TRAIN + HELD_OUT, DATA_SEED);
  const train = sliceDataset(all, 0, TRAIN);
  const heldOut = sliceDataset(all, TRAIN, TRAIN + HELD_OUT);
  const signals = L1_SIGNALS.map((s, i) => generateL1Signal(s.name, SIGNAL_EVENTS, SIGNAL_SEED + i));
  const normalization = fitNormalization(train);
  const normalized = normalize(train, normalization);
  const mlp = createMlp(LAYERS, createRandom(INIT_SEED));
  const history = trainMlp(mlp, normalized, { kind: 'values', values: normalized }, TRAIN, {
    ...TRAINING,
    seed: SHUFFLE_SEED,
  });
  const network = toNetwork(mlp, 'event_features', normalization, { kind: 'reconstruction-error' });

  const score = (rows: Float32Array, n: number) => runNetwork(network, rows, n).anomaly_score!;
  const trainScores = score(asFloat32(train), train.n);
  const threshold = thresholdAtEfficiency(trainScores, THRESHOLD_BACKGROUND_RATE);
  const background = score(asFloat32(heldOut), heldOut.n);
  const metrics: Metric[] = [
    {
      name: 'background_rate_at_threshold',
      value: round6(fractionAbove(background, threshold)),
      split: 'held-out',
      description: 'fraction of held-out background above the demo threshold (set at 1 % of training background)',
    },
  ];
  signals.forEach((signal, i) => {
    const name = L1_SIGNALS[i]!.name;
    const s = score(asFloat32(signal), signal.n);
    const scores = Float64Array.from([...background, ...s]);
    const isSignal = [...new Array<boolean>(background.length).fill(false), ...new Array<boolean>(s.length).fill(true)];
    metrics.push(
      {
        name: `auc_${name}`,
        value: round6(rocAuc(scores, isSignal)),
        split: 'held-out',
        description: `ROC AUC of the score, ${L1_SIGNALS[i]!.description} vs background`,
      },
      {
        name: `signal_eff_at_1pct_bkg_${name}`,
        value: round6(signalEfficiencyAt(s, background, 0.01)),
        split: 'held-out',
      },
    );
  });
  metrics.push({ name: 'final_training_mse', value: round6(history.epochLoss.at(-1)!), split: 'training' });

  return {
    slug: 'l1-anomaly-ae',
    name: 'L1-trigger anomaly-detection autoencoder',
    task: 'anomaly detection',
    description:
      'Dense autoencoder trained only on standard-model events (QCD multijet, W, Z, tt̄) described by ten trigger-level quantities. ' +
      'Events it reconstructs badly are unlike the training background: the mean squared error of the normalised inputs is the anomaly score, ' +
      'computed inside the graph. Evaluated on three synthetic new-physics signatures it never saw.',
    precision: 'fp32',
    network,
    classLabels: [],
    features: L1_FEATURES,
    outputs: [
      {
        name: 'reconstruction',
        width: L1_FEATURES.length,
        description: 'reconstructed inputs in normalised units ((x − mean) / std of the training background)',
      },
      {
        name: 'anomaly_score',
        width: 1,
        description: 'mean squared reconstruction error over the ten normalised inputs; higher = more anomalous',
      },
    ],
    hyperParameters: {
      architecture: 'dense autoencoder',
      layers: LAYERS,
      activation: 'relu (hidden), linear (output)',
      loss: 'mean squared error',
      optimizer: 'adam',
      epochs: TRAINING.epochs,
      batch_size: TRAINING.batchSize,
      learning_rate: TRAINING.learningRate,
      learning_rate_schedule: `cosine to ${TRAINING.finalLearningRateFactor} x`,
      init_seed: INIT_SEED,
      shuffle_seed: SHUFFLE_SEED,
    },
    dataset: {
      generator: L1_GENERATOR.name,
      version: L1_GENERATOR.version,
      seed: DATA_SEED,
      description:
        'standard-model mixture (89 % QCD multijet, 8 % W→ℓν, 1.5 % Z→ℓℓ, 1 % Z→νν, 0.5 % tt̄) for training and testing; ' +
        `signals ${L1_SIGNALS.map((s) => s.name).join(', ')} (seeds from ${SIGNAL_SEED}) for evaluation only`,
      samples: {
        train: TRAIN,
        held_out: HELD_OUT,
        ...Object.fromEntries(L1_SIGNALS.map((s) => [`signal_${s.name}`, SIGNAL_EVENTS])),
      },
    },
    datasetBytes: concatBytes([datasetBytes(all), ...signals.map(datasetBytes)]),
    metrics,
    examples: EXAMPLES,
    anomalyThreshold: threshold,
    sparsity: 0,
    verificationInputs: Float32Array.from([...asFloat32(heldOut, 448), ...asFloat32(signals[0]!, 64)]),
    verificationRows: 512,
  };
}

import { datasetBytes, sliceDataset, type Dataset } from '../../../src/lib/demo-data/datasets/dataset';
import {
  BTAG_CLASSES,
  BTAG_FEATURES,
  BTAG_GENERATOR,
  generateJetBtag,
} from '../../../src/lib/demo-data/datasets/jet-btag';
import { runNetwork } from '../inference';
import { accuracy, argmaxRows, backgroundEfficiencyAt, column, rocAuc, signalEfficiencyAt } from '../metrics';
import { createMlp, type Mlp } from '../mlp';
import { toNetwork } from '../network';
import { createRandom } from '../../../src/lib/demo-data/random';
import { trainMlp } from '../train';
import { asFloat32, fitNormalization, normalize, round6, type Normalization } from './training-setup';
import type { DemoModel, KnownExample, Metric } from './types';

const DATA_SEED = 71;
const INIT_SEED = 72;
const SHUFFLE_SEED = 73;
const TRAIN = 16_000;
const HELD_OUT = 8_000;
const HIDDEN = [24, 24];
const BTAG_TRAINING = { epochs: 10, batchSize: 64, learningRate: 0.005, finalLearningRateFactor: 0.05 };

export const BTAG_EXAMPLES: KnownExample[] = [
  {
    input: [80, 15, 9, 4, 2.1, 20],
    expected: 'b',
    note: 'several displaced tracks and a 2 GeV secondary vertex far from the beam line',
  },
  { input: [150, 25, 12, 5, 3.5, 35], expected: 'b', note: 'high-mass, well-separated secondary vertex' },
  {
    input: [80, 0.8, 0.3, 0, 0, 0],
    expected: 'light',
    note: 'all tracks compatible with the primary vertex, no secondary vertex',
  },
  { input: [250, 1.5, 1, 0, 0, 0], expected: 'light', note: 'energetic jet with prompt tracks only' },
];

export interface TrainedBtag {
  model: DemoModel;
  mlp: Mlp;
  normalization: Normalization;
  train: Dataset;
  heldOut: Dataset;
}

export function trainJetBtag(): TrainedBtag {
  const all = generateJetBtag(TRAIN + HELD_OUT, DATA_SEED);
  const train = sliceDataset(all, 0, TRAIN);
  const heldOut = sliceDataset(all, TRAIN, TRAIN + HELD_OUT);
  const normalization = fitNormalization(train);
  const width = BTAG_FEATURES.length;
  const mlp = createMlp([width, ...HIDDEN, 2], createRandom(INIT_SEED));
  const history = trainMlp(
    mlp,
    normalize(train, normalization),
    { kind: 'classes', labels: train.labels, classes: 2 },
    TRAIN,
    {
      ...BTAG_TRAINING,
      seed: SHUFFLE_SEED,
    },
  );
  const network = toNetwork(mlp, 'jet_features', normalization, { kind: 'softmax' });
  const probabilities = runNetwork(network, asFloat32(heldOut), heldOut.n).probabilities!;

  const model: DemoModel = {
    slug: 'jet-btag',
    name: 'b-jet tagger from jet-level features',
    task: 'jet tagging',
    description:
      'Separates b jets from light-flavour (u, d, s, g) jets using six jet-level inputs: jet pT, the two largest 3D impact-parameter ' +
      'significances, the number of displaced tracks, and the secondary-vertex mass and flight-distance significance. ' +
      'Trained on a toy track-level simulation; takes physical values.',
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
      layers: [width, ...HIDDEN, 2],
      activation: 'relu',
      loss: 'softmax cross-entropy',
      optimizer: 'adam',
      epochs: BTAG_TRAINING.epochs,
      batch_size: BTAG_TRAINING.batchSize,
      learning_rate: BTAG_TRAINING.learningRate,
      learning_rate_schedule: `cosine to ${BTAG_TRAINING.finalLearningRateFactor} x`,
      init_seed: INIT_SEED,
      shuffle_seed: SHUFFLE_SEED,
    },
    dataset: {
      generator: BTAG_GENERATOR.name,
      version: BTAG_GENERATOR.version,
      seed: DATA_SEED,
      description:
        'b and light jets in equal numbers, pT ∝ pT^-4 from 30 GeV; per-track impact parameters, fitted secondary vertices',
      samples: { train: TRAIN, held_out: HELD_OUT },
    },
    datasetBytes: datasetBytes(all),
    metrics: [
      ...btagMetrics(probabilities, heldOut),
      { name: 'final_training_loss', value: round6(history.epochLoss.at(-1)!), split: 'training' },
    ],
    examples: BTAG_EXAMPLES,
    sparsity: 0,
    verificationInputs: asFloat32(heldOut, 512),
    verificationRows: 512,
  };
  return { model, mlp, normalization, train, heldOut };
}

/** The usual b-tagging figures of merit, on held-out jets. */
export function btagMetrics(probabilities: Float32Array, heldOut: Dataset): Metric[] {
  const bScore = column(probabilities, heldOut.n, 2, 1);
  const isB = Array.from(heldOut.labels, (l) => l === 1);
  const bScores = bScore.filter((_, r) => isB[r]);
  const lightScores = bScore.filter((_, r) => !isB[r]);
  return [
    {
      name: 'accuracy',
      value: round6(accuracy(argmaxRows(probabilities, heldOut.n, 2), heldOut.labels)),
      split: 'held-out',
    },
    {
      name: 'auc',
      value: round6(rocAuc(bScore, isB)),
      split: 'held-out',
      description: 'ROC AUC of the b probability, b vs light',
    },
    {
      name: 'light_mistag_at_70pct_b_eff',
      value: round6(backgroundEfficiencyAt(bScores, lightScores, 0.7)),
      split: 'held-out',
      description: 'fraction of light jets tagged when the threshold keeps 70 % of b jets',
    },
    {
      name: 'b_eff_at_1pct_mistag',
      value: round6(signalEfficiencyAt(bScores, lightScores, 0.01)),
      split: 'held-out',
      description: 'b-jet efficiency when 1 % of light jets pass',
    },
  ];
}

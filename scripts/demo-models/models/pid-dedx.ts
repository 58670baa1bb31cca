import { datasetBytes, sliceDataset } from '../../../src/lib/demo-data/datasets/dataset';
import {
  generatePidDedx,
  PID_FEATURES,
  PID_GENERATOR,
  PID_SPECIES,
  pidPosterior,
} from '../../../src/lib/demo-data/datasets/pid-dedx';
import { runNetwork } from '../inference';
import { accuracy, argmaxRows, classEfficiencies, column, rocAuc } from '../metrics';
import { createMlp } from '../mlp';
import { toNetwork } from '../network';
import { createRandom } from '../../../src/lib/demo-data/random';
import { trainMlp } from '../train';
import { asFloat32, fitNormalization, normalize, round6 } from './training-setup';
import type { DemoModel, KnownExample, Metric } from './types';

const DATA_SEED = 61;
const INIT_SEED = 62;
const SHUFFLE_SEED = 63;
const TRAIN = 16_000;
const HELD_OUT = 8_000;
const HIDDEN = [24, 24];
const TRAINING = { epochs: 10, batchSize: 64, learningRate: 0.01, finalLearningRateFactor: 0.05 };

/** Points in the middle of one band and far from the others (checked against the exact posterior in the tests). */
export const PID_EXAMPLES: KnownExample[] = [
  { input: [0.5, 167], expected: 'p', note: 'slow proton: 0.5 GeV/c with three times minimum ionisation' },
  { input: [0.2, 760], expected: 'p', note: 'very slow proton deep in the 1/β² rise' },
  { input: [0.35, 114], expected: 'K', note: 'kaon band at 0.35 GeV/c, between pions and protons' },
  { input: [0.5, 50], expected: 'pi', note: 'minimum-ionising pion' },
  { input: [0.3, 72], expected: 'e', note: 'electron on the Fermi plateau at low momentum' },
];

export function buildPidDedx(): DemoModel {
  const all = generatePidDedx(TRAIN + HELD_OUT, DATA_SEED);
  const train = sliceDataset(all, 0, TRAIN);
  const heldOut = sliceDataset(all, TRAIN, TRAIN + HELD_OUT);
  const normalization = fitNormalization(train);
  const mlp = createMlp([2, ...HIDDEN, PID_SPECIES.length], createRandom(INIT_SEED));
  const history = trainMlp(
    mlp,
    normalize(train, normalization),
    { kind: 'classes', labels: train.labels, classes: 4 },
    TRAIN,
    {
      ...TRAINING,
      seed: SHUFFLE_SEED,
    },
  );
  const network = toNetwork(mlp, 'track', normalization, { kind: 'softmax' });

  const probabilities = runNetwork(network, asFloat32(heldOut), heldOut.n).probabilities!;
  const predicted = argmaxRows(probabilities, heldOut.n, 4);
  const posterior = new Float64Array(heldOut.n * 4);
  for (let r = 0; r < heldOut.n; r++)
    posterior.set(pidPosterior(heldOut.features[r * 2]!, heldOut.features[r * 2 + 1]!), r * 4);
  const bayes = argmaxRows(posterior, heldOut.n, 4);
  const efficiencies = classEfficiencies(predicted, heldOut.labels, 4);
  const metrics: Metric[] = [
    { name: 'accuracy', value: round6(accuracy(predicted, heldOut.labels)), split: 'held-out' },
    {
      name: 'bayes_optimal_accuracy',
      value: round6(accuracy(bayes, heldOut.labels)),
      split: 'held-out',
      description: 'accuracy of the exact posterior of the generator: the ceiling for any classifier on this data',
    },
    ...PID_SPECIES.map((s, c) => ({
      name: `efficiency_${s.label}`,
      value: round6(efficiencies[c]!),
      split: 'held-out' as const,
      description: `fraction of true ${s.name}s identified as ${s.name}s`,
    })),
    ...PID_SPECIES.map((s, c) => ({
      name: `auc_${s.label}_vs_rest`,
      value: round6(
        rocAuc(
          column(probabilities, heldOut.n, 4, c),
          Array.from(heldOut.labels, (l) => l === c),
        ),
      ),
      split: 'held-out' as const,
    })),
    { name: 'final_training_loss', value: round6(history.epochLoss[history.epochLoss.length - 1]!), split: 'training' },
  ];

  return {
    slug: 'pid-dedx',
    name: 'TPC dE/dx particle identification (e, π, K, p)',
    task: 'particle identification',
    description:
      'Classifies a charged track as electron, pion, kaon or proton from its momentum and specific energy loss dE/dx in a TPC. ' +
      'Trained on tracks drawn around the ALICE ALEPH Bethe–Bloch parameterisation with 5.2 % dE/dx resolution; ' +
      'normalisation is inside the graph, so it takes physical values.',
    precision: 'fp32',
    network,
    classLabels: PID_SPECIES.map((s) => s.label),
    features: PID_FEATURES,
    outputs: [
      {
        name: 'probabilities',
        width: 4,
        description: 'class probabilities for e, pi, K, p (equal priors), summing to 1',
      },
    ],
    hyperParameters: {
      architecture: 'MLP',
      layers: [2, ...HIDDEN, 4],
      activation: 'relu',
      loss: 'softmax cross-entropy',
      optimizer: 'adam',
      epochs: TRAINING.epochs,
      batch_size: TRAINING.batchSize,
      learning_rate: TRAINING.learningRate,
      learning_rate_schedule: `cosine to ${TRAINING.finalLearningRateFactor} x`,
      init_seed: INIT_SEED,
      shuffle_seed: SHUFFLE_SEED,
    },
    dataset: {
      generator: PID_GENERATOR.name,
      version: PID_GENERATOR.version,
      seed: DATA_SEED,
      description: 'e, π, K, p in equal numbers; p log-uniform in 0.15–5 GeV/c; dE/dx ~ N(BB_ALEPH(p/m), 5.2 %)',
      samples: { train: TRAIN, held_out: HELD_OUT },
    },
    datasetBytes: datasetBytes(all),
    metrics,
    examples: PID_EXAMPLES,
    sparsity: 0,
    verificationInputs: asFloat32(heldOut, 512),
    verificationRows: 512,
  };
}

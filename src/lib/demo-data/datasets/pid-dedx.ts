import { createRandom } from '../random';
import { DEDX_RESOLUTION, expectedDedx } from './bethe-bloch';
import type { Dataset, FeatureSpec } from './dataset';

/** PDG 2024 masses in GeV/c². */
export const PID_SPECIES = [
  { label: 'e', name: 'electron', mass: 0.00051099895 },
  { label: 'pi', name: 'pion', mass: 0.13957039 },
  { label: 'K', name: 'kaon', mass: 0.493677 },
  { label: 'p', name: 'proton', mass: 0.93827209 },
] as const;

export const PID_MOMENTUM_RANGE = [0.15, 5] as const;

export const PID_FEATURES: readonly FeatureSpec[] = [
  {
    name: 'p',
    unit: 'GeV/c',
    description: 'track momentum at the inner wall of the TPC',
    range: PID_MOMENTUM_RANGE,
    defaultValue: 0.5,
  },
  {
    name: 'dEdx',
    unit: 'a.u. (MIP = 50)',
    description: 'truncated-mean specific energy loss in the TPC gas, minimum-ionising particles at 50',
    range: [30, 1400],
    defaultValue: 60,
  },
];

export const PID_GENERATOR = { name: 'pid-dedx-bethe-bloch', version: '1.0.0' } as const;

/**
 * Tracks of the four species in equal proportions, momentum log-uniform in
 * 0.15–5 GeV/c, dE/dx Gaussian around the ALEPH Bethe–Bloch curve with 5.2 %
 * relative resolution. Equal priors make the network output a likelihood ratio
 * readable as "which band is this point in".
 */
export function generatePidDedx(n: number, seed: number): Dataset {
  const random = createRandom(seed);
  const features = new Float64Array(n * 2);
  const labels = new Uint8Array(n);
  const [pMin, pMax] = PID_MOMENTUM_RANGE;
  const logSpan = Math.log(pMax / pMin);
  for (let r = 0; r < n; r++) {
    const species = random.int(PID_SPECIES.length);
    const p = pMin * Math.exp(random.uniform() * logSpan);
    const mean = expectedDedx(p, PID_SPECIES[species]!.mass);
    features[r * 2] = p;
    features[r * 2 + 1] = mean * (1 + DEDX_RESOLUTION * random.normal());
    labels[r] = species;
  }
  return { n, width: 2, features, labels };
}

/**
 * Bayes-optimal class probabilities for a measured (p, dE/dx) under the
 * generator's own model (equal priors, same momentum density for every
 * species): the ceiling any classifier can reach on this data.
 */
export function pidPosterior(p: number, dedx: number): number[] {
  const likelihood = PID_SPECIES.map(({ mass }) => {
    const mean = expectedDedx(p, mass);
    const sigma = DEDX_RESOLUTION * mean;
    const z = (dedx - mean) / sigma;
    return Math.exp(-0.5 * z * z) / sigma;
  });
  const total = likelihood.reduce((a, b) => a + b, 0);
  return likelihood.map((l) => (total > 0 ? l / total : 0.25));
}

import { createRandom, type Random } from '../random';
import type { Dataset, FeatureSpec } from './dataset';

export const BTAG_CLASSES = ['light', 'b'] as const;
export const BTAG_GENERATOR = { name: 'jet-btag-toy-tracks', version: '1.0.0' } as const;

export const BTAG_FEATURES: readonly FeatureSpec[] = [
  { name: 'jet_pt', unit: 'GeV', description: 'jet transverse momentum', range: [30, 1000], defaultValue: 80 },
  {
    name: 'ip3d_sig_1',
    unit: '',
    description: 'largest signed 3D impact-parameter significance among the jet tracks',
    range: [-10, 60],
    defaultValue: 2,
  },
  {
    name: 'ip3d_sig_2',
    unit: '',
    description: 'second-largest signed 3D impact-parameter significance',
    range: [-10, 40],
    defaultValue: 1,
  },
  {
    name: 'n_displaced',
    unit: 'tracks',
    description: 'number of tracks with 3D impact-parameter significance above 3',
    range: [0, 10],
    defaultValue: 0,
  },
  {
    name: 'sv_mass',
    unit: 'GeV',
    description: 'invariant mass of the secondary vertex (0 when none is found)',
    range: [0, 6],
    defaultValue: 0,
  },
  {
    name: 'sv_flight_sig',
    unit: '',
    description: '3D flight-distance significance of the secondary vertex (0 when none is found)',
    range: [0, 80],
    defaultValue: 0,
  },
];

const DISPLACED_THRESHOLD = 3;

/**
 * Toy b-tagging sample, half b jets and half light (u, d, s, g) jets, built
 * track by track so the features are correlated the way real ones are:
 * - jet pT from the same falling spectrum (dN/dpT ∝ pT^-4 from 30 GeV, cut at 1 TeV) for both classes;
 * - prompt tracks: Poisson multiplicity growing with pT, IP significance N(0, 1)
 *   from resolution, plus a signed exponential tail (mean 4; V0s, conversions,
 *   material interactions) on 7 % of light-jet and 4 % of b-jet tracks;
 * - b jets add 1 + Poisson(2.5) B-hadron decay tracks with IP significance
 *   Exp(mean 5) + N(0, 1), lifetime signs being positive;
 * - a secondary vertex is fitted from >= 2 displaced (S > 3) tracks with
 *   probability 0.8 (b) or 0.5 (light: fake or V0 vertex); its mass is
 *   Gamma(3, 0.55 GeV) for b and Gamma(2, 0.35 GeV) for light, capped at the B
 *   mass, its flight significance 3 + Exp(mean 8) for b vs 3 + Exp(mean 4).
 * No charm jets: the task is b vs udsg only.
 */
export function generateJetBtag(n: number, seed: number): Dataset {
  const random = createRandom(seed);
  const width = BTAG_FEATURES.length;
  const features = new Float64Array(n * width);
  const labels = new Uint8Array(n);
  const ips: number[] = [];
  for (let r = 0; r < n; r++) {
    const isB = random.uniform() < 0.5;
    const pt = jetPt(random);
    ips.length = 0;
    const prompt = random.poisson(3 + pt / 40);
    const tailProbability = isB ? 0.04 : 0.07;
    for (let t = 0; t < prompt; t++) {
      let s = random.normal();
      if (random.uniform() < tailProbability) s += (random.uniform() < 0.7 ? 1 : -1) * random.exponential(4);
      ips.push(s);
    }
    if (isB) {
      const decay = 1 + random.poisson(2.5);
      for (let t = 0; t < decay; t++) ips.push(random.exponential(5) + random.normal());
    }
    ips.sort((a, b) => b - a);
    const displaced = ips.filter((s) => s > DISPLACED_THRESHOLD).length;
    let svMass = 0;
    let svFlight = 0;
    if (displaced >= 2 && random.uniform() < (isB ? 0.8 : 0.5)) {
      svMass = Math.min(5.28, isB ? random.gamma(3, 0.55) : random.gamma(2, 0.35));
      svFlight = 3 + random.exponential(isB ? 8 : 4);
    }
    const row = r * width;
    features[row] = pt;
    features[row + 1] = ips[0] ?? 0;
    features[row + 2] = ips[1] ?? 0;
    features[row + 3] = displaced;
    features[row + 4] = svMass;
    features[row + 5] = svFlight;
    labels[r] = isB ? 1 : 0;
  }
  return { n, width, features, labels };
}

function jetPt(random: Random): number {
  for (;;) {
    const pt = 30 * random.uniformOpen() ** (-1 / 3);
    if (pt <= 1000) return pt;
  }
}

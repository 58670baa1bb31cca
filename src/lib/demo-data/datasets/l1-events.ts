import { createRandom, type Random } from '../random';
import type { Dataset, FeatureSpec } from './dataset';

export const L1_GENERATOR = { name: 'l1-trigger-toy-events', version: '1.0.0' } as const;

export const L1_FEATURES: readonly FeatureSpec[] = [
  { name: 'met', unit: 'GeV', description: 'missing transverse energy', range: [0, 800], defaultValue: 20 },
  {
    name: 'ht',
    unit: 'GeV',
    description: 'scalar sum of jet pT (jets above 30 GeV)',
    range: [0, 2500],
    defaultValue: 80,
  },
  { name: 'n_jets', unit: 'jets', description: 'number of jets above 30 GeV', range: [0, 12], defaultValue: 2 },
  { name: 'jet1_pt', unit: 'GeV', description: 'leading-jet pT (0 if none)', range: [0, 1200], defaultValue: 50 },
  { name: 'jet2_pt', unit: 'GeV', description: 'second-jet pT (0 if none)', range: [0, 800], defaultValue: 35 },
  { name: 'jet3_pt', unit: 'GeV', description: 'third-jet pT (0 if none)', range: [0, 500], defaultValue: 0 },
  { name: 'mu1_pt', unit: 'GeV', description: 'leading-muon pT (0 if none)', range: [0, 600], defaultValue: 0 },
  { name: 'n_muons', unit: 'muons', description: 'number of muons above 3 GeV', range: [0, 6], defaultValue: 0 },
  { name: 'e1_pt', unit: 'GeV', description: 'leading-electron pT (0 if none)', range: [0, 600], defaultValue: 0 },
  {
    name: 'n_electrons',
    unit: 'electrons',
    description: 'number of electrons above 5 GeV',
    range: [0, 6],
    defaultValue: 0,
  },
];

/** Standard-model mixture at the L1 trigger, roughly like a minimum-threshold stream: QCD dominates. */
const BACKGROUND_PROCESSES = [
  { name: 'qcd-multijet', fraction: 0.89 },
  { name: 'w-to-lnu', fraction: 0.08 },
  { name: 'z-to-ll', fraction: 0.015 },
  { name: 'z-to-nunu', fraction: 0.01 },
  { name: 'ttbar', fraction: 0.005 },
] as const;

export const L1_SIGNALS = [
  { name: 'monojet-dark-matter', description: 'one hard jet recoiling against invisible particles (large MET)' },
  { name: 'leptoquark-pair', description: 'high-HT multi-jet events with energetic leptons' },
  { name: 'a-to-4-leptons', description: 'a light neutral scalar decaying to four soft leptons' },
] as const;
export type L1Signal = (typeof L1_SIGNALS)[number]['name'];

interface Event {
  jets: number[];
  muons: number[];
  electrons: number[];
  /** Genuine missing pT (neutrinos, invisible particles) before resolution. */
  invisible: number;
}

/** Standard-model background events (label 0). */
export function generateL1Background(n: number, seed: number): Dataset {
  const random = createRandom(seed);
  return fill(n, 0, random, () => {
    let u = random.uniform();
    for (const channel of BACKGROUND_PROCESSES) {
      if (u < channel.fraction) return backgroundEvent(channel.name, random);
      u -= channel.fraction;
    }
    return backgroundEvent('qcd-multijet', random);
  });
}

/** Events of one anomaly (label = 1 + its index in L1_SIGNALS); only used to evaluate the autoencoder. */
export function generateL1Signal(signal: L1Signal, n: number, seed: number): Dataset {
  const random = createRandom(seed);
  const label = 1 + L1_SIGNALS.findIndex((s) => s.name === signal);
  return fill(n, label, random, () => signalEvent(signal, random));
}

function fill(n: number, label: number, random: Random, draw: () => Event): Dataset {
  const width = L1_FEATURES.length;
  const features = new Float64Array(n * width);
  for (let r = 0; r < n; r++) features.set(toFeatures(draw(), random), r * width);
  return { n, width, features, labels: new Uint8Array(n).fill(label) };
}

function backgroundEvent(channel: string, random: Random): Event {
  switch (channel) {
    case 'w-to-lnu': {
      // Jacobian peak at m_W/2 for both the charged lepton and the neutrino.
      const sinTheta = Math.sqrt(1 - (2 * random.uniform() - 1) ** 2);
      const lepton = Math.abs(40.2 * sinTheta + 6 * random.normal());
      const neutrino = Math.abs(40.2 * sinTheta + 6 * random.normal());
      const isMuon = random.uniform() < 0.5;
      return {
        jets: paretoJets(random.poisson(0.8), random),
        muons: isMuon ? [lepton] : [],
        electrons: isMuon ? [] : [lepton],
        invisible: neutrino,
      };
    }
    case 'z-to-ll': {
      const leptons = [0, 1].map(() =>
        Math.abs(45.6 * Math.sqrt(1 - (2 * random.uniform() - 1) ** 2) + 6 * random.normal()),
      );
      const isMuon = random.uniform() < 0.5;
      return {
        jets: paretoJets(random.poisson(0.8), random),
        muons: isMuon ? leptons : [],
        electrons: isMuon ? [] : leptons,
        invisible: 0,
      };
    }
    case 'z-to-nunu': {
      // Invisible Z recoiling against jets: the irreducible background of a monojet search.
      const recoil = 30 * random.uniformOpen() ** (-1 / 3);
      return {
        jets: [recoil * (0.85 + 0.1 * random.normal()), ...paretoJets(random.poisson(0.7), random)],
        muons: [],
        electrons: [],
        invisible: recoil,
      };
    }
    case 'ttbar': {
      const jets = Array.from({ length: 2 + random.poisson(2) }, () => 30 + random.exponential(50));
      const lepton = random.uniform() < 0.45 ? [20 + random.exponential(30)] : [];
      const isMuon = random.uniform() < 0.5;
      return {
        jets,
        muons: isMuon ? lepton : [],
        electrons: isMuon ? [] : lepton,
        invisible: lepton.length ? 20 + random.exponential(40) : random.exponential(15),
      };
    }
    default: {
      const jets = paretoJets(1 + random.poisson(1.2), random);
      // Non-prompt leptons from heavy-flavour decays and fakes.
      const muons = random.uniform() < 0.03 ? [3 + random.exponential(4)] : [];
      const electrons = random.uniform() < 0.02 ? [5 + random.exponential(4)] : [];
      return { jets, muons, electrons, invisible: 0 };
    }
  }
}

function signalEvent(signal: L1Signal, random: Random): Event {
  if (signal === 'monojet-dark-matter') {
    const lead = 60 + random.exponential(80);
    return {
      jets: [lead, ...paretoJets(random.poisson(0.5), random)],
      muons: [],
      electrons: [],
      invisible: lead * (0.9 + 0.1 * random.normal()),
    };
  }
  if (signal === 'leptoquark-pair') {
    const jets = Array.from({ length: 2 + random.poisson(1) }, () => 30 + random.exponential(60));
    const leptons = Array.from({ length: 1 + (random.uniform() < 0.5 ? 1 : 0) }, () => 10 + random.exponential(35));
    const isMuon = random.uniform() < 0.5;
    return { jets, muons: isMuon ? leptons : [], electrons: isMuon ? [] : leptons, invisible: random.exponential(60) };
  }
  const leptons = Array.from({ length: 4 }, () => 2 + random.exponential(5));
  const muonCount = [4, 2, 0][random.int(3)]!;
  return {
    jets: paretoJets(random.poisson(0.5), random),
    muons: leptons.slice(0, muonCount),
    electrons: leptons.slice(muonCount),
    invisible: 0,
  };
}

/** Jets from a falling spectrum dN/dpT ∝ pT^-4 above the 30 GeV threshold, capped at 1.5 TeV. */
function paretoJets(count: number, random: Random): number[] {
  return Array.from({ length: count }, () => Math.min(1500, 30 * random.uniformOpen() ** (-1 / 3)));
}

function toFeatures(event: Event, random: Random): number[] {
  const jets = [...event.jets].sort((a, b) => b - a);
  const muons = event.muons.filter((pt) => pt > 3).sort((a, b) => b - a);
  const electrons = event.electrons.filter((pt) => pt > 5).sort((a, b) => b - a);
  const ht = jets.reduce((a, b) => a + b, 0);
  // MET resolution grows like sqrt(HT) (calorimeter stochastic term); two Gaussian components give a Rayleigh.
  const sigma = 4 + 0.6 * Math.sqrt(ht);
  const mx = event.invisible + sigma * random.normal();
  const my = sigma * random.normal();
  const met = Math.sqrt(mx * mx + my * my);
  return [
    met,
    ht,
    jets.length,
    jets[0] ?? 0,
    jets[1] ?? 0,
    jets[2] ?? 0,
    muons[0] ?? 0,
    muons.length,
    electrons[0] ?? 0,
    electrons.length,
  ];
}

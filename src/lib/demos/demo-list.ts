/** The in-browser demos: which model each runs and what it lets a visitor see. */
export interface DemoDefinition {
  slug: string;
  title: string;
  /** One line for the index card. */
  summary: string;
  /** What the demo shows, as short points. */
  shows: string[];
  /** Variants of the model run side by side on the same inputs (precision comparison). */
  variants?: string[];
}

export const DEMOS: readonly DemoDefinition[] = [
  {
    slug: 'pid-dedx',
    title: 'Particle identification from dE/dx',
    summary:
      'Pick a point on the dE/dx vs momentum plane and see whether the track is an electron, pion, kaon or proton.',
    shows: [
      'Bethe–Bloch bands of e, π, K and p with the 5.2 % TPC resolution drawn as guides',
      'class probabilities that follow the point as you drag it, and where the bands cross',
      'WebGPU or WASM inference with per-inference latency',
    ],
  },
  {
    slug: 'jet-btag',
    title: 'b-jet tagging, four precisions',
    summary:
      'Move the impact-parameter and secondary-vertex sliders and watch the b probability; compare fp32, fp16, int8 and 50 % pruned.',
    shows: [
      'how displaced tracks and a secondary vertex make a jet look like a b jet',
      'the same inputs through fp32, fp16, int8 QDQ and 50 % pruned variants side by side',
      'which operators of the int8 model leave the GPU (QuantizeLinear falls back to WASM)',
    ],
    variants: ['jet-btag', 'jet-btag-fp16', 'jet-btag-int8', 'jet-btag-pruned50'],
  },
  {
    slug: 'l1-anomaly-ae',
    title: 'Trigger anomaly detection',
    summary:
      'Load a standard-model event or a synthetic signal and see the autoencoder’s anomaly score against the trigger threshold.',
    shows: [
      'reconstruction error as an anomaly score, on a log scale, against the 1 %-background threshold',
      'typical events of the SM mixture and of three synthetic signals as presets',
      'what happens to the score as you add missing energy or leptons',
    ],
  },
  {
    slug: 'jet-btag-large',
    title: 'b-jet tagging at demo size (1 M parameters)',
    summary:
      'The b-jet tagger with two 1024-wide hidden layers: a 4 MB model whose inference time is spent in the matrix kernels, not in per-call overhead.',
    shows: [
      'per-inference latency of a model big enough for the back end to matter (WebGPU vs WASM)',
      'the same inputs and known examples as the small tagger, with nearly the same answers',
      'that six inputs do not need a million weights: held-out AUC on a par with the 818-parameter model',
    ],
  },
];

/** Readable class names for the bars. */
export const CLASS_NAMES: Readonly<Record<string, string>> = {
  e: 'electron (e)',
  pi: 'pion (π)',
  K: 'kaon (K)',
  p: 'proton (p)',
  light: 'light jet (u, d, s, g)',
  b: 'b jet',
};

/** Features counted in whole numbers (sliders step by 1). */
export function isCountFeature(feature: { name: string; unit: string }): boolean {
  return feature.name.startsWith('n_') || ['tracks', 'jets', 'muons', 'electrons'].includes(feature.unit);
}

/** Words the generated catalog is made of: physics and ML terms as they appear in real model names and cards. */

export const ARCHITECTURES = [
  'ParticleNet', 'ParticleTransformer', 'DeepJet', 'DeepCSV', 'GN1', 'GN2', 'DL1r', 'DeepTau', 'DeepAK8', 'Exa.TrkX',
  'Interaction Network', 'EdgeConv', 'GravNet', 'Deep Sets', 'Energy Flow Network', 'PointNet', 'ResNet', 'U-Net', 'VAE',
  'CaloGAN', 'CaloFlow', 'CaloDiffusion', 'normalising flow', 'autoencoder', 'BDT', 'XGBoost classifier', 'LSTM', 'GRU',
  'transformer', 'graph network', 'MLP', 'CNN', 'capsule network', 'Bayesian network', 'kernel SVM', 'LightGBM ranker',
  'attention network', 'mixture density network', 'set transformer', 'equivariant network',
];

export const SUBJECTS = [
  'b-jet', 'c-jet', 'top', 'W boson', 'Higgs', 'tau', 'muon', 'electron', 'photon', 'pion', 'kaon', 'proton', 'neutron',
  'vertex', 'track', 'cluster', 'shower', 'pile-up', 'MET', 'jet energy', 'jet mass', 'b-hadron', 'long-lived particle',
  'displaced vertex', 'secondary vertex', 'primary vertex', 'calorimeter', 'pixel', 'strip', 'TPC', 'RICH', 'muon chamber',
  'time of flight', 'timing layer', 'forward region', 'barrel', 'endcap', 'luminosity', 'beam loss', 'quench', 'magnet',
  'RF cavity', 'collimator', 'orbit', 'emittance', 'dark photon', 'axion', 'heavy neutral lepton', 'dijet resonance',
  'boosted top', 'hadronic tau', 'soft muon', 'conversion', 'fake jet', 'noise', 'dead channel', 'hot cell', 'alignment',
  'trigger rate', 'event shape', 'jet substructure', 'flavour', 'charge', 'energy scale', 'resolution',
];

export const PURPOSES = [
  'tagger', 'classifier', 'regressor', 'identifier', 'discriminator', 'reconstruction', 'calibration', 'simulator',
  'generator', 'filter', 'selector', 'finder', 'fitter', 'estimator', 'detector', 'emulator', 'surrogate', 'denoiser',
];

export const TAGS = [
  'b-tagging', 'c-tagging', 'boosted', 'graph', 'gnn', 'transformer', 'onnx', 'fpga', 'hls4ml', 'gpu', 'cpu', 'quantised',
  'pruned', 'distilled', 'run3', 'hl-lhc', 'phase2', 'upgrade', 'online', 'offline', 'hlt', 'l1', 'allen', 'cmssw', 'athena',
  'o2', 'gaudi', 'sonic', 'triton', 'simulation', 'fast-sim', 'generative', 'unsupervised', 'anomaly', 'weakly-supervised',
  'domain-adaptation', 'uncertainty', 'calibrated', 'data-driven', 'mc-trained', 'pile-up', 'tracking', 'vertexing',
  'calorimetry', 'muons', 'electrons', 'photons', 'taus', 'jets', 'met', 'pid', 'beam', 'accelerator', 'lhc', 'sps', 'ps',
  'machine-protection', 'operations', 'monitoring', 'dqm', 'alignment', 'calibration', 'regression', 'classification',
  'segmentation', 'clustering', 'ranking', 'equivariant', 'interpretable', 'bayesian', 'ensemble', 'benchmark', 'reference',
];

export const CARD_SENTENCES = [
  'This model identifies {s} candidates using a {a} over reconstructed objects.',
  'It was trained on simulated {s} samples with realistic pile-up conditions.',
  'The {a} takes track and cluster features as input and outputs class probabilities.',
  'Performance is reported as background rejection at fixed signal efficiency.',
  'The model runs in the {t} with a latency budget of a few microseconds.',
  'Inputs are standardised with the mean and width of the training sample.',
  'Known limitations: degraded performance in the {s} region at high pile-up.',
  'A quantised variant is available for deployment on FPGAs through hls4ml.',
  'The training uses a weighted loss to balance the {s} and background classes.',
  'Validation was done on data from a control region enriched in {s} events.',
  'This version replaces the previous {a} with a deeper network and more inputs.',
  'Calibration scale factors are derived in data with tag-and-probe methods.',
];

export const TRIGGER_PLACES = ['high-level trigger', 'level-1 trigger', 'offline reconstruction', 'analysis framework', 'online farm'];

export const LICENSES = ['Apache-2.0', 'MIT', 'CC-BY-4.0', 'BSD-3-Clause', 'GPL-3.0-only', 'LicenseRef-CERN-internal'];

/** (format, framework, precision) combinations a model's versions ship, most models using one or two. */
export const ARTIFACT_KINDS: [string, string, string][] = [
  ['onnx', 'pytorch', 'fp32'],
  ['onnx', 'pytorch', 'fp16'],
  ['onnx', 'tensorflow', 'fp32'],
  ['onnx', 'pytorch', 'int8-qdq'],
  ['torchscript', 'pytorch', 'fp32'],
  ['savedmodel', 'tensorflow', 'fp32'],
  ['keras', 'keras', 'fp32'],
  ['xgboost', 'xgboost', 'fp32'],
  ['lightgbm', 'lightgbm', 'fp32'],
  ['hls4ml', 'keras', 'ap_fixed<16,6>'],
  ['hls4ml', 'pytorch', 'ap_fixed<8,3>'],
  ['sofie', 'pytorch', 'fp32'],
  ['lwtnn', 'keras', 'fp32'],
  ['tflite', 'tensorflow', 'int8'],
  ['onnx', 'jax', 'bf16'],
];

/** Controlled vocabulary of the model and dataset catalog, shared by the database, the API and the site. */

export const MODEL_TASKS = [
  'jet-tagging',
  'tracking',
  'particle-identification',
  'fast-simulation',
  'trigger',
  'vertexing',
  'anomaly-detection',
  'calibration',
  'other',
] as const;
export type ModelTask = (typeof MODEL_TASKS)[number];

export const MODEL_TASK_LABELS: Record<ModelTask, string> = {
  'jet-tagging': 'Jet tagging',
  tracking: 'Tracking',
  'particle-identification': 'Particle identification',
  'fast-simulation': 'Fast simulation',
  trigger: 'Trigger',
  vertexing: 'Vertexing',
  'anomaly-detection': 'Anomaly detection',
  calibration: 'Calibration',
  other: 'Other',
};

export const DATASET_FORMATS = ['root', 'hdf5', 'parquet', 'tfrecord', 'zarr', 'csv', 'other'] as const;
export type DatasetFormat = (typeof DATASET_FORMATS)[number];

export const DATASET_FORMAT_LABELS: Record<DatasetFormat, string> = {
  root: 'ROOT',
  hdf5: 'HDF5',
  parquet: 'Parquet',
  tfrecord: 'TFRecord',
  zarr: 'Zarr',
  csv: 'CSV',
  other: 'Other',
};

export const ARTIFACT_FORMATS = [
  'onnx',
  'torchscript',
  'pytorch-state-dict',
  'savedmodel',
  'keras',
  'tflite',
  'xgboost',
  'lightgbm',
  'lwtnn',
  'hls4ml',
  'sofie',
  'other',
] as const;
export type ArtifactFormat = (typeof ARTIFACT_FORMATS)[number];

export const ARTIFACT_FORMAT_LABELS: Record<ArtifactFormat, string> = {
  onnx: 'ONNX',
  torchscript: 'TorchScript',
  'pytorch-state-dict': 'PyTorch state dict',
  savedmodel: 'TF SavedModel',
  keras: 'Keras',
  tflite: 'TFLite',
  xgboost: 'XGBoost',
  lightgbm: 'LightGBM',
  lwtnn: 'lwtnn JSON',
  hls4ml: 'hls4ml project',
  sofie: 'SOFIE C++',
  other: 'Other',
};

/**
 * Precisions people register. Free text is accepted (fixed-point types have many widths), as
 * long as it looks like one of these forms; see PRECISION_PATTERN.
 */
export const KNOWN_PRECISIONS = [
  'fp64',
  'fp32',
  'tf32',
  'fp16',
  'bf16',
  'fp8',
  'int8',
  'int8-qdq',
  'int4',
  'binary',
  'mixed',
] as const;
export const PRECISION_PATTERN = /^(?:[a-z][a-z0-9-]{0,23}|ap_(?:u?fixed|u?int)<\d{1,3}(?:,\s?-?\d{1,3}){0,3}>)$/;

export const METRIC_SPLITS = ['train', 'validation', 'test', 'held-out', 'other'] as const;
export type MetricSplit = (typeof METRIC_SPLITS)[number];

export const DATASET_ROLES = ['training', 'validation', 'evaluation', 'calibration', 'other'] as const;
export type DatasetRole = (typeof DATASET_ROLES)[number];

export const VERSION_STATUSES = ['registering', 'ready', 'failed'] as const;
export type VersionStatus = (typeof VERSION_STATUSES)[number];

/** Internal entries are visible through the API to their group (and admins) only; never on the site or in search. */
export const VISIBILITIES = ['public', 'internal'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

export const PRODUCER_KINDS = ['simulation', 'data-taking', 'derived', 'other'] as const;
export type ProducerKind = (typeof PRODUCER_KINDS)[number];

export const PRODUCER_KIND_LABELS: Record<ProducerKind, string> = {
  simulation: 'Simulation campaign',
  'data-taking': 'Data-taking period',
  derived: 'Derived from other data',
  other: 'Other',
};

export const DEPLOYMENT_KINDS = ['offline', 'hlt', 'l1-trigger', 'inference-server', 'analysis', 'other'] as const;
export type DeploymentKind = (typeof DEPLOYMENT_KINDS)[number];

export const DEPLOYMENT_KIND_LABELS: Record<DeploymentKind, string> = {
  offline: 'Offline reconstruction',
  hlt: 'High-level trigger',
  'l1-trigger': 'Level-1 trigger (FPGA)',
  'inference-server': 'Inference server',
  analysis: 'Analysis',
  other: 'Other',
};

/** The alias only maintainers may move; any alias can also be marked protected. */
export const PRODUCTION_ALIAS = 'production';
/** Resolved by the hub (newest ready version); cannot be created as an alias. */
export const LATEST_ALIAS = 'latest';

export interface Contact {
  name: string;
  email?: string | undefined;
  url?: string | undefined;
}

export interface ProducedBy {
  kind: ProducerKind;
  /** Campaign or period name, e.g. "MC23a" or "2024 pp, period F". */
  name: string;
  details?: string | undefined;
}

export interface TrainingJob {
  ciUrl?: string | undefined;
  commit?: string | undefined;
  repository?: string | undefined;
  hardware?: string | undefined;
  gpuHours?: number | undefined;
  startedAt?: string | undefined;
  finishedAt?: string | undefined;
}

export function taskLabel(task: string): string {
  return MODEL_TASK_LABELS[task as ModelTask] ?? task;
}

export function artifactFormatLabel(format: string): string {
  return ARTIFACT_FORMAT_LABELS[format as ArtifactFormat] ?? format;
}

export function datasetFormatLabel(format: string): string {
  return DATASET_FORMAT_LABELS[format as DatasetFormat] ?? format;
}

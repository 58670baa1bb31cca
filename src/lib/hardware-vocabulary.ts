/** Controlled vocabulary of the hardware-resource directory, shared by the database, the API and the site. */

export const ACCELERATOR_KINDS = ['gpu', 'fpga', 'cpu', 'other'] as const;
export type AcceleratorKind = (typeof ACCELERATOR_KINDS)[number];
export const ACCELERATOR_KIND_LABELS: Record<AcceleratorKind, string> = {
  gpu: 'GPU',
  fpga: 'FPGA',
  cpu: 'CPU only',
  other: 'Other',
};

export const POOL_ZONES = ['general-purpose', 'technical', 'online'] as const;
export type PoolZone = (typeof POOL_ZONES)[number];
export const POOL_ZONE_LABELS: Record<PoolZone, string> = {
  'general-purpose': 'General-purpose network',
  technical: 'Technical network',
  online: 'Online / UCAP',
};

export const PRECISIONS = ['fp32', 'fp16', 'bf16', 'int8', 'custom'] as const;
export type Precision = (typeof PRECISIONS)[number];
export const PRECISION_LABELS: Record<Precision, string> = {
  fp32: 'FP32',
  fp16: 'FP16',
  bf16: 'BF16',
  int8: 'INT8',
  custom: 'Custom / arbitrary (FPGA)',
};

export const SCHEDULERS = ['htcondor', 'kubernetes', 'slurm', 'interactive'] as const;
export type Scheduler = (typeof SCHEDULERS)[number];
export const SCHEDULER_LABELS: Record<Scheduler, string> = {
  htcondor: 'Batch (HTCondor)',
  kubernetes: 'Kubernetes',
  slurm: 'Slurm',
  interactive: 'Interactive',
};

export const AVAILABILITIES = ['dedicated', 'opportunistic', 'shared'] as const;
export type Availability = (typeof AVAILABILITIES)[number];
export const AVAILABILITY_LABELS: Record<Availability, string> = {
  dedicated: 'Dedicated',
  opportunistic: 'Opportunistic',
  shared: 'Shared',
};

export const POOL_STATUSES = ['up', 'degraded', 'down'] as const;
export type PoolStatus = (typeof POOL_STATUSES)[number];
export const POOL_STATUS_LABELS: Record<PoolStatus, string> = {
  up: 'Up',
  degraded: 'Degraded',
  down: 'Down',
};

export const CAPACITY_SOURCES = ['api', 'webhook'] as const;
export type CapacitySource = (typeof CAPACITY_SOURCES)[number];

/** One kind of accelerator in a pool; null fields are not recorded. */
export interface Accelerator {
  kind: AcceleratorKind;
  vendor: string | null;
  model: string | null;
  memoryGb: number | null;
  /** How many in the whole pool (null: not recorded). */
  count: number | null;
  /** How many per node, when the pool is built of like nodes. */
  perNode: number | null;
}

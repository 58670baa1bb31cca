/** Controlled vocabulary of the tools directory, shared by the database, the API and the site. */

export const TOOL_CATEGORIES = [
  'training-platform',
  'notebook-interactive',
  'batch-hpc',
  'inference-serving',
  'compiler-conversion',
  'hyperparameter-optimisation',
  'storage-data',
  'mlops-tracking',
  'library',
  'compute-resource',
  'community',
] as const;
export type ToolCategory = (typeof TOOL_CATEGORIES)[number];

export const TOOL_CATEGORY_LABELS: Record<ToolCategory, string> = {
  'training-platform': 'Training platform',
  'notebook-interactive': 'Notebook / interactive',
  'batch-hpc': 'Batch / HPC',
  'inference-serving': 'Inference / serving',
  'compiler-conversion': 'Compiler / conversion',
  'hyperparameter-optimisation': 'Hyper-parameter optimisation',
  'storage-data': 'Storage / data',
  'mlops-tracking': 'MLOps / tracking',
  library: 'Library',
  'compute-resource': 'Compute resource',
  community: 'Community',
};

export const LIFECYCLES = ['experimental', 'production', 'deprecated'] as const;
export type Lifecycle = (typeof LIFECYCLES)[number];

export const TOOL_STATUSES = ['pending', 'published'] as const;
export type ToolStatus = (typeof TOOL_STATUSES)[number];

export const NETWORK_ZONES = ['general-purpose', 'technical', 'internet'] as const;
export type NetworkZone = (typeof NETWORK_ZONES)[number];

export const NETWORK_ZONE_LABELS: Record<NetworkZone, string> = {
  'general-purpose': 'General-purpose network',
  technical: 'Technical network',
  internet: 'Public internet',
};

/** Experiments and sectors that use tools; free text is allowed, these are the known ones. */
export const EXPERIMENTS = ['ATLAS', 'CMS', 'ALICE', 'LHCb', 'ATS', 'IT'] as const;

export interface AccessStep {
  /** What to do, in a sentence. */
  text: string;
  /** A command or snippet to copy, when there is one. */
  command?: string;
}

export interface ToolRequirements {
  /** Which account is needed, e.g. "CERN computing account"; null when none or unknown. */
  account: string | null;
  networkZones: NetworkZone[];
  notes: string[];
}

export interface HardwareOffer {
  kind: 'GPU' | 'CPU' | 'FPGA' | 'storage' | 'other';
  model: string | null;
  count: number | null;
  notes: string | null;
}

export interface ToolLinks {
  homepage?: string;
  docs?: string;
  repository?: string;
  support?: string;
}

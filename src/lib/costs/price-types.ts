/** Shapes of a versioned cloud price table. Plain JSON-able data so rows can live in the DB. */

export const PRICE_KINDS = ['gpu_vm', 'gpu_only', 'storage', 'egress', 'ingress'] as const;
export type PriceKind = (typeof PRICE_KINDS)[number];

export const PROVIDERS = ['aws', 'gcp', 'azure'] as const;
export type Provider = (typeof PROVIDERS)[number];

export const PRICE_UNITS = ['hour', 'GB-month', 'GB'] as const;
export type PriceUnit = (typeof PRICE_UNITS)[number];

/**
 * A spot price as the catalog gives it: one figure, or a min-max range across zones.
 * `minUsd === maxUsd` for a single figure.
 */
export interface SpotPrice {
  minUsd: number;
  maxUsd: number;
  /** true when the source gave a range ("2.47-8.19 (varies by zone)") */
  isRange: boolean;
  /** the cell as read, for display */
  raw: string;
}

/** The host VM a `gpu_only` GPU must be attached to (GCP prices the GPU apart from its host). */
export interface HostVmPrice {
  sku: string;
  onDemandUsd: number;
  /** null when the source gives no spot figure for the host */
  spotUsd: number | null;
}

/**
 * Bounds of one tier, in GB of cumulative monthly volume (1 TB = 1024 GB, see units.ts).
 * `toGb` null = unbounded.
 */
export interface VolumeTier {
  fromGb: number;
  toGb: number | null;
}

/** Which egress price ladder a row belongs to: AWS/Azure have one ("internet"); GCP has two network tiers. */
export type EgressNetwork = 'internet' | 'premium' | 'standard';

export const PRICE_FLAG_CODES = [
  'spot_above_on_demand',
  'regional_price_spread',
  'accelerator_count_disputed',
  'spot_missing',
  'old_catalog_version',
  'host_vm_missing',
  'host_spot_missing',
  'unverified_source',
  'marked_anomaly',
] as const;
export type PriceFlagCode = (typeof PRICE_FLAG_CODES)[number];

/** An anomaly found in a row. `warning` flags are repeated as warnings on every estimate that uses the row. */
export interface PriceFlag {
  code: PriceFlagCode;
  severity: 'warning' | 'info';
  message: string;
}

export interface PriceRow {
  /** stable within a price version: `${provider}:${region}:${kind}:${sku}` */
  id: string;
  kind: PriceKind;
  provider: Provider;
  region: string;
  sku: string;
  /** canonical GPU name (A100-80GB …) for gpu rows, else null */
  accelerator: string | null;
  /** GPUs per instance for gpu_vm; GPUs per priced unit (1) for gpu_only; null otherwise */
  acceleratorCount: number | null;
  unit: PriceUnit;
  onDemandUsd: number;
  spot: SpotPrice | null;
  /** gpu_only rows: the host VM part, or null when the source did not give it (flagged host_vm_missing) */
  host: HostVmPrice | null;
  /** egress and storage rows whose SKU names a volume tier */
  tier: VolumeTier | null;
  /** egress rows: which ladder the tier belongs to */
  network: EgressNetwork | null;
  /** storage rows: class name without provider prefix or tier suffix ("standard") */
  storageClass: string | null;
  source: string;
  /** YYYY-MM or YYYY-MM-DD: the date the figure was read, to the precision recorded */
  retrieved: string;
  note: string;
  flags: PriceFlag[];
}

export interface PriceVersion {
  id: string;
  /** YYYY-MM-DD */
  effectiveDate: string;
  note: string;
  rows: PriceRow[];
}

import type { Campaign } from './campaign-input';
import type { PriceFlagCode, Provider } from './price-types';

export const COST_CATEGORIES = ['compute', 'storage', 'transfer'] as const;
export type CostCategory = (typeof COST_CATEGORIES)[number];

/** Where a figure comes from: a price row (or an on-prem assumption), its source and date. */
export interface PriceRef {
  id: string;
  sku: string;
  source: string;
  retrieved: string;
  /** codes of the row's anomaly flags, empty when clean */
  flags: PriceFlagCode[];
  /** true for the lab's own rates: assumptions, not list prices */
  assumption: boolean;
}

/** One priced line, infracost-style: quantity × unit price = cost. */
export interface CostComponent {
  category: CostCategory;
  name: string;
  unit: string;
  quantity: number;
  unitPriceUsd: number;
  /** quantity × unitPriceUsd rounded to the cent */
  costUsd: number;
  priceRow: PriceRef;
}

export const ESTIMATE_WARNING_CODES = [
  'flagged_price_row',
  'gpu_not_offered',
  'no_spot_price',
  'spot_capped_at_on_demand',
  'host_vm_missing',
  'host_spot_missing',
  'idle_gpus',
  'multi_node_job',
  'no_storage_price',
  'storage_beyond_tier',
  'no_egress_price',
  'egress_beyond_tiers',
  'no_ingress_price',
  'no_on_prem_rate',
  'no_prices_for_region',
  'incomplete_option',
  'placeholder_rate',
] as const;
export type EstimateWarningCode = (typeof ESTIMATE_WARNING_CODES)[number];

export interface EstimateWarning {
  code: EstimateWarningCode;
  message: string;
  priceRowId?: string;
}

/** Something the campaign needs that the price version cannot price: the total leaves it out. */
export interface UnpricedItem {
  category: CostCategory;
  name: string;
  reason: string;
}

/** A figure the hub only holds a placeholder for (the lab's own rate): shown, never ranked. */
export interface PlaceholderFigure {
  field: 'usdPerGpuHour' | 'usdPerTbMonth';
  placeholderUsd: number;
  unit: string;
  /** what the visitor should enter, e.g. "enter your site's cost per GPU-hour" */
  fillIn: string;
}

/** How the GPUs of one job are rented in a cloud option. */
export interface InstancePlan {
  priceRowId: string;
  sku: string;
  /** GPUs per rented unit: instance GPUs for gpu_vm, 1 for a GPU priced apart from its host */
  gpusPerInstance: number;
  instancesPerJob: number;
  idleGpusPerJob: number;
  /** spot $/h actually used per unit, after range choice and capping (null when spot share is 0) */
  spotUsdUsed: number | null;
}

export interface OptionEstimate {
  /** "aws:us-east-1", "on-prem" */
  id: string;
  kind: 'cloud' | 'on-prem';
  provider: Provider | 'on-prem';
  region: string | null;
  label: string;
  instance: InstancePlan | null;
  components: CostComponent[];
  subtotals: Record<CostCategory, number>;
  totalUsd: number;
  /** false when something in `unpriced` is missing from the total: such options are not ranked */
  complete: boolean;
  unpriced: UnpricedItem[];
  /** placeholder figures in the total: such an option is not ranked until they are filled in */
  placeholders: PlaceholderFigure[];
  warnings: EstimateWarning[];
}

export interface Estimate {
  priceVersion: { id: string; effectiveDate: string; note: string };
  campaign: Campaign;
  options: OptionEstimate[];
  /** cheapest complete option without placeholder figures (cloud or on-prem); null when there is none */
  cheapest: { optionId: string; totalUsd: number } | null;
  cheapestCloud: { optionId: string; totalUsd: number } | null;
  assumptions: string[];
  warnings: EstimateWarning[];
}

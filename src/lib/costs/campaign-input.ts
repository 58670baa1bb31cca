import { z } from 'zod';
import { PROVIDERS } from './price-types';

/** The lab's own resources: no public figure exists, so this is always an assumption with a source. */
/** Far above any real rate, and low enough that every total within the input bounds stays finite. */
export const MAX_ON_PREM_RATES = { usdPerGpuHour: 10_000, usdPerTbMonth: 1_000_000 } as const;
/** The largest unit price a price row may carry (per hour, GB-month or GB). */
export const MAX_UNIT_PRICE_USD = 1_000_000;

export const ON_PREM_RATE_FIELDS = ['usdPerGpuHour', 'usdPerTbMonth'] as const;
export type OnPremRateField = (typeof ON_PREM_RATE_FIELDS)[number];

export const onPremRateSchema = z.object({
  usdPerGpuHour: z.number().nonnegative().max(MAX_ON_PREM_RATES.usdPerGpuHour),
  usdPerTbMonth: z.number().nonnegative().max(MAX_ON_PREM_RATES.usdPerTbMonth),
  source: z.string().trim().min(1),
  /** when the rate was set or read (YYYY-MM or YYYY-MM-DD); shown as the figure's date */
  asOf: z.string().trim().min(1).optional(),
  /**
   * Figures that are the hub's placeholder, not a site's cost: an option priced with one is shown
   * but never ranked, and says which figure to fill in.
   */
  placeholderFields: z.array(z.enum(ON_PREM_RATE_FIELDS)).optional(),
});
export type OnPremRate = z.infer<typeof onPremRateSchema>;

export const optionTargetSchema = z.union([
  z.object({ provider: z.enum(PROVIDERS), region: z.string().trim().min(1).optional() }),
  z.object({ provider: z.literal('on-prem') }),
]);
export type OptionTarget = z.infer<typeof optionTargetSchema>;

/**
 * A training campaign to price. Exported for the API and CLI to validate requests with the same rules.
 * Defaults make `--dataset-tb 20 --gpu A100-80GB --gpus 4 --hours 36 --jobs 50 --egress 2` a full request.
 */
export const campaignInputSchema = z.object({
  /** dataset size in billing TB (1 TB = 1024 GB, see units.ts) */
  datasetTb: z.number().nonnegative().max(1e6),
  /** times the whole dataset leaves the cloud (to the internet / the lab) */
  egressCount: z.number().nonnegative().max(1000).default(1),
  /** billing months the egress is spread over evenly; tiers restart each month */
  egressMonths: z.number().int().min(1).max(120).default(1),
  /** times the whole dataset is uploaded into the cloud */
  ingressCount: z.number().nonnegative().max(1000).default(1),
  storageMonths: z.number().nonnegative().max(120).default(1),
  storageClass: z.string().trim().min(1).default('standard'),
  /** GPU name as in the price table (A100-80GB, A100-40GB, H100-80GB, L4, T4); matched case-insensitively */
  gpuType: z.string().trim().min(1),
  gpusPerJob: z.number().int().min(1).max(64).default(1),
  hoursPerJob: z.number().positive().max(100_000),
  /** hyper-parameter trials × retrainings */
  jobs: z.number().int().min(1).max(1_000_000).default(1),
  /** share of compute hours bought as spot / preemptible (0..1) */
  spotShare: z.number().min(0).max(1).default(0),
  /** which end of a zone-dependent spot range to use: `max` (default, conservative) or `min` (best zone) */
  spotPrice: z.enum(['max', 'min']).default('max'),
  /** `single-node`: each job's GPUs on one machine; `cheapest`: may split a job across smaller machines */
  placement: z.enum(['single-node', 'cheapest']).default('single-node'),
  /** GCP egress ladder; AWS and Azure have a single internet ladder */
  networkTier: z.enum(['premium', 'standard']).default('premium'),
  /** providers/regions to compare; default: every cloud region in the price version, plus on-prem */
  options: z.array(optionTargetSchema).min(1).optional(),
  /** overrides the hub's configured on-prem rate */
  onPrem: onPremRateSchema.optional(),
});

export type CampaignInput = z.input<typeof campaignInputSchema>;
export type Campaign = z.output<typeof campaignInputSchema>;

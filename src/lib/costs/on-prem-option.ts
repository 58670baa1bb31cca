import type { Campaign, OnPremRate, OnPremRateField } from './campaign-input';
import type { CostComponent, PlaceholderFigure, PriceRef } from './estimate-types';
import { component } from './price-ref';
import { GB_PER_TB } from './units';

/**
 * A placeholder rate for demos and tests, NOT a measured figure: no public per-GPU-hour cost of
 * a lab's own resources is known (cloud-prices.md). Deployments set their own in the hub config.
 */
export const ILLUSTRATIVE_ON_PREM_RATE: OnPremRate = {
  usdPerGpuHour: 1.0,
  usdPerTbMonth: 5.0,
  source: 'illustrative assumption, not a measured figure: set the lab rate in the hub configuration',
  placeholderFields: ['usdPerGpuHour', 'usdPerTbMonth'],
};

/** What to fill in for each placeholder figure, in the visitor's words. */
export const PLACEHOLDER_FILL_IN: Record<OnPremRateField, string> = {
  usdPerGpuHour: "enter your site's cost per GPU-hour",
  usdPerTbMonth: "enter your site's storage cost per TB-month",
};

/**
 * The placeholder figures this campaign actually uses (storage only when the dataset is kept),
 * each with what to fill in. An on-prem option with any is shown but not ranked.
 */
export function onPremPlaceholders(c: Campaign, rate: OnPremRate): PlaceholderFigure[] {
  const used: OnPremRateField[] = [
    'usdPerGpuHour',
    ...(c.datasetTb * c.storageMonths > 0 ? ['usdPerTbMonth' as const] : []),
  ];
  const unit: Record<OnPremRateField, string> = { usdPerGpuHour: 'GPU-hour', usdPerTbMonth: 'TB-month' };
  return used
    .filter((f) => rate.placeholderFields?.includes(f))
    .map((f) => ({ field: f, placeholderUsd: rate[f], unit: unit[f], fillIn: PLACEHOLDER_FILL_IN[f] }));
}

function ref(id: string, sku: string, rate: OnPremRate, source = rate.source): PriceRef {
  return { id, sku, source, retrieved: rate.asOf ?? 'not dated', flags: [], assumption: true };
}

/**
 * The lab's own resources: GPU-hours the jobs actually use (no whole-instance rounding, no spot),
 * the dataset stored at the TB-month rate, and no per-GB charge for the lab's network.
 */
export function priceOnPrem(c: Campaign, rate: OnPremRate): CostComponent[] {
  const components: CostComponent[] = [];
  const gpuHours = c.gpusPerJob * c.hoursPerJob * c.jobs;
  components.push(
    component(
      'compute',
      `${c.gpuType} GPU-hours on the lab's resources`,
      'GPU-hour',
      gpuHours,
      rate.usdPerGpuHour,
      ref('on-prem:gpu-hour', 'on-prem GPU-hour', rate),
    ),
  );
  const tbMonths = c.datasetTb * c.storageMonths;
  if (tbMonths > 0) {
    components.push(
      component(
        'storage',
        `dataset on the lab's storage, ${c.datasetTb} TB × ${c.storageMonths} month(s)`,
        'TB-month',
        tbMonths,
        rate.usdPerTbMonth,
        ref('on-prem:tb-month', 'on-prem TB-month', rate),
      ),
    );
  }
  const movedGb = c.datasetTb * GB_PER_TB * c.egressCount;
  if (movedGb > 0) {
    components.push(
      component(
        'transfer',
        `dataset sent out over the lab network (${c.egressCount} × dataset)`,
        'GB',
        movedGb,
        0,
        ref('on-prem:transfer', 'on-prem network', rate, 'assumption: the lab network is not charged per GB'),
      ),
    );
  }
  return components;
}

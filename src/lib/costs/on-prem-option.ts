import type { Campaign, OnPremRate } from './campaign-input';
import type { PriceRef } from './estimate-types';
import type { CostComponent } from './estimate-types';
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
};

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

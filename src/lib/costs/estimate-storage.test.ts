import { describe, expect, it } from 'vitest';
import { initialPriceVersion } from '../../../db/seed/prices/initial';
import { estimateCampaign } from './estimate-campaign';

const rate = { usdPerGpuHour: 1, usdPerTbMonth: 5, source: 'test rate' };
function storage(datasetTb: number, storageMonths: number) {
  const e = estimateCampaign(
    { datasetTb, storageMonths, egressCount: 0, ingressCount: 0, gpuType: 'A100-40GB', hoursPerJob: 1 },
    initialPriceVersion,
    rate,
  );
  return (id: string) => e.options.find((o) => o.id === id);
}

describe('storage across months', () => {
  it('bills GB × months at each cloud’s GB-month price and TB × months on-prem', () => {
    const at = storage(5, 3);
    // 5 TB = 5120 GB; × 3 months = 15360 GB-month
    expect(
      at('aws:us-east-1')
        ?.components.filter((c) => c.category === 'storage')
        .map((c) => [c.quantity, c.unitPriceUsd, c.costUsd]),
    ).toEqual([
      [15360, 0.023, 353.28], // 15360 × 0.023
    ]);
    expect(at('gcp:us-central1')?.subtotals.storage).toBe(307.2); // 15360 × 0.020
    expect(at('on-prem')?.subtotals.storage).toBe(75); // 5 TB × 3 months × $5
  });

  it('one month is a third of three', () => {
    expect(storage(5, 1)('aws:us-east-1')?.subtotals.storage).toBe(117.76); // 5120 × 0.023
  });

  it('no storage price (Azure): unpriced and warned, the option is not ranked', () => {
    const azure = storage(5, 3)('azure:eastus');
    expect(azure?.subtotals.storage).toBe(0);
    expect(azure?.complete).toBe(false);
    expect(azure?.warnings.map((w) => w.code)).toContain('no_storage_price');
  });

  it('beyond the first S3 tier (50 TB) the first-tier rate is kept and warned about', () => {
    const aws = storage(60, 1)('aws:us-east-1');
    expect(aws?.subtotals.storage).toBe(1413.12); // 61440 GB × 0.023
    expect(aws?.warnings.find((w) => w.code === 'storage_beyond_tier')?.message).toMatch(
      /^10240 GB lie beyond the last priced tier s3-standard-first-50TB/,
    );
  });

  it('zero months store nothing and need no price', () => {
    const azure = storage(5, 0)('azure:eastus');
    expect(azure?.components.some((c) => c.category === 'storage')).toBe(false);
    expect(azure?.complete).toBe(true);
  });
});

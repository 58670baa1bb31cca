import { describe, expect, it } from 'vitest';
import { initialPriceVersion } from '../../../db/seed/prices/initial';
import { estimateCampaign } from './estimate-campaign';
import type { CampaignInput } from './campaign-input';

/** Only egress: no storage, no ingress; compute (one A100 hour, fully priced everywhere) is ignored. */
function egressOnly(datasetTb: number, extra: Partial<CampaignInput> = {}) {
  const e = estimateCampaign(
    { datasetTb, egressCount: 1, ingressCount: 0, storageMonths: 0, gpuType: 'A100-40GB', hoursPerJob: 1, ...extra },
    initialPriceVersion,
    null,
  );
  const by = (id: string) => e.options.find((o) => o.id === id);
  return { e, aws: by('aws:us-east-1'), gcp: by('gcp:us-central1'), azure: by('azure:eastus') };
}
const tierCosts = (
  o: { components: { category: string; quantity: number; unitPriceUsd: number; costUsd: number }[] } | undefined,
) => o?.components.filter((c) => c.category === 'transfer').map((c) => [c.quantity, c.unitPriceUsd, c.costUsd]);

describe('egress tiers applied cumulatively to one month', () => {
  it('12 TB on AWS: free 100 GB, then $0.09 to 10 TB, then $0.085', () => {
    const { aws } = egressOnly(12);
    // 12 TB = 12 × 1024 = 12288 GB
    expect(tierCosts(aws)).toEqual([
      [100, 0, 0], // 0–100 GB free allowance
      [10140, 0.09, 912.6], // 10240 − 100 = 10140 GB × 0.09 = 912.60
      [2048, 0.085, 174.08], // 12288 − 10240 = 2048 GB × 0.085 = 174.08
    ]);
    expect(aws?.subtotals.transfer).toBe(1086.68); // 0 + 912.60 + 174.08
  });

  it('60 TB on AWS reaches the "next 100 TB" tier', () => {
    const { aws } = egressOnly(60);
    // 60 TB = 61440 GB
    expect(tierCosts(aws)).toEqual([
      [100, 0, 0],
      [10140, 0.09, 912.6], // 10140 × 0.09
      [40960, 0.085, 3481.6], // 51200 − 10240 = 40960 × 0.085 = 3481.60
      [10240, 0.07, 716.8], // 61440 − 51200 = 10240 × 0.07 = 716.80
    ]);
    expect(aws?.subtotals.transfer).toBe(5111); // 912.60 + 3481.60 + 716.80 = 5111.00
  });

  it('12 TB on GCP premium: $0.12 to 1 TB, $0.11 to 10 TB, $0.08 beyond', () => {
    const { gcp } = egressOnly(12);
    expect(tierCosts(gcp)).toEqual([
      [1024, 0.12, 122.88], // 1024 × 0.12
      [9216, 0.11, 1013.76], // (10240 − 1024) × 0.11
      [2048, 0.08, 163.84], // (12288 − 10240) × 0.08
    ]);
    expect(gcp?.subtotals.transfer).toBe(1300.48); // 122.88 + 1013.76 + 163.84
  });

  it('60 TB on GCP premium', () => {
    const { gcp } = egressOnly(60);
    // 122.88 + 1013.76 + (61440 − 10240 = 51200) × 0.08 = 4096.00 → 5232.64
    expect(tierCosts(gcp)?.at(-1)).toEqual([51200, 0.08, 4096]);
    expect(gcp?.subtotals.transfer).toBe(5232.64);
  });

  it('12 TB on Azure', () => {
    const { azure } = egressOnly(12);
    expect(tierCosts(azure)).toEqual([
      [100, 0, 0],
      [10140, 0.0875, 887.25], // 10140 × 0.0875 = 887.25
      [2048, 0.083, 169.98], // 2048 × 0.083 = 169.984 → 169.98
    ]);
    expect(azure?.subtotals.transfer).toBe(1057.23); // 887.25 + 169.98
  });

  it('60 TB on Azure', () => {
    const { azure } = egressOnly(60);
    // 887.25 + 40960 × 0.083 (= 3399.68) + 10240 × 0.07 (= 716.80) = 5003.73
    expect(azure?.subtotals.transfer).toBe(5003.73);
  });
});

describe('free allowances', () => {
  it('64 GB a month leaves AWS and Azure for free but not GCP, which has no free row', () => {
    const { aws, gcp, azure } = egressOnly(0.0625); // 0.0625 × 1024 = 64 GB
    expect(tierCosts(aws)).toEqual([[64, 0, 0]]);
    expect(azure?.subtotals.transfer).toBe(0);
    expect(gcp?.subtotals.transfer).toBe(7.68); // 64 × 0.12
  });

  it('256 GB: the first 100 GB are free on AWS and Azure', () => {
    const { aws, gcp, azure } = egressOnly(0.25); // 256 GB
    expect(aws?.subtotals.transfer).toBe(14.04); // (256 − 100) × 0.09 = 156 × 0.09
    expect(azure?.subtotals.transfer).toBe(13.65); // 156 × 0.0875
    expect(gcp?.subtotals.transfer).toBe(30.72); // 256 × 0.12
  });

  it('spreading egress over two months restarts the tiers and the allowance each month', () => {
    // 24 TB in one month = 24576 GB: 10140 × 0.09 = 912.60 + (24576 − 10240 = 14336) × 0.085 = 1218.56 → 2131.16
    expect(egressOnly(24).aws?.subtotals.transfer).toBe(2131.16);
    // two months of 12288 GB: 2 × 100 free; 2 × 10140 = 20280 × 0.09 = 1825.20; 2 × 2048 = 4096 × 0.085 = 348.16 → 2173.36
    const spread = egressOnly(24, { egressMonths: 2 }).aws;
    expect(tierCosts(spread)).toEqual([
      [200, 0, 0],
      [20280, 0.09, 1825.2],
      [4096, 0.085, 348.16],
    ]);
    expect(spread?.subtotals.transfer).toBe(2173.36);
  });

  it('egress counts multiply the volume: 6 TB twice is 12 TB in the month', () => {
    expect(egressOnly(6, { egressCount: 2 }).aws?.subtotals.transfer).toBe(1086.68);
  });
});

describe('ingress and ladders that stop', () => {
  it('prices ingress at the free ingress row with its source', () => {
    const { aws } = egressOnly(1, { egressCount: 0, ingressCount: 3 });
    const ingress = aws?.components.find((c) => c.name.startsWith('ingress'));
    expect(ingress).toMatchObject({
      quantity: 3072,
      unitPriceUsd: 0,
      costUsd: 0,
      priceRow: { id: 'aws:us-east-1:ingress:internet-ingress', retrieved: '2026-11' },
    });
  });

  it('GCP standard tier knows only 0–10 TB: the rest is reported unpriced, not guessed', () => {
    const { gcp } = egressOnly(12, { networkTier: 'standard' });
    expect(tierCosts(gcp)).toEqual([[10240, 0.085, 870.4]]); // 10240 × 0.085
    expect(gcp?.complete).toBe(false);
    expect(gcp?.warnings.map((w) => w.code)).toContain('egress_beyond_tiers');
    expect(gcp?.unpriced[0]?.name).toBe('egress beyond 10 TB a month');
  });
});

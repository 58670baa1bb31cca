import { describe, expect, it } from 'vitest';
import { initialPriceVersion } from '../../../db/seed/prices/initial';
import { allowanceReadings, shiftAfterAllowance } from './egress-allowance';
import { allowanceAssumption } from './estimate-assumptions';
import { estimateCampaign } from './estimate-campaign';
import { campaignInputSchema } from './campaign-input';
import type { PriceRow } from './price-types';

const egressOf = (provider: string, region: string): PriceRow[] =>
  initialPriceVersion.rows.filter((r) => r.kind === 'egress' && r.provider === provider && r.region === region);
const campaign = (datasetTb: number, egressMonths = 1) =>
  campaignInputSchema.parse({ datasetTb, gpuType: 'L4', hoursPerJob: 1, egressCount: 1, egressMonths });

describe('the free 100 GB egress allowance, read both ways', () => {
  it('moves every bound above the allowance up by it, keeping the tier that starts at it', () => {
    const shifted = shiftAfterAllowance(egressOf('aws', 'us-east-1'), 100).map((r) => r.tier);
    expect(shifted).toEqual([
      { fromGb: 0, toGb: 100 },
      { fromGb: 100, toGb: 10_340 },
      { fromGb: 10_340, toGb: 51_300 },
      { fromGb: 51_300, toGb: 153_700 },
      { fromGb: 153_700, toGb: null },
    ]);
  });

  it('at 60 TB in one month: AWS $2.00 and Azure $1.75 apart, worked out by hand', () => {
    // AWS, used: 10140 × 0.09 + 40960 × 0.085 + 10240 × 0.07 = 912.60 + 3481.60 + 716.80 = 5111.00
    // AWS, other: 10240 × 0.09 + 40960 × 0.085 + 10140 × 0.07 = 921.60 + 3481.60 + 709.80 = 5113.00
    expect(allowanceReadings(campaign(60), egressOf('aws', 'us-east-1'), 'AWS us-east-1')).toMatchObject({
      allowanceGb: 100,
      monthlyGb: 61_440,
      usedUsd: 5111,
      otherUsd: 5113,
      differenceUsd: 2,
    });
    // Azure: 100 × (0.0875 − 0.083) + 100 × (0.083 − 0.07) = 0.45 + 1.30
    expect(allowanceReadings(campaign(60), egressOf('azure', 'eastus'), 'Azure eastus')?.differenceUsd).toBe(1.75);
  });

  it('GCP has no free allowance: nothing to compare', () => {
    expect(allowanceReadings(campaign(60), egressOf('gcp', 'us-central1'), 'Google Cloud us-central1')).toBeNull();
  });

  it('states the convention and the computed difference in the estimate’s assumptions', () => {
    const e = estimateCampaign({ datasetTb: 60, gpuType: 'L4', hoursPerJob: 1 }, initialPriceVersion, null);
    const text = e.assumptions.find((a) => a.startsWith('Free egress allowance'));
    expect(text).toContain('convention used: tier bounds are absolute monthly volumes that include the free allowance');
    expect(text).toContain('AWS us-east-1: $5,111.00 → $5,113.00 (+$2.00)');
    expect(text).toContain('Azure eastus: $5,003.73 → $5,005.48 (+$1.75)');
    expect(text).toContain('the two readings differ by $1.75–$2.00 for this campaign');
    expect(e.assumptions.join(' ')).not.toContain('$0.50');
  });

  it('says both readings agree when a month stays below the first moved bound', () => {
    const readings = [allowanceReadings(campaign(5), egressOf('aws', 'us-east-1'), 'AWS us-east-1')!];
    expect(allowanceAssumption(readings)).toContain(
      'for this campaign both readings give the same egress cost (5120 GB a month stays below the first bound that moves, 10 TB)',
    );
  });

  it('spreads over months: 120 TB over 2 months is twice the 60 TB month', () => {
    expect(allowanceReadings(campaign(120, 2), egressOf('aws', 'us-east-1'), 'AWS us-east-1')).toMatchObject({
      monthlyGb: 61_440,
      months: 2,
      differenceUsd: 4,
    });
  });
});

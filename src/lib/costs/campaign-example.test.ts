import { describe, expect, it } from 'vitest';
import { initialPriceVersion } from '../../../db/seed/prices/initial';
import { estimateCampaign } from './estimate-campaign';
import { ILLUSTRATIVE_ON_PREM_RATE } from './on-prem-option';

/**
 * The example: `hub cost estimate --dataset-tb 20 --gpu A100-80GB --gpus 4 --hours 36 --jobs 50 --egress 2`,
 * defaults for the rest (ingress 1×, 1 month of standard storage, spot share 0, egress in one month,
 * single-node placement, GCP premium network), on-prem at the illustrative $1/GPU-h and $5/TB-month.
 * Every figure below was worked out by hand from db/seed/prices/cloud-prices.csv.
 */
const estimate = estimateCampaign(
  { datasetTb: 20, gpuType: 'A100-80GB', gpusPerJob: 4, hoursPerJob: 36, jobs: 50, egressCount: 2 },
  initialPriceVersion,
  ILLUSTRATIVE_ON_PREM_RATE,
);
const lines = (id: string) =>
  estimate.options
    .find((o) => o.id === id)
    ?.components.map((c) => [c.category, c.priceRow.id.split(':').at(-1), c.quantity, c.unitPriceUsd, c.costUsd]);
const option = (id: string) => estimate.options.find((o) => o.id === id);

describe('20 TB, 50-trial A100-80GB campaign across three clouds and on-prem', () => {
  it('AWS us-east-1: one p4de.24xlarge per job (4 of its 8 GPUs idle)', () => {
    expect(lines('aws:us-east-1')).toEqual([
      ['compute', 'p4de.24xlarge', 1800, 27.44705, 49404.69], // ceil(4/8)=1 × 36 h × 50 = 1800 h × 27.44705 = 49404.69
      ['storage', 's3-standard-first-50TB', 20480, 0.023, 471.04], // 20 × 1024 GB × 1 month × 0.023
      ['transfer', 'internet-ingress', 20480, 0, 0],
      ['transfer', 'internet-first-100GB-month', 100, 0, 0], // egress 2 × 20 TB = 40960 GB in one month
      ['transfer', 'internet-up-to-10TB', 10140, 0.09, 912.6], // (10240 − 100) × 0.09
      ['transfer', 'internet-next-40TB', 30720, 0.085, 2611.2], // (40960 − 10240) × 0.085
    ]);
    expect(option('aws:us-east-1')?.subtotals).toEqual({ compute: 49404.69, storage: 471.04, transfer: 3523.8 });
    expect(option('aws:us-east-1')?.totalUsd).toBe(53399.53); // 49404.69 + 471.04 + 3523.80
  });

  it('Google Cloud us-central1: 4 GPUs priced apart, each with a 1-GPU host share', () => {
    expect(lines('gcp:us-central1')).toEqual([
      ['compute', 'nvidia-a100-80gb', 7200, 1.8462, 13292.64], // 4 × 36 × 50 = 7200 GPU-h × 1.8462
      ['compute', 'nvidia-a100-80gb', 7200, 1.09962, 7917.26], // host a2-ultragpu-1g: 7200 × 1.09962 = 7917.264
      ['storage', 'standard', 20480, 0.02, 409.6], // 20480 × 0.020
      ['transfer', 'internet-ingress', 20480, 0, 0],
      ['transfer', 'premium-0-1TB', 1024, 0.12, 122.88], // 1024 × 0.12
      ['transfer', 'premium-1-10TB', 9216, 0.11, 1013.76], // 9216 × 0.11
      ['transfer', 'premium-over-10TB', 30720, 0.08, 2457.6], // (40960 − 10240) × 0.08
    ]);
    expect(option('gcp:us-central1')?.subtotals).toEqual({ compute: 21209.9, storage: 409.6, transfer: 3594.24 });
    expect(option('gcp:us-central1')?.totalUsd).toBe(25213.74); // 21209.90 + 409.60 + 3594.24
    // the row's spot anomaly does not matter at spot share 0
    expect(option('gcp:us-central1')?.warnings).toEqual([]);
  });

  it('Azure eastus: one ND96amsr_A100_v4 per job, storage not priced', () => {
    expect(lines('azure:eastus')).toEqual([
      ['compute', 'Standard_ND96amsr_A100_v4', 1800, 32.77, 58986], // 1800 h × 32.77
      ['transfer', 'internet-ingress', 20480, 0, 0],
      ['transfer', 'internet-first-100GB-month', 100, 0, 0],
      ['transfer', 'internet-up-to-10TB', 10140, 0.0875, 887.25], // 10140 × 0.0875
      ['transfer', 'internet-next-40TB', 30720, 0.083, 2549.76], // 30720 × 0.083
    ]);
    const azure = option('azure:eastus');
    expect(azure?.totalUsd).toBe(62423.01); // 58986.00 + 887.25 + 2549.76, without storage
    expect(azure?.complete).toBe(false);
    expect(azure?.warnings.map((w) => w.code)).toEqual(['idle_gpus', 'flagged_price_row', 'no_storage_price']);
  });

  it('on-prem: GPU-hours and TB-months at the placeholder rate, saying what to fill in', () => {
    expect(lines('on-prem')).toEqual([
      ['compute', 'gpu-hour', 7200, 1, 7200], // 4 × 36 × 50 GPU-h × $1
      ['storage', 'tb-month', 20, 5, 100], // 20 TB × 1 month × $5
      ['transfer', 'transfer', 40960, 0, 0],
    ]);
    expect(option('on-prem')?.totalUsd).toBe(7300);
    expect(option('on-prem')?.label).toBe('On-premises (placeholder rate)');
    expect(option('on-prem')?.placeholders.map((p) => p.fillIn)).toEqual([
      "enter your site's cost per GPU-hour",
      "enter your site's storage cost per TB-month",
    ]);
  });

  it('ranks only priced options: Google Cloud; neither the on-prem placeholder ($7,300) nor incomplete Azure', () => {
    expect(estimate.cheapest).toEqual({ optionId: 'gcp:us-central1', totalUsd: 25213.74 });
    expect(estimate.cheapestCloud).toEqual({ optionId: 'gcp:us-central1', totalUsd: 25213.74 });
    expect(estimate.warnings.map((w) => w.code)).toEqual(['incomplete_option']);
    expect(option('on-prem')?.warnings.map((w) => w.code)).toEqual(['placeholder_rate', 'placeholder_rate']);
  });

  it('states the egress month and tier assumption with the campaign’s numbers', () => {
    expect(estimate.assumptions.find((a) => a.startsWith('Egress:'))).toContain(
      '2 time(s) = 40960 GB, spread evenly over 1 billing month(s)',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { initialPriceVersion } from '../../../db/seed/prices/initial';
import type { CampaignInput } from './campaign-input';
import { estimateCampaign } from './estimate-campaign';
import { parsePriceCsv } from './parse-price-csv';

/** Only compute: no data moved or stored. */
function compute(
  provider: 'aws' | 'gcp' | 'azure',
  input: Partial<CampaignInput> & { gpuType: string; hoursPerJob: number },
  version = initialPriceVersion,
) {
  const e = estimateCampaign({ datasetTb: 0, options: [{ provider }], ...input }, version, null);
  const o = e.options[0];
  if (!o) throw new Error('no option');
  return {
    o,
    lines: o.components.map((c) => [c.name, c.quantity, c.unitPriceUsd, c.costUsd]),
    codes: o.warnings.map((w) => w.code),
  };
}

describe('spot share', () => {
  // AWS g4dn.xlarge (1× T4): on-demand 0.526, spot 0.20-0.22 by zone; 1 GPU × 10 h × 10 jobs = 100 instance-hours
  const t4 = { gpuType: 'T4', gpusPerJob: 1, hoursPerJob: 10, jobs: 10 };

  it('0: every hour on-demand', () => {
    const { o } = compute('aws', { ...t4, spotShare: 0 });
    expect(o.subtotals.compute).toBe(52.6); // 100 × 0.526
    expect(o.components).toHaveLength(1);
  });

  it('0.5: half the hours at the top of the zone range', () => {
    const { lines, o } = compute('aws', { ...t4, spotShare: 0.5 });
    expect(lines).toEqual([
      ['g4dn.xlarge (1× T4) on-demand', 50, 0.526, 26.3], // 50 × 0.526
      ['g4dn.xlarge (1× T4) spot, max of zone range 0.2-0.22', 50, 0.22, 11], // 50 × 0.22
    ]);
    expect(o.subtotals.compute).toBe(37.3); // 26.30 + 11.00
    expect(o.instance?.spotUsdUsed).toBe(0.22);
  });

  it('1: every hour spot; "min" takes the cheapest zone instead', () => {
    expect(compute('aws', { ...t4, spotShare: 1 }).o.subtotals.compute).toBe(22); // 100 × 0.22
    expect(compute('aws', { ...t4, spotShare: 1, spotPrice: 'min' }).o.subtotals.compute).toBe(20); // 100 × 0.20
  });

  it('no spot price: the spot share is priced on-demand with a warning', () => {
    // H100, 1 GPU: p5.4xlarge 6.88 (no spot) beats p5.48xlarge (8 GPUs, spot max 55.04); 10 h × 1 job
    const { o, codes } = compute('aws', { gpuType: 'H100-80GB', hoursPerJob: 10, spotShare: 1 });
    expect(o.instance?.sku).toBe('p5.4xlarge');
    expect(o.subtotals.compute).toBe(68.8); // 10 × 6.88
    expect(codes).toContain('no_spot_price');
  });

  it('spot above on-demand (GCP A100-80GB): on-demand used, flagged row and host without spot warned', () => {
    // 1 GPU × 10 h, all spot: GPU 10 × 1.8462 (not 1.964) = 18.462 → 18.46; host a2-ultragpu-1g has no spot: 10 × 1.09962 = 10.9962 → 11.00
    const { lines, o, codes } = compute('gcp', { gpuType: 'A100-80GB', hoursPerJob: 10, spotShare: 1 });
    expect(lines.map((l) => l.slice(1))).toEqual([
      [10, 1.8462, 18.46],
      [10, 1.09962, 11],
    ]);
    expect(o.subtotals.compute).toBe(29.46);
    expect(codes).toEqual(['flagged_price_row', 'host_spot_missing']);
    expect(o.warnings[0]?.message).toContain('spot_above_on_demand');
  });

  it('a spot range whose top exceeds on-demand is capped at on-demand', () => {
    const { rows } = parsePriceCsv(
      'kind,provider,region,sku,accelerator,accelerator_count,unit,on_demand_usd,spot_usd,source,note\ngpu_vm,aws,us-east-1,x.large,T4,1,hour,2,1-3 (varies by zone),test,\n',
      { retrieved: '2026-11' },
    );
    const version = { id: 'test', effectiveDate: '2026-11-01', note: 'test', rows };
    const max = compute('aws', { gpuType: 'T4', hoursPerJob: 10, spotShare: 1 }, version);
    expect(max.o.subtotals.compute).toBe(20); // 10 × min(3, 2)
    expect(max.codes).toContain('spot_capped_at_on_demand');
    expect(
      compute('aws', { gpuType: 'T4', hoursPerJob: 10, spotShare: 1, spotPrice: 'min' }, version).o.subtotals.compute,
    ).toBe(10); // 10 × 1
  });
});

describe('GPU priced apart from its host VM', () => {
  it('pays GPU and one 1-GPU host per GPU, on-demand and spot', () => {
    // GCP A100-40GB: GPU 2.93391 (spot 1.4341), host a2-highgpu-1g 0.73948 (spot 0.36975)
    // 2 GPUs × 4 h × 2 jobs = 16 GPU-hours; spot share 0.5 → 8 on-demand + 8 spot
    const { lines, o, codes } = compute('gcp', {
      gpuType: 'A100-40GB',
      gpusPerJob: 2,
      hoursPerJob: 4,
      jobs: 2,
      spotShare: 0.5,
    });
    expect(lines).toEqual([
      ['A100-40GB GPU (nvidia-tesla-a100) on-demand', 8, 2.93391, 23.47], // 8 × 2.93391 = 23.47128
      ['A100-40GB GPU (nvidia-tesla-a100) spot', 8, 1.4341, 11.47], // 8 × 1.4341 = 11.4728
      ['host VM a2-highgpu-1g (1 per GPU) on-demand', 8, 0.73948, 5.92], // 8 × 0.73948 = 5.91584
      ['host VM a2-highgpu-1g (1 per GPU) spot', 8, 0.36975, 2.96], // 8 × 0.36975 = 2.958
    ]);
    expect(o.subtotals.compute).toBe(43.82); // 23.47 + 11.47 + 5.92 + 2.96
    expect(o.complete).toBe(true);
    expect(codes).toEqual([]);
  });

  it('a missing host VM price leaves the option incomplete with a warning, never a silent zero', () => {
    // GCP L4: 0.56004 per GPU-hour, host "not read"; 1 × 10 h = 5.6004 → 5.60
    const { o, codes } = compute('gcp', { gpuType: 'L4', hoursPerJob: 10 });
    expect(o.subtotals.compute).toBe(5.6);
    expect(o.complete).toBe(false);
    expect(o.unpriced).toEqual([
      {
        category: 'compute',
        name: 'host VM for nvidia-l4',
        reason: 'the source gives the GPU price only and no host VM price',
      },
    ]);
    expect(codes).toEqual(['host_vm_missing']);
  });
});

describe('instances and placement', () => {
  it('a 4-GPU job on an 8-GPU instance rents the whole instance and says so', () => {
    // AWS p4de.24xlarge (8× A100-80GB) 27.44705/h; ceil(4/8) = 1 instance × 10 h × 2 jobs = 20 h → 548.941 → 548.94
    const { o, codes } = compute('aws', { gpuType: 'A100-80GB', gpusPerJob: 4, hoursPerJob: 10, jobs: 2 });
    expect(o.instance).toMatchObject({
      sku: 'p4de.24xlarge',
      gpusPerInstance: 8,
      instancesPerJob: 1,
      idleGpusPerJob: 4,
    });
    expect(o.subtotals.compute).toBe(548.94);
    expect(codes).toEqual(['idle_gpus']);
    expect(o.warnings[0]?.message).toBe(
      'p4de.24xlarge has 8 GPUs but a job needs 4: each job rents ceil(4 / 8) = 1 whole instance(s) and pays for 4 idle GPU(s)',
    );
  });

  it('single-node placement keeps a job on one machine; "cheapest" may split it', () => {
    // Azure A100-80GB: ND96amsr_A100_v4 (8 GPUs) 32.77/h vs NC24ads_A100_v4 (1 GPU) 3.673/h; 4 GPUs × 10 h × 2 jobs
    const single = compute('azure', { gpuType: 'A100-80GB', gpusPerJob: 4, hoursPerJob: 10, jobs: 2 });
    expect(single.o.instance?.sku).toBe('Standard_ND96amsr_A100_v4');
    expect(single.o.subtotals.compute).toBe(655.4); // 1 × 20 h × 32.77
    const split = compute('azure', {
      gpuType: 'A100-80GB',
      gpusPerJob: 4,
      hoursPerJob: 10,
      jobs: 2,
      placement: 'cheapest',
    });
    expect(split.o.instance).toMatchObject({ sku: 'Standard_NC24ads_A100_v4', instancesPerJob: 4, idleGpusPerJob: 0 });
    expect(split.o.subtotals.compute).toBe(293.84); // 4 × 20 h = 80 h × 3.673
    expect(split.codes).toContain('multi_node_job');
  });

  it('a job bigger than any machine uses the fewest machines', () => {
    // Azure H100, 16 GPUs: 2 × ND96isr_H100_v5 (8 GPUs, 98.32) rather than 16 × NC40ads_H100_v5 (6.98); 1 h
    const { o, codes } = compute('azure', { gpuType: 'H100-80GB', gpusPerJob: 16, hoursPerJob: 1 });
    expect(o.instance).toMatchObject({ sku: 'Standard_ND96isr_H100_v5', instancesPerJob: 2 });
    expect(o.subtotals.compute).toBe(196.64); // 2 × 98.32
    expect(codes).toContain('multi_node_job');
  });

  it('warns about every flagged row it uses', () => {
    // ND96isr_H100_v5: GPU count disputed by the catalog, and read from an older catalog version
    const { o } = compute('azure', { gpuType: 'H100-80GB', gpusPerJob: 8, hoursPerJob: 1 });
    const flagged = o.warnings.filter((w) => w.code === 'flagged_price_row').map((w) => w.message);
    expect(flagged).toHaveLength(2);
    expect(flagged[0]).toContain('accelerator_count_disputed');
    expect(flagged[1]).toContain('old_catalog_version');
    expect(o.warnings.every((w) => w.priceRowId === 'azure:eastus:gpu_vm:Standard_ND96isr_H100_v5')).toBe(true);
  });

  it('a GPU the region does not offer is reported, not priced at zero', () => {
    const { o, codes } = compute('azure', { gpuType: 'L4', hoursPerJob: 1 });
    expect(o.instance).toBeNull();
    expect(o.complete).toBe(false);
    expect(codes).toEqual(['gpu_not_offered']);
  });
});

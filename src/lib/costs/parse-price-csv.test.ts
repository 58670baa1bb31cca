import { describe, expect, it } from 'vitest';
import { parsePriceCsv } from './parse-price-csv';

const HEADER = 'kind,provider,region,sku,accelerator,accelerator_count,unit,on_demand_usd,spot_usd,source,note';
const csv = (...lines: string[]) => [HEADER, ...lines].join('\n') + '\n';
const parse = (...lines: string[]) => parsePriceCsv(csv(...lines), { retrieved: '2026-11' });
const codes = (row: { flags: { code: string; severity: string }[] } | undefined) =>
  row?.flags.map((f) => `${f.severity}:${f.code}`);

describe('parsePriceCsv: structure', () => {
  it('keeps both ends of a zone-dependent spot range', () => {
    const { rows, problems } = parse(
      'gpu_vm,aws,us-east-1,p4d.24xlarge,A100-40GB,8,hour,21.957642,2.47-8.19 (varies by zone),skypilot-catalog v8 aws/vms.csv,',
    );
    expect(problems).toEqual([]);
    expect(rows[0]).toMatchObject({
      id: 'aws:us-east-1:gpu_vm:p4d.24xlarge',
      accelerator: 'A100-40GB',
      acceleratorCount: 8,
      onDemandUsd: 21.957642,
      spot: { minUsd: 2.47, maxUsd: 8.19, isRange: true, raw: '2.47-8.19 (varies by zone)' },
      retrieved: '2026-11',
    });
  });

  it('reads a blank spot cell as no spot price and flags it', () => {
    const { rows } = parse(
      'gpu_vm,aws,us-east-1,p5.4xlarge,H100-80GB,1,hour,6.88,,skypilot-catalog v8 aws/vms.csv,no spot listed',
    );
    expect(rows[0]?.spot).toBeNull();
    expect(codes(rows[0])).toEqual(['info:spot_missing']);
  });

  it('turns the host VM note of a GPU-only row into structured fields', () => {
    const { rows } = parse(
      'gpu_only,gcp,us-central1,nvidia-tesla-a100,A100-40GB,1,hour,2.93391,1.4341,skypilot-catalog v8 gcp/vms.csv,GPU price only: add host VM a2-highgpu-1g 0.73948 (spot 0.36975)',
      'gpu_only,gcp,us-central1,nvidia-h100-80gb,H100-80GB,1,hour,4.20076,2.9926,skypilot-catalog v8 gcp/vms.csv,host VM a3-highgpu-1g 1.18251',
    );
    expect(rows[0]?.host).toEqual({ sku: 'a2-highgpu-1g', onDemandUsd: 0.73948, spotUsd: 0.36975 });
    expect(rows[1]?.host).toEqual({ sku: 'a3-highgpu-1g', onDemandUsd: 1.18251, spotUsd: null });
    expect(codes(rows[1])).toContain('info:host_spot_missing');
  });

  it('flags a GPU-only row whose host VM was not read instead of pricing the host at zero', () => {
    const { rows } = parse(
      'gpu_only,gcp,us-central1,nvidia-l4,L4,1,hour,0.56004,0.2231,skypilot-catalog v8 gcp/vms.csv,host VM not read',
    );
    expect(rows[0]?.host).toBeNull();
    expect(codes(rows[0])).toEqual(['warning:host_vm_missing']);
  });

  it('resolves "same" in the source column to the row above and reads egress tier bounds', () => {
    const { rows, problems } = parse(
      'egress,aws,us-east-1,internet-first-100GB-month,,,GB,0,,aws free tier,',
      'egress,aws,us-east-1,internet-up-to-10TB,,,GB,0.09,,aws.amazon.com/ec2/pricing,tiers apply to cumulative monthly volume',
      'egress,aws,us-east-1,internet-next-40TB,,,GB,0.085,,same,',
      'egress,aws,us-east-1,internet-over-50TB,,,GB,0.07,,same,',
    );
    expect(problems).toEqual([]);
    expect(rows.map((r) => [r.sku, r.source, r.network, r.tier])).toEqual([
      ['internet-first-100GB-month', 'aws free tier', 'internet', { fromGb: 0, toGb: 100 }],
      ['internet-up-to-10TB', 'aws.amazon.com/ec2/pricing', 'internet', { fromGb: 100, toGb: 10240 }],
      ['internet-next-40TB', 'aws.amazon.com/ec2/pricing', 'internet', { fromGb: 10240, toGb: 51200 }],
      ['internet-over-50TB', 'aws.amazon.com/ec2/pricing', 'internet', { fromGb: 51200, toGb: null }],
    ]);
  });

  it('keeps GCP premium and standard egress as separate ladders', () => {
    const { rows, problems } = parse(
      'egress,gcp,us-central1,premium-0-1TB,,,GB,0.12,,gcp,',
      'egress,gcp,us-central1,premium-1-10TB,,,GB,0.11,,same,',
      'egress,gcp,us-central1,standard-tier-0-10TB,,,GB,0.085,,other,standard tier',
    );
    expect(problems).toEqual([]);
    expect(rows.map((r) => [r.network, r.tier?.fromGb, r.tier?.toGb])).toEqual([
      ['premium', 0, 1024],
      ['premium', 1024, 10240],
      ['standard', 0, 10240],
    ]);
  });

  it('reads the storage class and tier from an S3 SKU', () => {
    const { rows } = parse('storage,aws,us-east-1,s3-standard-first-50TB,,,GB-month,0.023,,aws.amazon.com/s3/pricing,');
    expect(rows[0]).toMatchObject({ storageClass: 'standard', tier: { fromGb: 0, toGb: 51200 }, unit: 'GB-month' });
  });
});

describe('parsePriceCsv: validation', () => {
  it('rejects bad cells with line, field and a reason, and keeps the good rows', () => {
    const { rows, problems } = parse(
      'gpu_vm,aws,us-east-1,good,T4,1,hour,0.526,,src,',
      'gpu_vm,aws,us-east-1,bad-price,T4,1,hour,abc,,src,',
      'gpu_vm,aws,us-east-1,bad-unit,T4,1,GB,0.5,,src,',
      'gpu_vm,aws,us-east-1,no-count,T4,,hour,0.5,,src,',
      'gpu_vm,ovh,gra,bad-provider,T4,1,hour,0.5,,src,',
      'gpu_vm,aws,us-east-1,bad-spot,T4,1,hour,0.5,cheap,src,',
      'storage,aws,us-east-1,no-source,,,GB-month,0.02,,,',
    );
    expect(rows.map((r) => r.sku)).toEqual(['good']);
    expect(problems.map((p) => [p.line, p.field, p.sku])).toEqual([
      [3, 'on_demand_usd', 'bad-price'],
      [4, 'unit', 'bad-unit'],
      [5, 'accelerator_count', 'no-count'],
      [6, 'provider', 'bad-provider'],
      [7, 'spot_usd', 'bad-spot'],
      [8, 'source', 'no-source'],
    ]);
    expect(problems[1]?.message).toBe('gpu_vm rows are priced per hour, not GB');
  });

  it('reports a missing column, a short record, a duplicate and a "same" with nothing above', () => {
    expect(parsePriceCsv('kind,provider\n', { retrieved: '2026-11' }).problems[0]?.message).toMatch(
      /^missing column\(s\): region, sku/,
    );
    const { problems } = parse(
      'egress,aws,us-east-1,internet-up-to-10TB,,,GB,0.09,,same,',
      'gpu_vm,aws,us-east-1,g4dn.xlarge,T4,1,hour,0.526',
      'gpu_vm,aws,us-east-1,p5.4xlarge,H100-80GB,1,hour,6.88,,src,',
      'gpu_vm,aws,us-east-1,p5.4xlarge,H100-80GB,1,hour,6.88,,src,',
    );
    expect(problems.map((p) => p.line)).toEqual([2, 3, 5]);
    expect(problems[1]?.message).toBe('expected 11 fields, found 8');
    expect(problems[2]?.message).toBe('duplicate row aws:us-east-1:gpu_vm:p5.4xlarge');
  });

  it('demands a retrieval date for every price', () => {
    const { rows, problems } = parsePriceCsv(csv('gpu_vm,aws,us-east-1,g4dn.xlarge,T4,1,hour,0.526,,src,'));
    expect(rows).toEqual([]);
    expect(problems.map((p) => p.field ?? 'file')).toEqual(['file', 'retrieved']);
  });

  it('takes the date from a retrieved column when the file has one', () => {
    const { rows } = parsePriceCsv(
      `${HEADER},retrieved\ngpu_vm,aws,us-east-1,g4dn.xlarge,T4,1,hour,0.526,,src,,2026-11-14\n`,
    );
    expect(rows[0]?.retrieved).toBe('2026-11-14');
  });

  it('rejects an egress ladder with a gap', () => {
    const { rows, problems } = parse(
      'egress,gcp,us-central1,premium-0-1TB,,,GB,0.12,,g,',
      'egress,gcp,us-central1,premium-over-10TB,,,GB,0.08,,g,',
    );
    expect(rows).toEqual([]);
    expect(problems[0]?.message).toMatch(/tier 2 starts at 10240 GB but the tier below ends at 1024 GB/);
  });
});

describe('parsePriceCsv: anomaly flags are rules, not SKU lists', () => {
  it('flags any spot price above on-demand', () => {
    const { rows } = parse(
      'gpu_only,gcp,us-central1,nvidia-a100-80gb,A100-80GB,1,hour,1.8462,1.964,v8,ANOMALY: spot above on-demand in the catalog; host VM a2-ultragpu-1g 1.09962',
      'gpu_vm,aws,us-east-2,made-up,T4,1,hour,1,2,x,',
      'gpu_vm,aws,us-east-2,range-top-above,T4,1,hour,2,1-3 (varies by zone),x,',
    );
    expect(codes(rows[0])).toEqual(['warning:spot_above_on_demand', 'info:host_spot_missing']);
    expect(codes(rows[1])).toEqual(['warning:spot_above_on_demand']);
    expect(codes(rows[2])).toEqual(['info:spot_above_on_demand']);
  });

  it('flags a price the note says differs 1.5× or more in another region, and smaller spreads as info', () => {
    const { rows } = parse(
      'gpu_only,gcp,us-central1,nvidia-h100-80gb,H100-80GB,1,hour,4.20076,2.9926,v8,us-east4 lists 9.79655; host VM a3-highgpu-1g 1.18251',
      'storage,gcp,us-central1,standard,,,GB-month,0.020,,cloud.google.com/storage/pricing,0.023 in us-east4 and europe-west3',
    );
    // 9.79655 / 4.20076 = 2.33; 0.023 / 0.020 = 1.15
    expect(rows[0]?.flags.find((f) => f.code === 'regional_price_spread')).toMatchObject({
      severity: 'warning',
      message: expect.stringContaining('2.33×'),
    });
    expect(rows[1]?.flags).toEqual([
      {
        code: 'regional_price_spread',
        severity: 'info',
        message: '$0.02 in us-central1 but us-east4 $0.023, europe-west3 $0.023: prices differ 1.15× between regions',
      },
    ]);
  });

  it('flags the same SKU priced 2× apart in two regions of the table', () => {
    const { rows } = parse('gpu_vm,aws,us-east-1,x1,T4,1,hour,1,,s,', 'gpu_vm,aws,eu-west-1,x1,T4,1,hour,2.5,,s,');
    expect(rows.every((r) => r.flags.some((f) => f.code === 'regional_price_spread' && f.severity === 'warning'))).toBe(
      true,
    );
  });

  it('flags a GPU count the note disputes', () => {
    const { rows } = parse(
      'gpu_vm,azure,eastus,Standard_ND96isr_H100_v5,H100-80GB,8,hour,98.32,,skypilot-catalog v6 azure/vms.csv,catalog says 12 GPUs: the machine has 8',
    );
    expect(codes(rows[0])).toContain('warning:accelerator_count_disputed');
  });

  it('flags rows read from an older catalog version than the rest of the file', () => {
    const { rows } = parse(
      'gpu_vm,aws,us-east-1,g4dn.xlarge,T4,1,hour,0.526,0.2,skypilot-catalog v8 aws/vms.csv,',
      'gpu_vm,azure,eastus,Standard_NC4as_T4_v3,T4,1,hour,0.526,0.0627,skypilot-catalog v6 azure/vms.csv,',
    );
    expect(codes(rows[0])).toEqual([]);
    expect(rows[1]?.flags).toEqual([
      {
        code: 'old_catalog_version',
        severity: 'warning',
        message: 'read from skypilot-catalog v6 while other rows use v8: the price may be out of date',
      },
    ]);
  });

  it('flags a note that calls itself an anomaly when no rule explains it', () => {
    const { rows } = parse('gpu_vm,aws,us-east-1,odd,T4,1,hour,0.5,0.2,s,ANOMALY: price copied from a blog');
    expect(codes(rows[0])).toEqual(['warning:marked_anomaly']);
  });

  it('marks sources that say they are unverified', () => {
    const { rows } = parse(
      'egress,azure,eastus,internet-up-to-10TB,,,GB,0.0875,,skypilot azure.py only (unverified against azure.microsoft.com),',
    );
    expect(codes(rows[0])).toEqual(['info:unverified_source']);
  });
});

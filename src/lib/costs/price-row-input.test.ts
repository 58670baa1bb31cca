import { describe, expect, it } from 'vitest';
import { initialPriceVersion } from '../../../db/seed/prices/initial';
import { parsePriceRowInputs } from './price-row-input';

const gpu = {
  kind: 'gpu_only',
  provider: 'gcp',
  region: 'us-central1',
  sku: 'nvidia-a100-80gb',
  accelerator: 'A100-80GB',
  acceleratorCount: 1,
  onDemandUsd: 1.8462,
  spotUsd: 2.5,
  source: 'skypilot-catalog v8 gcp/vms.csv',
  retrieved: '2026-12-01',
  note: 'host VM a2-ultragpu-1g 1.09962',
};

describe('parsePriceRowInputs', () => {
  it('builds the same row as the CSV reader, with the unit taken from the kind and flags computed', () => {
    const { rows, problems } = parsePriceRowInputs([gpu]);
    expect(problems).toEqual([]);
    expect(rows[0]).toMatchObject({
      id: 'gcp:us-central1:gpu_only:nvidia-a100-80gb',
      unit: 'hour',
      spot: { minUsd: 2.5, maxUsd: 2.5, isRange: false, raw: '2.5' },
      host: { sku: 'a2-ultragpu-1g', onDemandUsd: 1.09962, spotUsd: null },
      retrieved: '2026-12-01',
    });
    expect(rows[0]?.flags.map((f) => `${f.severity}:${f.code}`)).toEqual([
      'warning:spot_above_on_demand',
      'info:host_spot_missing',
    ]);
  });

  it('round-trips the seed rows through the JSON shape unchanged', () => {
    const inputs = initialPriceVersion.rows.map((r) => ({
      kind: r.kind,
      provider: r.provider,
      region: r.region,
      sku: r.sku,
      accelerator: r.accelerator,
      acceleratorCount: r.acceleratorCount,
      unit: r.unit,
      onDemandUsd: r.onDemandUsd,
      spotUsd: r.spot?.raw ?? null,
      source: r.source,
      retrieved: r.retrieved,
      note: r.note,
    }));
    const { rows, problems } = parsePriceRowInputs(inputs);
    expect(problems).toEqual([]);
    expect(rows).toEqual(initialPriceVersion.rows);
  });

  it('reports problems by array index with the JSON field name', () => {
    const { rows, problems } = parsePriceRowInputs(
      [gpu, { ...gpu, sku: 'x', acceleratorCount: 0 }, { ...gpu, sku: 'y', onDemandUsd: -1, retrieved: undefined }],
      {},
    );
    expect(rows.map((r) => r.sku)).toEqual(['nvidia-a100-80gb']);
    expect(problems).toEqual([
      { index: 1, field: 'acceleratorCount', sku: 'x', message: 'GPU rows need a positive whole GPU count' },
      { index: 2, field: 'onDemandUsd', sku: 'y', message: 'expected a non-negative decimal number of USD' },
      { index: 2, field: 'retrieved', sku: 'y', message: 'expected YYYY-MM or YYYY-MM-DD' },
    ]);
  });

  it('takes a default retrieval date and writes tiny prices as plain decimals', () => {
    const { rows, problems } = parsePriceRowInputs(
      [
        {
          kind: 'storage',
          provider: 'aws',
          region: 'us-east-1',
          sku: 'glacier',
          onDemandUsd: 1e-7,
          source: 'aws.amazon.com/s3/pricing',
        },
      ],
      { retrieved: '2026-12' },
    );
    expect(problems).toEqual([]);
    expect(rows[0]).toMatchObject({
      onDemandUsd: 1e-7,
      unit: 'GB-month',
      storageClass: 'glacier',
      retrieved: '2026-12',
    });
  });
});

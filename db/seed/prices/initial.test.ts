import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SEED_INPUTS, buildInitialPriceVersion, renderSeedModule } from './build-initial-version';
import { initialPriceVersion } from './initial';

const dir = new URL('./', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, dir), 'utf8');
const built = buildInitialPriceVersion(SEED_INPUTS.map((name) => ({ name, text: read(name) })));

describe('initial price version seed', () => {
  it('parses the seed CSVs without a problem', () => {
    expect(built.problems).toEqual([]);
  });

  it('initial.ts is exactly what the generator writes from the CSVs (rerun scripts/generate-price-seed.ts)', () => {
    expect(read('initial.ts')).toBe(
      renderSeedModule(
        built.version,
        SEED_INPUTS.map((n) => `db/seed/prices/${n}`),
      ),
    );
  });

  it('holds every reference row plus one free ingress row per cloud, all dated November 2026', () => {
    const csvRows = read('cloud-prices.csv').trim().split('\n').length - 1;
    expect(initialPriceVersion.rows).toHaveLength(csvRows + 3);
    expect(
      initialPriceVersion.rows.filter((r) => r.kind === 'ingress').map((r) => [r.provider, r.onDemandUsd]),
    ).toEqual([
      ['aws', 0],
      ['gcp', 0],
      ['azure', 0],
    ]);
    expect(new Set(initialPriceVersion.rows.map((r) => r.retrieved))).toEqual(new Set(['2026-11']));
    expect(initialPriceVersion.note).toMatch(/^List prices change\. Read in November 2026 \(the day was not recorded/);
  });

  it('flags the anomalies listed in cloud-prices.md', () => {
    const flagsOf = (sku: string) =>
      initialPriceVersion.rows.find((r) => r.sku === sku)?.flags.map((f) => f.code) ?? [];
    expect(flagsOf('nvidia-a100-80gb')).toContain('spot_above_on_demand');
    expect(flagsOf('nvidia-h100-80gb')).toContain('regional_price_spread');
    expect(flagsOf('Standard_ND96isr_H100_v5')).toContain('accelerator_count_disputed');
    expect(flagsOf('p5.4xlarge')).toContain('spot_missing');
    expect(flagsOf('Standard_NC24ads_A100_v4')).toContain('old_catalog_version');
    expect(flagsOf('nvidia-l4')).toContain('host_vm_missing');
  });
});

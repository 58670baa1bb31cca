import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { initialPriceVersion } from '../../../db/seed/prices/initial';
import { UnknownGpuTypeError } from './errors';
import { estimateCampaign, knownGpuTypes } from './estimate-campaign';

const base = { datasetTb: 1, gpuType: 'A100-80GB', hoursPerJob: 1 };
const rate = { usdPerGpuHour: 2, usdPerTbMonth: 4, source: 'lab accounting 2026', asOf: '2026-10' };

describe('estimateCampaign', () => {
  it('rejects an unknown GPU with the list of known ones', () => {
    expect(knownGpuTypes(initialPriceVersion)).toEqual(['A100-40GB', 'A100-80GB', 'H100-80GB', 'L4', 'T4']);
    try {
      estimateCampaign({ ...base, gpuType: 'V100' }, initialPriceVersion, null);
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(UnknownGpuTypeError);
      expect((err as UnknownGpuTypeError).known).toEqual(['A100-40GB', 'A100-80GB', 'H100-80GB', 'L4', 'T4']);
      expect((err as Error).message).toBe('unknown GPU type "V100"; known: A100-40GB, A100-80GB, H100-80GB, L4, T4');
    }
  });

  it('matches GPU names case-insensitively and reports the canonical name', () => {
    expect(estimateCampaign({ ...base, gpuType: 'a100-80gb' }, initialPriceVersion, null).campaign.gpuType).toBe(
      'A100-80GB',
    );
  });

  it('rejects invalid input through the shared zod schema', () => {
    expect(() => estimateCampaign({ ...base, spotShare: 1.5 }, initialPriceVersion, null)).toThrow(ZodError);
    expect(() => estimateCampaign({ ...base, gpusPerJob: 2.5 }, initialPriceVersion, null)).toThrow(ZodError);
  });

  it('compares every cloud region of the price version plus on-prem by default', () => {
    const e = estimateCampaign(base, initialPriceVersion, rate);
    expect(e.options.map((o) => o.id)).toEqual(['aws:us-east-1', 'gcp:us-central1', 'azure:eastus', 'on-prem']);
    expect(e.priceVersion).toMatchObject({ id: 'prices-2026-11', effectiveDate: '2026-11-01' });
  });

  it('compares only the requested options', () => {
    const e = estimateCampaign(
      { ...base, options: [{ provider: 'gcp' }, { provider: 'on-prem' }] },
      initialPriceVersion,
      rate,
    );
    expect(e.options.map((o) => o.id)).toEqual(['gcp:us-central1', 'on-prem']);
  });

  it('an unknown region becomes an incomplete option with a warning', () => {
    const e = estimateCampaign(
      { ...base, options: [{ provider: 'aws', region: 'eu-west-1' }] },
      initialPriceVersion,
      null,
    );
    expect(e.options[0]?.complete).toBe(false);
    expect(e.options[0]?.warnings[0]?.code).toBe('no_prices_for_region');
    expect(e.cheapest).toBeNull();
  });

  it('leaves on-prem out with a warning when no rate is configured or given', () => {
    const e = estimateCampaign(base, initialPriceVersion, null);
    expect(e.options.some((o) => o.kind === 'on-prem')).toBe(false);
    expect(e.warnings.map((w) => w.code)).toContain('no_on_prem_rate');
  });

  it('prefers the campaign’s on-prem rate over the configured one and labels it an assumption', () => {
    const e = estimateCampaign({ ...base, onPrem: rate }, initialPriceVersion, {
      usdPerGpuHour: 99,
      usdPerTbMonth: 99,
      source: 'config',
    });
    const onPrem = e.options.find((o) => o.id === 'on-prem');
    // 1 GPU × 1 h × $2 + 1 TB × 1 month × $4
    expect(onPrem?.totalUsd).toBe(6);
    expect(onPrem?.components[0]?.priceRow).toEqual({
      id: 'on-prem:gpu-hour',
      sku: 'on-prem GPU-hour',
      source: 'lab accounting 2026',
      retrieved: '2026-10',
      flags: [],
      assumption: true,
    });
    expect(e.assumptions.at(-1)).toMatch(
      /^On-prem \(an assumption, not a list price\): \$2 per GPU-hour and \$4 per TB-month/,
    );
  });

  it('every figure carries its price row, source and retrieval date', () => {
    const e = estimateCampaign({ ...base, datasetTb: 20, egressCount: 2, spotShare: 0.5 }, initialPriceVersion, rate);
    const all = e.options.flatMap((o) => o.components);
    expect(all.length).toBeGreaterThan(10);
    for (const c of all) {
      expect(c.priceRow.source.length).toBeGreaterThan(0);
      expect(c.priceRow.retrieved).toMatch(/^\d{4}-\d{2}/);
    }
  });

  it('is deterministic', () => {
    const input = { ...base, datasetTb: 20, egressCount: 2, spotShare: 0.3, jobs: 7 };
    expect(estimateCampaign(input, initialPriceVersion, rate)).toEqual(
      estimateCampaign(input, initialPriceVersion, rate),
    );
  });

  it('ranks only complete options; totals are sums of the rounded components', () => {
    const e = estimateCampaign({ ...base, gpuType: 'L4' }, initialPriceVersion, null);
    // GCP L4 lacks its host price, Azure lacks L4: only AWS is complete
    expect(e.options.filter((o) => o.complete).map((o) => o.id)).toEqual(['aws:us-east-1']);
    expect(e.cheapest?.optionId).toBe('aws:us-east-1');
    for (const o of e.options) {
      const sum = o.components.reduce((s, c) => s + c.costUsd, 0);
      expect(o.totalUsd).toBeCloseTo(sum, 9);
    }
  });

  it('states the ingress price the version lists instead of assuming it is free', () => {
    const ingress = (e: ReturnType<typeof estimateCampaign>) => e.assumptions.find((a) => a.startsWith('Ingress:'));
    expect(ingress(estimateCampaign(base, initialPriceVersion, null))).toMatch(/\(free in this price version\)\.$/);
    const charged = {
      ...initialPriceVersion,
      rows: initialPriceVersion.rows.map((r) =>
        r.kind === 'ingress' && r.provider === 'aws' ? { ...r, onDemandUsd: 0.01 } : r,
      ),
    };
    expect(ingress(estimateCampaign(base, charged, null))).toMatch(/\(per region, as listed\)\.$/);
  });
});

import type { Campaign } from './campaign-input';
import type { CostComponent, EstimateWarning, UnpricedItem } from './estimate-types';
import { component, flagWarnings, refOf } from './price-ref';
import type { PriceRow } from './price-types';
import { GB_PER_TB, roundQuantity } from './units';
import { splitAcrossTiers } from './volume-tiers';

export interface TransferResult {
  components: CostComponent[];
  unpriced: UnpricedItem[];
  warnings: EstimateWarning[];
}

const gbLabel = (gb: number | null) =>
  gb === null ? '∞' : gb % GB_PER_TB === 0 && gb > 0 ? `${gb / GB_PER_TB} TB` : `${gb} GB`;

/** AWS and Azure have one internet ladder; GCP has a premium and a standard network tier. */
export function egressLadder(rows: PriceRow[], tier: Campaign['networkTier']): PriceRow[] {
  const internet = rows.filter((r) => r.network === 'internet');
  return internet.length > 0 ? internet : rows.filter((r) => r.network === tier);
}

/**
 * Data leaving the cloud: datasetTb × egressCount, spread evenly over egressMonths billing months.
 * Each month's volume walks the tiers from zero (free allowance first), so 12 TB in one month
 * pays the "next 40 TB" rate on its last 2 TB.
 */
function priceEgress(c: Campaign, egressRows: PriceRow[], where: string): TransferResult {
  const totalGb = c.datasetTb * GB_PER_TB * c.egressCount;
  if (totalGb === 0) return { components: [], unpriced: [], warnings: [] };
  const ladder = egressLadder(egressRows, c.networkTier);
  if (ladder.length === 0) {
    return {
      components: [],
      unpriced: [{ category: 'transfer', name: 'internet egress', reason: `no egress price for ${where}` }],
      warnings: [
        {
          code: 'no_egress_price',
          message: `no internet egress price for ${where}: egress is not priced and the total is too low`,
        },
      ],
    };
  }
  const monthlyGb = roundQuantity(totalGb / c.egressMonths);
  const { charges, uncoveredGb } = splitAcrossTiers(monthlyGb, ladder);
  const components: CostComponent[] = [];
  const warnings: EstimateWarning[] = [];
  for (const { row, quantityGb } of charges) {
    const t = row.tier;
    const span = t ? `${gbLabel(t.fromGb)}–${gbLabel(t.toGb)} of a month` : 'whole month';
    const free = row.onDemandUsd === 0 ? ', free allowance' : '';
    const spread = c.egressMonths === 1 ? '' : `; ${quantityGb} GB a month × ${c.egressMonths} months`;
    components.push(
      component(
        'transfer',
        `egress ${row.sku} (${span}${free}${spread})`,
        'GB',
        quantityGb * c.egressMonths,
        row.onDemandUsd,
        refOf(row),
      ),
    );
    warnings.push(...flagWarnings(row));
  }
  const unpriced: UnpricedItem[] = [];
  if (uncoveredGb > 0) {
    const top = ladder.map((r) => r.tier?.toGb ?? Infinity).reduce((a, b) => Math.max(a, b), 0);
    unpriced.push({
      category: 'transfer',
      name: `egress beyond ${gbLabel(top)} a month`,
      reason: `the ${where} ${ladder[0]?.network ?? ''} ladder has no tier above ${gbLabel(top)}`,
    });
    warnings.push({
      code: 'egress_beyond_tiers',
      message: `${uncoveredGb} GB a month lie beyond the last priced egress tier (${gbLabel(top)}) in ${where}: not priced`,
    });
  }
  return { components, unpriced, warnings };
}

/** Data entering the cloud: datasetTb × ingressCount. */
function priceIngress(c: Campaign, ingressRows: PriceRow[], where: string): TransferResult {
  const totalGb = c.datasetTb * GB_PER_TB * c.ingressCount;
  if (totalGb === 0) return { components: [], unpriced: [], warnings: [] };
  const row = ingressRows[0];
  if (!row) {
    return {
      components: [],
      unpriced: [{ category: 'transfer', name: 'ingress', reason: `no ingress price for ${where}` }],
      warnings: [
        {
          code: 'no_ingress_price',
          message: `no ingress price for ${where}: ingress is not priced (the providers list it as free)`,
        },
      ],
    };
  }
  return {
    components: [
      component(
        'transfer',
        `ingress ${row.sku} (${c.ingressCount} × dataset)`,
        'GB',
        totalGb,
        row.onDemandUsd,
        refOf(row),
      ),
    ],
    unpriced: [],
    warnings: flagWarnings(row),
  };
}

export function priceTransfer(
  c: Campaign,
  rows: { egress: PriceRow[]; ingress: PriceRow[] },
  where: string,
): TransferResult {
  const e = priceEgress(c, rows.egress, where);
  const i = priceIngress(c, rows.ingress, where);
  return {
    components: [...i.components, ...e.components],
    unpriced: [...i.unpriced, ...e.unpriced],
    warnings: [...i.warnings, ...e.warnings],
  };
}

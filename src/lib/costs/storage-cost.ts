import type { Campaign } from './campaign-input';
import type { CostComponent, EstimateWarning, UnpricedItem } from './estimate-types';
import { component, flagWarnings, refOf } from './price-ref';
import type { PriceRow } from './price-types';
import { GB_PER_TB, roundQuantity } from './units';
import { splitAcrossTiers } from './volume-tiers';

export interface StorageResult {
  components: CostComponent[];
  unpriced: UnpricedItem[];
  warnings: EstimateWarning[];
}

/**
 * The dataset kept for `storageMonths` months: GB × months × $/GB-month. Tiered classes (S3's
 * "first 50 TB") split the stored volume across tiers; volume past the last known tier is priced
 * at that tier's rate (an over-estimate: later tiers are cheaper) and warned about.
 */
export function priceStorage(c: Campaign, storageRows: PriceRow[], where: string): StorageResult {
  const volumeGb = c.datasetTb * GB_PER_TB;
  if (volumeGb === 0 || c.storageMonths === 0) return { components: [], unpriced: [], warnings: [] };

  const rows = storageRows.filter((r) => r.storageClass === c.storageClass);
  if (rows.length === 0) {
    const known = [...new Set(storageRows.map((r) => r.storageClass))].join(', ') || 'none';
    return {
      components: [],
      unpriced: [
        {
          category: 'storage',
          name: `${c.storageClass} object storage`,
          reason: `no ${c.storageClass} storage price for ${where} (classes priced: ${known})`,
        },
      ],
      warnings: [
        {
          code: 'no_storage_price',
          message: `no ${c.storageClass} storage price for ${where}: storage is not priced and the total is too low`,
        },
      ],
    };
  }

  const warnings: EstimateWarning[] = [];
  const components: CostComponent[] = [];
  const flat = rows.find((r) => r.tier === null);
  const parts: { row: PriceRow; gb: number }[] = flat
    ? [{ row: flat, gb: volumeGb }]
    : (() => {
        const { charges, uncoveredGb } = splitAcrossTiers(volumeGb, rows);
        const out = charges.map((ch) => ({ row: ch.row, gb: ch.quantityGb }));
        const top = out.at(-1);
        if (uncoveredGb > 0 && top) {
          top.gb = roundQuantity(top.gb + uncoveredGb);
          warnings.push({
            code: 'storage_beyond_tier',
            message: `${uncoveredGb} GB lie beyond the last priced tier ${top.row.sku}: priced at its rate ${top.row.onDemandUsd} $/GB-month`,
            priceRowId: top.row.id,
          });
        }
        return out;
      })();

  for (const { row, gb } of parts) {
    components.push(
      component(
        'storage',
        `${row.sku} object storage, ${gb} GB for ${c.storageMonths} month(s)`,
        'GB-month',
        gb * c.storageMonths,
        row.onDemandUsd,
        refOf(row),
      ),
    );
    warnings.push(...flagWarnings(row));
  }
  return { components, unpriced: [], warnings };
}

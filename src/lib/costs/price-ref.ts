import type { CostCategory, CostComponent, EstimateWarning, PriceRef } from './estimate-types';
import type { PriceFlagCode, PriceRow } from './price-types';
import { roundQuantity, roundUsd } from './units';

export function refOf(row: PriceRow): PriceRef {
  return {
    id: row.id,
    sku: row.sku,
    source: row.source,
    retrieved: row.retrieved,
    flags: row.flags.map((f) => f.code),
    assumption: false,
  };
}

export function component(
  category: CostCategory,
  name: string,
  unit: string,
  quantity: number,
  unitPriceUsd: number,
  priceRow: PriceRef,
): CostComponent {
  const q = roundQuantity(quantity);
  return { category, name, unit, quantity: q, unitPriceUsd, costUsd: roundUsd(q * unitPriceUsd), priceRow };
}

/**
 * One warning per warning-level anomaly flag of a row the estimate relies on; `except` skips
 * flags the caller reports with a more specific warning of its own.
 */
export function flagWarnings(row: PriceRow, except: PriceFlagCode[] = []): EstimateWarning[] {
  return row.flags
    .filter((f) => f.severity === 'warning' && !except.includes(f.code))
    .map((f) => ({
      code: 'flagged_price_row' as const,
      message: `${row.id} is flagged (${f.code}): ${f.message}`,
      priceRowId: row.id,
    }));
}

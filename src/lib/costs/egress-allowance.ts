import type { Campaign } from './campaign-input';
import type { PriceRow } from './price-types';
import { egressLadder } from './transfer-cost';
import { GB_PER_TB, roundQuantity, roundUsd } from './units';
import { splitAcrossTiers } from './volume-tiers';

/**
 * AWS and Azure list "first 100 GB free, up to 10 TB, next 40 TB…". The estimate reads the bounds
 * as absolute monthly volumes that include the free allowance (10 TB ends at 10 TB). The other
 * reading counts the tiers after the allowance (10 TB ends at 10 TB + 100 GB). This module prices
 * a campaign's egress both ways, so the assumption text can say what the choice is worth.
 */
export interface AllowanceReadings {
  where: string;
  allowanceGb: number;
  monthlyGb: number;
  months: number;
  /** egress cost over all months with the convention used (bounds include the allowance) */
  usedUsd: number;
  /** the same with every bound above the allowance moved up by it */
  otherUsd: number;
  /** otherUsd − usedUsd */
  differenceUsd: number;
  /** the lowest bound the other reading moves: below it both readings agree */
  firstMovedBoundGb: number | null;
}

/** The free first tier of a ladder (priced 0, starting at 0), if it has one. */
function freeAllowanceGb(ladder: PriceRow[]): number | null {
  const free = ladder.find((r) => r.tier?.fromGb === 0 && r.tier.toGb !== null && r.onDemandUsd === 0);
  return free?.tier?.toGb ?? null;
}

/** The ladder with every bound above the free allowance moved up by the allowance. */
export function shiftAfterAllowance(ladder: PriceRow[], allowanceGb: number): PriceRow[] {
  return ladder.map((r) => {
    if (!r.tier || r.tier.fromGb === 0) return r;
    const fromGb = r.tier.fromGb === allowanceGb ? allowanceGb : r.tier.fromGb + allowanceGb;
    return { ...r, tier: { fromGb, toGb: r.tier.toGb === null ? null : r.tier.toGb + allowanceGb } };
  });
}

/** Cost of `months` months of `monthlyGb` each, rounded per tier line as the estimate's components are. */
function ladderCost(monthlyGb: number, months: number, ladder: PriceRow[]): number {
  const { charges } = splitAcrossTiers(monthlyGb, ladder);
  return roundUsd(charges.reduce((s, ch) => s + roundUsd(ch.quantityGb * months * ch.row.onDemandUsd), 0));
}

/**
 * The campaign's egress in one region priced with both readings of the free allowance;
 * null when the region's ladder has no free allowance or nothing leaves the cloud.
 */
export function allowanceReadings(c: Campaign, egressRows: PriceRow[], where: string): AllowanceReadings | null {
  const totalGb = c.datasetTb * GB_PER_TB * c.egressCount;
  const ladder = egressLadder(egressRows, c.networkTier);
  const allowanceGb = freeAllowanceGb(ladder);
  if (totalGb === 0 || allowanceGb === null) return null;
  const monthlyGb = roundQuantity(totalGb / c.egressMonths);
  const usedUsd = ladderCost(monthlyGb, c.egressMonths, ladder);
  const otherUsd = ladderCost(monthlyGb, c.egressMonths, shiftAfterAllowance(ladder, allowanceGb));
  const moved = ladder
    .map((r) => r.tier?.toGb ?? null)
    .filter((b): b is number => b !== null && b > allowanceGb)
    .sort((a, b) => a - b);
  return {
    where,
    allowanceGb,
    monthlyGb,
    months: c.egressMonths,
    usedUsd,
    otherUsd,
    differenceUsd: roundUsd(otherUsd - usedUsd),
    firstMovedBoundGb: moved[0] ?? null,
  };
}

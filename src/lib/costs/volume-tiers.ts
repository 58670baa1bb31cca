import type { PriceRow, VolumeTier } from './price-types';
import { roundQuantity, sizeToGb } from './units';

/** A tier as a SKU name states it, before "next 40TB" is resolved against the tier below it. */
export type TierSpec =
  | { kind: 'first'; sizeGb: number }
  | { kind: 'upTo'; toGb: number }
  | { kind: 'next'; sizeGb: number }
  | { kind: 'over'; fromGb: number }
  | { kind: 'range'; fromGb: number; toGb: number };

const SIZE = String.raw`(\d+(?:\.\d+)?(?:GB|TB))`;

/**
 * Reads the tier words of a SKU suffix: "first-100GB-month", "up-to-10TB", "next-40TB",
 * "over-150TB", "0-1TB" / "1-10TB" (the unit belongs to both ends). null = no tier in the name.
 */
export function parseTierSpec(text: string): TierSpec | null {
  const s = text.replace(/-month$/i, '');
  let m = new RegExp(`^first-${SIZE}$`, 'i').exec(s);
  if (m?.[1]) return { kind: 'first', sizeGb: sizeToGb(m[1]) ?? NaN };
  m = new RegExp(`^up-to-${SIZE}$`, 'i').exec(s);
  if (m?.[1]) return { kind: 'upTo', toGb: sizeToGb(m[1]) ?? NaN };
  m = new RegExp(`^next-${SIZE}$`, 'i').exec(s);
  if (m?.[1]) return { kind: 'next', sizeGb: sizeToGb(m[1]) ?? NaN };
  m = new RegExp(`^over-${SIZE}$`, 'i').exec(s);
  if (m?.[1]) return { kind: 'over', fromGb: sizeToGb(m[1]) ?? NaN };
  m = /^(\d+(?:\.\d+)?)-(\d+(?:\.\d+)?)(GB|TB)$/i.exec(s);
  if (m?.[1] && m[2] && m[3]) {
    return { kind: 'range', fromGb: sizeToGb(m[1] + m[3]) ?? NaN, toGb: sizeToGb(m[2] + m[3]) ?? NaN };
  }
  return null;
}

/**
 * Turns the specs of one price ladder, in file order, into absolute bounds.
 * Bounds are cumulative monthly volumes that include any free allowance:
 * "up to 10 TB" after "first 100 GB" covers 100 GB → 10 TB.
 * Returns an error message when the ladder has a gap or overlap.
 */
export function resolveLadder(specs: TierSpec[]): { tiers: VolumeTier[] } | { error: string } {
  const tiers: VolumeTier[] = [];
  let end: number | null = 0;
  for (const [i, spec] of specs.entries()) {
    if (end === null) return { error: `tier ${i + 1} follows an unbounded tier` };
    let tier: VolumeTier;
    switch (spec.kind) {
      case 'first':
        tier = { fromGb: 0, toGb: spec.sizeGb };
        break;
      case 'upTo':
        tier = { fromGb: end, toGb: spec.toGb };
        break;
      case 'next':
        tier = { fromGb: end, toGb: end + spec.sizeGb };
        break;
      case 'over':
        tier = { fromGb: spec.fromGb, toGb: null };
        break;
      case 'range':
        tier = { fromGb: spec.fromGb, toGb: spec.toGb };
        break;
    }
    if (tier.fromGb !== end) {
      return { error: `tier ${i + 1} starts at ${tier.fromGb} GB but the tier below ends at ${end} GB` };
    }
    if (tier.toGb !== null && !(tier.toGb > tier.fromGb)) {
      return { error: `tier ${i + 1} is empty (${tier.fromGb}–${tier.toGb} GB)` };
    }
    tiers.push(tier);
    end = tier.toGb;
  }
  return { tiers };
}

export interface TierCharge {
  row: PriceRow;
  quantityGb: number;
}

/**
 * Splits one month's volume over a ladder, cumulatively: each GB is priced by the tier its
 * position in the month's running total falls in. `uncoveredGb` is what lies beyond the
 * last bounded tier (the ladder does not say what it costs).
 */
export function splitAcrossTiers(volumeGb: number, ladder: PriceRow[]): { charges: TierCharge[]; uncoveredGb: number } {
  const sorted = ladder
    .filter((r): r is PriceRow & { tier: VolumeTier } => r.tier !== null)
    .sort((a, b) => a.tier.fromGb - b.tier.fromGb);
  const charges: TierCharge[] = [];
  let coveredTo = 0;
  for (const row of sorted) {
    const top = row.tier.toGb ?? Infinity;
    const inTier = Math.min(volumeGb, top) - row.tier.fromGb;
    if (inTier > 0) charges.push({ row, quantityGb: roundQuantity(inTier) });
    coveredTo = Math.max(coveredTo, top);
  }
  return { charges, uncoveredGb: roundQuantity(Math.max(0, volumeGb - coveredTo)) };
}

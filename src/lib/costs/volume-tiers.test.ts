import { describe, expect, it } from 'vitest';
import type { PriceRow } from './price-types';
import { parseTierSpec, resolveLadder, splitAcrossTiers } from './volume-tiers';

describe('parseTierSpec', () => {
  it('reads the tier words used by the AWS, Azure and GCP SKU names (1 TB = 1024 GB)', () => {
    expect(parseTierSpec('first-100GB-month')).toEqual({ kind: 'first', sizeGb: 100 });
    expect(parseTierSpec('up-to-10TB')).toEqual({ kind: 'upTo', toGb: 10240 });
    expect(parseTierSpec('next-40TB')).toEqual({ kind: 'next', sizeGb: 40960 });
    expect(parseTierSpec('over-150TB')).toEqual({ kind: 'over', fromGb: 153600 });
    expect(parseTierSpec('1-10TB')).toEqual({ kind: 'range', fromGb: 1024, toGb: 10240 });
    expect(parseTierSpec('ingress')).toBeNull();
  });
});

describe('resolveLadder', () => {
  it('turns "next N" into absolute bounds that include the free allowance', () => {
    const specs = ['first-100GB-month', 'up-to-10TB', 'next-40TB', 'next-100TB', 'over-150TB'].map((s) =>
      parseTierSpec(s)!,
    );
    // 100 GB; 10 TB = 10240 GB; 10240 + 40×1024 = 51200; 51200 + 100×1024 = 153600; 150 TB = 153600
    expect(resolveLadder(specs)).toEqual({
      tiers: [
        { fromGb: 0, toGb: 100 },
        { fromGb: 100, toGb: 10240 },
        { fromGb: 10240, toGb: 51200 },
        { fromGb: 51200, toGb: 153600 },
        { fromGb: 153600, toGb: null },
      ],
    });
  });

  it('reports a gap between tiers', () => {
    const specs = ['0-1TB', 'over-10TB'].map((s) => parseTierSpec(s)!);
    expect(resolveLadder(specs)).toEqual({ error: 'tier 2 starts at 10240 GB but the tier below ends at 1024 GB' });
  });

  it('reports a tier after an unbounded one', () => {
    const specs = ['over-0TB', 'next-1TB'].map((s) => parseTierSpec(s)!);
    expect('error' in resolveLadder(specs)).toBe(true);
  });
});

describe('splitAcrossTiers', () => {
  const row = (fromGb: number, toGb: number | null) => ({ id: `${fromGb}`, tier: { fromGb, toGb } }) as PriceRow;

  it('fills tiers in order of their bounds and reports volume above the last bounded tier', () => {
    const ladder = [row(1024, 10240), row(0, 1024)];
    // 12 TB = 12288 GB: 1024 in the first tier, 9216 in the second, 2048 beyond 10240
    const { charges, uncoveredGb } = splitAcrossTiers(12288, ladder);
    expect(charges.map((c) => [c.row.id, c.quantityGb])).toEqual([
      ['0', 1024],
      ['1024', 9216],
    ]);
    expect(uncoveredGb).toBe(2048);
  });

  it('leaves nothing uncovered with an unbounded top tier', () => {
    expect(splitAcrossTiers(500, [row(0, 100), row(100, null)]).uncoveredGb).toBe(0);
    expect(splitAcrossTiers(50, [row(0, 100), row(100, null)]).charges.map((c) => c.quantityGb)).toEqual([50]);
  });
});

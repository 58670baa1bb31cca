import { describe, expect, it } from 'vitest';
import { l1EventPresets } from './l1-presets';
import { typicalRow } from './typical-event';

describe('typicalRow', () => {
  it('picks the row nearest the per-feature medians, not an outlier', () => {
    const features = Float64Array.from([1, 10, 2, 20, 3, 30, 100, 1000, 2.1, 19]);
    expect(typicalRow({ n: 5, width: 2, features, labels: new Uint8Array(5) })).toEqual([2.1, 19]);
  });

  it('refuses an empty sample', () => {
    expect(() => typicalRow({ n: 0, width: 2, features: new Float64Array(), labels: new Uint8Array() })).toThrow(
      RangeError,
    );
  });
});

describe('l1EventPresets', () => {
  it('gives one SM event and one per synthetic signal, the same on every build', () => {
    const presets = l1EventPresets();
    expect(presets.map((p) => [p.id, p.kind])).toEqual([
      ['sm-background', 'background'],
      ['monojet-dark-matter', 'signal'],
      ['leptoquark-pair', 'signal'],
      ['a-to-4-leptons', 'signal'],
    ]);
    expect(presets.every((p) => p.values.length === 10)).toBe(true);
    expect(l1EventPresets()).toEqual(presets);
    // The A → 4ℓ event has leptons and no jets; the monojet one has one jet and missing energy.
    expect(presets[3]!.values[7]! + presets[3]!.values[9]!).toBeGreaterThanOrEqual(2);
    expect(presets[1]!.values[2]).toBe(1);
    expect(presets[1]!.values[0]).toBeGreaterThan(presets[0]!.values[0]!);
  });
});

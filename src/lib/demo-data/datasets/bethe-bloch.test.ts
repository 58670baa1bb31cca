import { describe, expect, it } from 'vitest';
import { betheBlochAleph, expectedDedx, MIP_SIGNAL } from './bethe-bloch';
import { PID_SPECIES } from './pid-dedx';

describe('ALEPH Bethe–Bloch', () => {
  it('puts minimum ionisation at MIP = 50 near βγ ≈ 3.5', () => {
    let minimum = Infinity;
    let where = 0;
    for (let bg = 1; bg < 10; bg += 0.01) {
      const v = MIP_SIGNAL * betheBlochAleph(bg);
      if (v < minimum) [minimum, where] = [v, bg];
    }
    expect(minimum).toBeGreaterThan(48);
    expect(minimum).toBeLessThan(52);
    expect(where).toBeGreaterThan(2.5);
    expect(where).toBeLessThan(4.5);
  });

  it('rises roughly like 1/β² for slow particles and saturates on the Fermi plateau', () => {
    expect(expectedDedx(0.3, 0.93827209) / expectedDedx(0.6, 0.93827209)).toBeGreaterThan(2.5);
    expect(Math.abs(expectedDedx(5, 0.00051099895) - expectedDedx(0.2, 0.00051099895))).toBeLessThan(0.5);
  });

  it('orders the bands π < e < K < p at 0.5 GeV/c', () => {
    const [e, pi, k, p] = PID_SPECIES.map((s) => expectedDedx(0.5, s.mass)) as [number, number, number, number];
    expect(pi).toBeLessThan(e);
    expect(e).toBeLessThan(k);
    expect(k).toBeLessThan(p);
  });
});

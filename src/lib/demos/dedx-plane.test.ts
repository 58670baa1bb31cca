import { describe, expect, it } from 'vitest';
import { expectedDedx } from '../demo-data/datasets/bethe-bloch';
import { fromSvg, logTicks, planeGeometry, roundForInput, speciesBands, toSvg } from './dedx-plane';

const g = planeGeometry([0.15, 5], [30, 1400]);

describe('dE/dx plane geometry', () => {
  it('maps the axis ends to the plot corners and back', () => {
    expect(toSvg(g, 0.15, 30)).toEqual({ x: g.left, y: g.bottom });
    expect(toSvg(g, 5, 1400)).toEqual({ x: g.right, y: g.top });
    const { x, y } = toSvg(g, 0.5, 167);
    const back = fromSvg(g, x, y);
    expect(back.p).toBeCloseTo(0.5, 10);
    expect(back.dedx).toBeCloseTo(167, 8);
  });

  it('clamps points outside the plot to the axis ranges', () => {
    expect(fromSvg(g, 0, 0)).toEqual({ p: 0.15, dedx: 1400 });
  });

  it('draws a band per species around its Bethe–Bloch line', () => {
    const bands = speciesBands(g);
    expect(bands.map((b) => b.label)).toEqual(['e', 'pi', 'K', 'p']);
    const proton = bands[3]!;
    const first = proton.centre.slice(1).split('L')[0]!.split(',').map(Number);
    expect(first[0]).toBeCloseTo(g.left, 1);
    // Slow protons ionise far above the axis top: the line is clamped to the plot.
    expect(first[1]).toBeGreaterThanOrEqual(g.top);
    expect(proton.band.endsWith('Z')).toBe(true);
    expect(expectedDedx(1, 0.93827209)).toBeGreaterThan(expectedDedx(1, 0.13957039));
  });

  it('ticks at 1-2-5 steps inside the range', () => {
    expect(logTicks([0.15, 5])).toEqual([0.2, 0.5, 1, 2, 5]);
    expect(logTicks([30, 1400])).toEqual([50, 100, 200, 500, 1000]);
  });

  it('rounds picked values to three significant digits', () => {
    expect(roundForInput(0.123456)).toBe(0.123);
    expect(roundForInput(1234.5)).toBe(1230);
  });
});

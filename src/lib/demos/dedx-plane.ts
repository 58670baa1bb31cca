import { DEDX_RESOLUTION, expectedDedx } from '../demo-data/datasets/bethe-bloch';
import { PID_SPECIES } from '../demo-data/datasets/pid-dedx';

/** The dE/dx vs p plane of the PID demo: both axes logarithmic, in SVG user units. */
export interface PlaneGeometry {
  width: number;
  height: number;
  /** Plot area inside the axes. */
  left: number;
  right: number;
  top: number;
  bottom: number;
  p: readonly [number, number];
  dedx: readonly [number, number];
}

export function planeGeometry(p: readonly [number, number], dedx: readonly [number, number]): PlaneGeometry {
  return { width: 640, height: 420, left: 64, right: 624, top: 16, bottom: 370, p, dedx };
}

const logFraction = (v: number, [lo, hi]: readonly [number, number]) => Math.log(v / lo) / Math.log(hi / lo);
const fromLogFraction = (f: number, [lo, hi]: readonly [number, number]) => lo * (hi / lo) ** f;

export function toSvg(g: PlaneGeometry, p: number, dedx: number): { x: number; y: number } {
  return {
    x: g.left + logFraction(p, g.p) * (g.right - g.left),
    y: g.bottom - logFraction(dedx, g.dedx) * (g.bottom - g.top),
  };
}

/** Plot coordinates back to physics, clamped to the axis ranges. */
export function fromSvg(g: PlaneGeometry, x: number, y: number): { p: number; dedx: number } {
  const fx = Math.min(1, Math.max(0, (x - g.left) / (g.right - g.left)));
  const fy = Math.min(1, Math.max(0, (g.bottom - y) / (g.bottom - g.top)));
  return { p: fromLogFraction(fx, g.p), dedx: fromLogFraction(fy, g.dedx) };
}

/** Three significant digits: what a reader would type. */
export function roundForInput(v: number): number {
  return Number(v.toPrecision(3));
}

export interface SpeciesBand {
  label: string;
  name: string;
  /** Centre line: the Bethe–Bloch expectation. */
  centre: string;
  /** Closed path of the ±1σ (5.2 %) resolution band. */
  band: string;
  /** Where to write the species name. */
  labelAt: { x: number; y: number };
}

/** Momentum at which each species' name is written, above or below its band. */
const LABEL_PLACEMENT: Readonly<Record<string, { p: number; above: boolean }>> = {
  e: { p: 3, above: true },
  pi: { p: 0.4, above: false },
  K: { p: 0.22, above: true },
  p: { p: 0.3, above: true },
};

const clampY = (g: PlaneGeometry, y: number) => Math.min(g.bottom, Math.max(g.top, y));
const point = ({ x, y }: { x: number; y: number }) => `${x.toFixed(1)},${y.toFixed(1)}`;

/** Bethe–Bloch bands of e, π, K and p across the plane, as SVG path data. */
export function speciesBands(g: PlaneGeometry, steps = 120): SpeciesBand[] {
  const ps = Array.from({ length: steps + 1 }, (_, i) => fromLogFraction(i / steps, g.p));
  return PID_SPECIES.map(({ label, name, mass }) => {
    const at = (p: number, scale: number) => {
      const { x, y } = toSvg(g, p, expectedDedx(p, mass) * scale);
      return { x, y: clampY(g, y) };
    };
    const upper = ps.map((p) => at(p, 1 + DEDX_RESOLUTION));
    const lower = ps.map((p) => at(p, 1 - DEDX_RESOLUTION)).reverse();
    // Each name sits where its band is alone: e on its plateau at high p, π under its minimum.
    const place = LABEL_PLACEMENT[label] ?? { p: ps[Math.floor(steps / 4)]!, above: true };
    const labelP = Math.min(g.p[1], Math.max(g.p[0], place.p));
    const anchor = toSvg(
      g,
      labelP,
      expectedDedx(labelP, mass) * (place.above ? 1 + 3 * DEDX_RESOLUTION : 1 - 3 * DEDX_RESOLUTION),
    );
    if (!place.above) anchor.y += 12;
    return {
      label,
      name,
      centre: `M${ps.map((p) => point(at(p, 1))).join('L')}`,
      band: `M${[...upper, ...lower].map(point).join('L')}Z`,
      labelAt: { x: anchor.x, y: clampY(g, anchor.y) },
    };
  });
}

/** Ticks at 1-2-5 steps inside the range (log axes). */
export function logTicks([lo, hi]: readonly [number, number]): number[] {
  const ticks: number[] = [];
  for (let decade = Math.floor(Math.log10(lo)); decade <= Math.ceil(Math.log10(hi)); decade++) {
    for (const m of [1, 2, 5]) {
      const v = Number((m * 10 ** decade).toPrecision(3));
      if (v >= lo * 0.999 && v <= hi * 1.001) ticks.push(v);
    }
  }
  return ticks;
}

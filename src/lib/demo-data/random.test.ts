import { describe, expect, it } from 'vitest';
import { createRandom, createRandomFromState, permutation } from './random';

describe('random', () => {
  it('matches the xoshiro128** reference output for state [1, 2, 3, 4]', () => {
    const r = createRandomFromState([1, 2, 3, 4]);
    const out = Array.from({ length: 6 }, () => r.nextUint32());
    expect(out).toEqual([11520, 0, 5927040, 70819200, 2031721883, 1637235492]);
  });

  it('repeats the same stream for the same seed and differs for another seed', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const c = createRandom(43);
    const xa = Array.from({ length: 5 }, () => a.uniform());
    expect(Array.from({ length: 5 }, () => b.uniform())).toEqual(xa);
    expect(Array.from({ length: 5 }, () => c.uniform())).not.toEqual(xa);
  });

  it('draws normals with mean 0 and variance 1', () => {
    const r = createRandom(7);
    let sum = 0;
    let sumSq = 0;
    const n = 100_000;
    for (let i = 0; i < n; i++) {
      const z = r.normal();
      sum += z;
      sumSq += z * z;
    }
    expect(Math.abs(sum / n)).toBeLessThan(0.02);
    expect(Math.abs(sumSq / n - 1)).toBeLessThan(0.02);
  });

  it('draws Poisson and gamma variates with the requested means', () => {
    const r = createRandom(9);
    const n = 50_000;
    let p = 0;
    let g = 0;
    for (let i = 0; i < n; i++) {
      p += r.poisson(3.5);
      g += r.gamma(4, 0.5);
    }
    expect(p / n).toBeCloseTo(3.5, 1);
    expect(g / n).toBeCloseTo(2, 1);
  });

  it('permutes every index exactly once', () => {
    const order = permutation(1000, createRandom(1));
    expect([...order].sort((x, y) => x - y)).toEqual(Array.from({ length: 1000 }, (_, i) => i));
    expect([...order.slice(0, 10)]).not.toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});

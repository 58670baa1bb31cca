/**
 * Seeded pseudo-random numbers for the synthetic physics generators.
 * xoshiro128** (Blackman & Vigna) seeded through splitmix32, so a 32-bit seed
 * gives the same stream on every JS engine: only integer ops (Math.imul, >>>)
 * decide the bits. Gaussians use Box–Muller.
 */
export interface Random {
  /** Uniform in [0, 1) with 53 random bits. */
  uniform(): number;
  /** Uniform in (0, 1]: safe for logarithms. */
  uniformOpen(): number;
  /** Standard normal N(0, 1). */
  normal(): number;
  /** Exponential with the given mean. */
  exponential(mean: number): number;
  /** Poisson with mean `lambda` (Knuth's product method; fine for lambda below ~30). */
  poisson(lambda: number): number;
  /** Gamma(shape k >= 1, scale theta) by Marsaglia–Tsang. */
  gamma(shape: number, scale: number): number;
  /** Integer in [0, n). */
  int(n: number): number;
  /** Raw 32-bit output. */
  nextUint32(): number;
}

function splitmix32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

const TWO_POW_26 = 67108864;
const TWO_POW_53 = 9007199254740992;

export function createRandom(seed: number): Random {
  const init = splitmix32(seed);
  return createRandomFromState([init(), init(), init(), init()]);
}

/** xoshiro128** started from an explicit 128-bit state (not all zero). */
export function createRandomFromState(state: readonly [number, number, number, number]): Random {
  let [s0, s1, s2, s3] = state.map((x) => x >>> 0) as [number, number, number, number];
  let spareNormal: number | undefined;

  const nextUint32 = (): number => {
    const result = Math.imul(rotl(Math.imul(s1, 5) >>> 0, 7), 9) >>> 0;
    const t = (s1 << 9) >>> 0;
    s2 = (s2 ^ s0) >>> 0;
    s3 = (s3 ^ s1) >>> 0;
    s1 = (s1 ^ s2) >>> 0;
    s0 = (s0 ^ s3) >>> 0;
    s2 = (s2 ^ t) >>> 0;
    s3 = rotl(s3, 11);
    return result;
  };

  const uniform = (): number => {
    const hi = nextUint32() >>> 5;
    const lo = nextUint32() >>> 6;
    return (hi * TWO_POW_26 + lo) / TWO_POW_53;
  };

  const uniformOpen = (): number => 1 - uniform();

  const normal = (): number => {
    if (spareNormal !== undefined) {
      const z = spareNormal;
      spareNormal = undefined;
      return z;
    }
    const r = Math.sqrt(-2 * Math.log(uniformOpen()));
    const theta = 2 * Math.PI * uniform();
    spareNormal = r * Math.sin(theta);
    return r * Math.cos(theta);
  };

  const exponential = (mean: number): number => -mean * Math.log(uniformOpen());

  const poisson = (lambda: number): number => {
    const limit = Math.exp(-lambda);
    let k = 0;
    let product = uniformOpen();
    while (product > limit) {
      k += 1;
      product *= uniformOpen();
    }
    return k;
  };

  const gamma = (shape: number, scale: number): number => {
    if (shape < 1) throw new RangeError('gamma: shape must be >= 1');
    const d = shape - 1 / 3;
    const c = 1 / Math.sqrt(9 * d);
    for (;;) {
      let x: number;
      let v: number;
      do {
        x = normal();
        v = 1 + c * x;
      } while (v <= 0);
      v = v * v * v;
      const u = uniformOpen();
      if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v * scale;
    }
  };

  const int = (n: number): number => Math.floor(uniform() * n);

  return { uniform, uniformOpen, normal, exponential, poisson, gamma, int, nextUint32 };
}

function rotl(x: number, k: number): number {
  return ((x << k) | (x >>> (32 - k))) >>> 0;
}

/** Fisher–Yates permutation of 0..n-1. */
export function permutation(n: number, random: Random): Uint32Array {
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = random.int(i + 1);
    const tmp = order[i]!;
    order[i] = order[j]!;
    order[j] = tmp;
  }
  return order;
}

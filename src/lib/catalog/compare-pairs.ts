/**
 * Which version comparisons are pre-rendered as static pages (so they work without
 * JavaScript): every pair for small models, otherwise each version against the one before it
 * and against production. Any other pair is compared in the browser from the API.
 */
export const ALL_PAIRS_UP_TO = 12;

export function comparePairs(versions: readonly number[], production: number | null): [number, number][] {
  const sorted = [...new Set(versions)].sort((a, b) => a - b);
  const pairs = new Map<string, [number, number]>();
  const add = (a: number, b: number) => {
    if (a === b) return;
    const pair: [number, number] = a < b ? [a, b] : [b, a];
    pairs.set(pair.join('...'), pair);
  };
  if (sorted.length <= ALL_PAIRS_UP_TO) {
    for (const [i, a] of sorted.entries()) for (const b of sorted.slice(i + 1)) add(a, b);
  } else {
    for (let i = 1; i < sorted.length; i++) add(sorted[i - 1]!, sorted[i]!);
    if (production !== null && sorted.includes(production)) for (const v of sorted) add(v, production);
  }
  return [...pairs.values()].sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}

export const pairSlug = ([a, b]: readonly [number, number]) => `${a}...${b}`;

/** "3...7" → [3, 7]; null for anything else. */
export function parsePair(slug: string): [number, number] | null {
  const match = /^(\d+)\.\.\.(\d+)$/.exec(slug);
  return match ? [Number(match[1]), Number(match[2])] : null;
}

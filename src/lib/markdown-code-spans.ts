/**
 * Code spans in one paragraph: a run of backticks pairs with the next run of the same length.
 * Which run opens depends on where pairing started, and another construct (a tag, a table cell,
 * a link) may swallow a backtick and make pairing start afresh after it. So pairing is followed
 * from every such restart point: `maybe` marks what any of those readings puts in code,
 * `primary` what the reading from the paragraph start does, and `unsure` where the readings
 * disagree (from a restart point until its reading rejoins the primary one).
 */

export type Mark = (from: number, to: number) => void;

const BACKTICK = 96;
const BACKSLASH = 92;

export function markCodeSpans(text: string, restart: Uint8Array, marks: { maybe: Mark; primary: Mark; unsure: Mark }) {
  const starts: number[] = [];
  const sizes: number[] = [];
  for (let i = text.indexOf('`'); i !== -1; i = text.indexOf('`', i)) {
    let end = i + 1;
    while (text.charCodeAt(end) === BACKTICK) end++;
    starts.push(i);
    sizes.push(end - i);
    i = end;
  }
  const runs = starts.length;
  if (runs === 0) return;
  const bySize = new Map<number, number[]>();
  sizes.forEach((size, k) => {
    const at = bySize.get(size);
    if (at) at.push(k);
    else bySize.set(size, [k]);
  });
  /** A run read as an opener: an odd number of backslashes before it escapes its first backtick. */
  const opener = (k: number) => {
    let backslashes = 0;
    while (text.charCodeAt(starts[k]! - backslashes - 1) === BACKSLASH) backslashes++;
    return backslashes % 2 === 1
      ? { start: starts[k]! + 1, size: sizes[k]! - 1 }
      : { start: starts[k]!, size: sizes[k]! };
  };
  /** The run closing `k` read as an opener, or -1. */
  const partner = (k: number) => {
    const { size } = opener(k);
    const at = size > 0 ? bySize.get(size) : undefined;
    if (!at) return -1;
    let lo = 0;
    let hi = at.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (at[mid]! <= k) lo = mid + 1;
      else hi = mid;
    }
    return at[lo] ?? -1;
  };
  const span = (k: number, close: number): [number, number] => [opener(k).start, starts[close]! + sizes[close]!];

  const primaryOpener = new Uint8Array(runs);
  for (let k = 0; k < runs;) {
    primaryOpener[k] = 1;
    const close = partner(k);
    if (close === -1) k++;
    else {
      marks.primary(...span(k, close));
      k = close + 1;
    }
  }
  // Where a reading that treats run k as an opener rejoins the primary reading (runs: never).
  const rejoin = new Int32Array(runs + 1).fill(runs);
  for (let k = runs - 1; k >= 0; k--) {
    const close = primaryOpener[k] ? k : partner(k);
    rejoin[k] = primaryOpener[k] ? k : close === -1 ? rejoin[k + 1]! : rejoin[close + 1]!;
  }

  const reachable = new Uint8Array(runs);
  for (let p = 0, k = 0; p <= text.length && k < runs; p++) {
    if (!restart[p]) continue;
    while (k < runs && starts[k]! < p) k++;
    if (k === runs) break;
    reachable[k] = 1;
    if (!primaryOpener[k]) marks.unsure(p, rejoin[k] === runs ? text.length : starts[rejoin[k]!]!);
  }
  for (let k = 0; k < runs; k++) {
    if (!reachable[k]) continue;
    const close = partner(k);
    if (close === -1) {
      if (k + 1 < runs) reachable[k + 1] = 1;
      continue;
    }
    marks.maybe(...span(k, close));
    if (close + 1 < runs) reachable[close + 1] = 1;
  }
}

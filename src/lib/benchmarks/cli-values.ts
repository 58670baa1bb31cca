/** Option values of the benchmark harnesses: `2s`, `500ms`, `1.5m`; `1,8,64`. */

const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000 };

/** Milliseconds from `2s`, `500ms`, `1.5m` or a bare number of seconds. RangeError otherwise. */
export function parseDuration(text: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m)?\s*$/.exec(text);
  if (!match) throw new RangeError(`"${text}" is not a duration: use e.g. 2s, 500ms or 1.5m`);
  const ms = Number(match[1]) * UNITS[match[2] ?? 's']!;
  if (!(ms > 0)) throw new RangeError(`duration "${text}" must be above zero`);
  return ms;
}

/** Positive integers from `1,8,64`, deduplicated, in the order given. RangeError otherwise. */
export function parseIntList(text: string, what: string): number[] {
  const values = text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  if (values.length === 0) throw new RangeError(`give at least one ${what}`);
  const numbers = values.map((v) => {
    const n = Number(v);
    if (!/^\d+$/.test(v) || !Number.isSafeInteger(n) || n < 1)
      throw new RangeError(`"${v}" is not a valid ${what}: use positive integers, e.g. 1,8,64`);
    return n;
  });
  return [...new Set(numbers)];
}

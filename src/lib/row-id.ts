/**
 * Row ids made by the app rather than the database, so that child rows (artifacts, metrics,
 * replicas) can be written in the same batch as their parent without reading an id back.
 * A random positive integer below 2^53: exact in JavaScript and in SQLite, and collisions are
 * negligible (a duplicate fails the PRIMARY KEY and the caller retries).
 */
export function randomRowId(): number {
  const [high, low] = crypto.getRandomValues(new Uint32Array(2)) as unknown as [number, number];
  // 21 high bits + 32 low bits = 53 bits; never 0.
  return (high & 0x1fffff) * 0x1_0000_0000 + low || 1;
}

/**
 * Samples per second of a single-stream run, from batch size and mean latency per batch:
 * batch / (mean ms / 1000). Assumes batches run one after another.
 */
export function throughputFromMeanLatency(batchSize: number, meanLatencyMs: number): number {
  if (!(batchSize > 0) || !(meanLatencyMs > 0)) throw new RangeError('batch size and mean latency must be positive');
  return (batchSize * 1000) / meanLatencyMs;
}

/** Samples per second over a whole run (offline scenario): batch × iterations / (total ms / 1000). */
export function throughputFromTotalTime(batchSize: number, iterations: number, totalMs: number): number {
  if (!(batchSize > 0) || !(iterations >= 0) || !(totalMs > 0))
    throw new RangeError('batch size and total time must be positive, iterations ≥ 0');
  return (batchSize * iterations * 1000) / totalMs;
}

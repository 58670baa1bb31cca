import type { BenchmarkResults } from './record';

export interface PlausibilityIssue {
  path: string;
  message: string;
}

/**
 * Consistency a real measurement always has; a result that breaks it was mistyped or made up.
 * The runs cannot add up to more time than the loop took (5 % and 5 ms of slack for rounding).
 */
export function plausibilityIssues(
  results: Pick<BenchmarkResults, 'iterations' | 'durationMs' | 'latencyMs'>,
): PlausibilityIssue[] {
  const issues: PlausibilityIssue[] = [];
  const busyMs = results.latencyMs.mean * results.iterations;
  if (busyMs > results.durationMs * 1.05 + 5) {
    issues.push({
      path: 'results.latencyMs.mean',
      message: `${results.iterations} runs of ${results.latencyMs.mean} ms on average take ${Number(busyMs.toPrecision(4))} ms, more than the ${results.durationMs} ms the run lasted`,
    });
  }
  return issues;
}

import type { Provenance, BenchmarkSource } from '../../src/lib/benchmarks/record';

/** Provenance as a submitter sends it: everything optional, the hub fills in the rest. */
export type SubmittedProvenance = Partial<Provenance> | undefined;

/**
 * The provenance the hub stores for any benchmark result (inference or data access): the source
 * the route or webhook established, the submitter the record names (else the token or webhook
 * source name), when it was measured (else when the hub received it), its raw log and harness.
 */
export function resolveProvenance(
  submitted: SubmittedProvenance,
  input: { source: BenchmarkSource; submitter: string; now: Date },
): Provenance & { submitter: string } {
  const given = submitted ?? {};
  return {
    source: input.source,
    submitter: given.submitter ?? input.submitter,
    measuredAt: given.measuredAt ? new Date(given.measuredAt).toISOString() : input.now.toISOString(),
    ...(given.rawLogUrl ? { rawLogUrl: given.rawLogUrl } : {}),
    ...(given.harness ? { harness: given.harness } : {}),
  };
}

import type { ModelTask } from '../catalog-vocabulary';
import type { BenchmarkRecord, Provenance } from './record';

/** A stored result as the API returns it (`GET /api/benchmarks/:id`): what pages and exports read. */
export interface BenchmarkResultJson extends Omit<
  BenchmarkRecord,
  'model' | 'version' | 'provenance' | 'supersedes' | 'hardwarePool'
> {
  id: string;
  model: { slug: string; name: string; task: ModelTask };
  version: number;
  engineLabel: string;
  hardwareLabel: string;
  /** The hardware pool it was measured on (slug), if the record named one. */
  hardwarePool: string | null;
  provenance: Provenance & { submitter: string; recordedAt: string; eventRef: string | null };
  supersedes: string | null;
  supersededBy: string | null;
  links: { self: string; page: string; version: string; versionBenchmarks: string };
}

/** Where a result's full environment record is shown. */
export const resultPagePath = (id: string) => `/benchmarks/result/?id=${encodeURIComponent(id)}`;
export const versionBenchmarksPath = (slug: string, version: number) => `/models/${slug}/v/${version}/benchmarks/`;

import type { BenchmarkResultView } from '../../../db/queries/benchmark-results';
import { engineLabel } from '../../../src/lib/benchmarks/labels';
import {
  resultPagePath,
  versionBenchmarksPath,
  type BenchmarkResultJson,
} from '../../../src/lib/benchmarks/result-json';

/** A stored result as the API answers it: the full record plus where it belongs and what corrects it. */
export function toBenchmarkResponse(row: BenchmarkResultView): BenchmarkResultJson {
  const { record } = row;
  return {
    id: row.id,
    model: { slug: row.modelSlug, name: row.modelName, task: row.modelTask },
    version: row.version,
    artifact: record.artifact,
    engine: record.engine,
    engineLabel: engineLabel(record.engine),
    hardware: record.hardware,
    hardwareLabel: row.hardware,
    hardwarePool: record.hardwarePool ?? null,
    software: record.software,
    settings: record.settings,
    results: record.results,
    ...(record.accuracy ? { accuracy: record.accuracy } : {}),
    validity: record.validity,
    provenance: {
      ...record.provenance,
      submitter: row.submitter,
      measuredAt: row.measuredAt.toISOString(),
      recordedAt: row.createdAt.toISOString(),
      eventRef: row.eventRef,
    },
    supersedes: row.supersedesId,
    supersededBy: row.supersededById,
    links: {
      self: `/api/benchmarks/${row.id}`,
      page: resultPagePath(row.id),
      version: `/models/${row.modelSlug}/v/${row.version}/`,
      versionBenchmarks: versionBenchmarksPath(row.modelSlug, row.version),
    },
  };
}

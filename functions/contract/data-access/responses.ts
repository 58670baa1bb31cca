import type { DataAccessResultView } from '../../../db/queries/data-access';
import { dataAccessSetupLabel } from '../../../src/lib/benchmarks/data-access';
import type { DataAccessResultJson } from './schema';

export const dataAccessPagePath = (id: string) => `/benchmarks/storage/result/?id=${encodeURIComponent(id)}`;

/** A stored storage result as the API answers it and the pages show it. */
export function toDataAccessResponse(row: DataAccessResultView): DataAccessResultJson {
  const { record } = row;
  return {
    id: row.id,
    storage: record.storage,
    file: record.file,
    reader: record.reader,
    settings: record.settings,
    results: record.results,
    hardware: record.hardware,
    hardwareLabel: row.hardware,
    setupLabel: dataAccessSetupLabel(record),
    software: record.software,
    hardwarePool: row.poolSlug ? { slug: row.poolSlug, name: row.poolName ?? row.poolSlug } : null,
    dataset: row.datasetSlug ? { slug: row.datasetSlug, name: row.datasetName ?? row.datasetSlug } : null,
    visibility: row.visibility,
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
    links: { self: `/api/benchmarks/data-access/${row.id}`, page: dataAccessPagePath(row.id) },
  };
}

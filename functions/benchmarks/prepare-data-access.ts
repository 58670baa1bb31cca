import type { Db } from '../../db/client';
import { getDatasetBySlug } from '../../db/queries/datasets';
import { getDataAccessResult } from '../../db/queries/data-access';
import { getPoolBySlug } from '../../db/queries/hardware';
import { canView, type Viewer } from '../../db/queries/viewer';
import type { NewDataAccessResultRow, StoredDataAccessRecord } from '../../db/schema';
import {
  dataAccessPlausibilityIssues,
  judgeDataAccess,
  type DataAccessRecord,
} from '../../src/lib/benchmarks/data-access';
import { hardwareLabel } from '../../src/lib/benchmarks/labels';
import type { BenchmarkSource } from '../../src/lib/benchmarks/record';
import { randomId } from '../../src/lib/tokens';
import { BenchmarkRejection } from './prepare-result';
import { resolveProvenance } from './provenance';

export interface PrepareDataAccessInput {
  db: Db;
  record: DataAccessRecord;
  source: BenchmarkSource;
  /** Who submitted it when the record does not say (token or webhook source name). */
  submitter: string;
  /** Who is writing: what datasets and results it may name. */
  viewer: Viewer;
  /** The group the result belongs to: the token's or the webhook source's (null: an admin without group). */
  ownerGroupId: string | null;
  tokenId?: string | undefined;
  webhookSourceId?: string | undefined;
  eventRef?: string | undefined;
  now: Date;
  /** Base of error paths ("" for the REST body, "data." for events). */
  pathPrefix?: string;
}

const issue = (path: string, message: string, code: string) => [{ path, message, code }];

/**
 * Checks a storage result against the hub (hardware pool, dataset, the result it corrects) and
 * turns it into the row to insert, with the hub's verdict and provenance. Reads only; throws
 * BenchmarkRejection, which the REST route answers as ApiError and a webhook as a stored rejection.
 */
export async function prepareDataAccessResult(input: PrepareDataAccessInput): Promise<NewDataAccessResultRow> {
  const { db, record, now } = input;
  const where = input.pathPrefix ?? '';
  const implausible = dataAccessPlausibilityIssues(record.results);
  if (implausible.length > 0) {
    throw new BenchmarkRejection(
      422,
      'implausible_result',
      `The result is not consistent: ${implausible[0]!.message}.`,
      implausible.map((i) => ({ path: `${where}${i.path}`, message: i.message, code: 'implausible_result' })),
    );
  }
  let poolId: number | null = null;
  if (record.hardwarePool) {
    const pool = await getPoolBySlug(db, record.hardwarePool);
    if (!pool)
      throw new BenchmarkRejection(
        422,
        'unknown_pool',
        `No hardware pool "${record.hardwarePool}" is listed (see GET /api/hardware).`,
        issue(`${where}hardwarePool`, 'Unknown pool.', 'unknown_pool'),
      );
    poolId = pool.id;
  }
  let datasetId: number | null = null;
  let visibility: 'public' | 'internal' = 'public';
  let ownerGroupId = input.ownerGroupId;
  if (record.dataset) {
    const dataset = await getDatasetBySlug(db, record.dataset);
    if (!dataset || !canView(dataset, input.viewer))
      throw new BenchmarkRejection(
        422,
        'unknown_dataset',
        `No dataset "${record.dataset}" is registered (or you may not see it).`,
        issue(`${where}dataset`, 'Unknown dataset.', 'unknown_dataset'),
      );
    datasetId = dataset.id;
    if (dataset.visibility !== 'public') {
      visibility = 'internal';
      ownerGroupId ??= dataset.ownerGroupId;
    }
  }
  if (record.supersedes) {
    const old = await getDataAccessResult(db, record.supersedes);
    if (!old || !canView({ visibility: old.visibility, ownerGroupId: old.ownerGroupId ?? '' }, input.viewer))
      throw new BenchmarkRejection(
        422,
        'unknown_result',
        `There is no data-access result "${record.supersedes}" to supersede.`,
        issue(`${where}supersedes`, 'Unknown result.', 'unknown_result'),
      );
    if (!input.viewer.admin && old.ownerGroupId !== input.ownerGroupId)
      throw new BenchmarkRejection(
        403,
        'forbidden',
        `Result "${old.id}" belongs to group "${old.ownerGroupId ?? 'none'}"; only that group (or an admin) may correct it.`,
      );
    if (old.supersededById)
      throw new BenchmarkRejection(
        409,
        'conflict',
        `Result "${old.id}" is already superseded by "${old.supersededById}"; supersede that one instead.`,
      );
  }
  const provenance = resolveProvenance(record.provenance, {
    source: input.source,
    submitter: input.submitter,
    now,
  });
  const validity = judgeDataAccess(record);
  const { validity: _v, provenance: _p, supersedes: _s, ...rest } = record;
  const stored: StoredDataAccessRecord = { ...rest, software: record.software ?? {}, validity, provenance };
  return {
    id: randomId('da_'),
    storageKind: record.storage.kind,
    protocol: record.storage.protocol,
    fileFormat: record.file.format,
    reader: record.reader.name,
    readerVersion: record.reader.version,
    fileSizeBytes: record.file.sizeBytes,
    fileCount: record.file.count,
    concurrency: record.settings.concurrency,
    cacheState: record.settings.cacheState,
    throughputMBps: record.results.throughputMBps,
    eventsPerSec: record.results.eventsPerSec ?? null,
    timeToFirstByteMs: record.results.timeToFirstByteMs,
    durationMs: record.results.durationMs,
    hardware: hardwareLabel(record.hardware),
    poolId,
    datasetId,
    visibility,
    ownerGroupId,
    valid: validity.valid,
    source: input.source,
    submitter: provenance.submitter,
    tokenId: input.tokenId ?? null,
    webhookSourceId: input.webhookSourceId ?? null,
    eventRef: input.eventRef ?? null,
    supersedesId: record.supersedes ?? null,
    measuredAt: new Date(provenance.measuredAt),
    createdAt: now,
    record: stored,
  };
}

import type { Db } from '../client';
import { dataAccessResults } from '../schema';
import { prepareDataAccessResult } from '../../functions/benchmarks/prepare-data-access';
import type { DataAccessRecord } from '../../src/lib/benchmarks/data-access';
import measured from './storage-benchmarks.json';

/**
 * Storage-access results measured by `npm run bench:storage` on the machine this hub was built on
 * (see scripts/bench/storage/README.md for the command and the full output); their provenance says
 * so. No EOS, S3 or CephFS figures are seeded: none were found published in shared/reference/, and
 * the hub never makes numbers up. Sites with those post their own through the API.
 */
export const SEED_STORAGE_RESULTS = measured as unknown as { id: string; record: DataAccessRecord }[];

/** The hub's own group owns the results it measured itself. */
const OWNER = 'hub';

/** Idempotent: inserts the results whose ids are missing, never changes stored ones. */
export async function seedStorageBenchmarks(db: Db, now: Date): Promise<number> {
  let inserted = 0;
  for (const { id, record } of SEED_STORAGE_RESULTS) {
    const row = await prepareDataAccessResult({
      db,
      record,
      source: record.provenance.source ?? 'harness',
      submitter: 'hub maintainers',
      viewer: { groupId: OWNER, admin: false },
      ownerGroupId: OWNER,
      now,
    });
    const rows = await db
      .insert(dataAccessResults)
      .values({ ...row, id })
      .onConflictDoNothing({ target: dataAccessResults.id })
      .returning({ id: dataAccessResults.id });
    inserted += rows.length;
  }
  return inserted;
}

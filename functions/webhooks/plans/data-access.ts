import type { z } from 'zod';
import { dataAccessResultStatements } from '../../../db/queries/data-access';
import { BenchmarkRejection } from '../../benchmarks/prepare-result';
import { prepareDataAccessResult } from '../../benchmarks/prepare-data-access';
import type { BenchmarkDataAccessReportedV1 } from '../../events/data-access-schemas';
import { dataAccessChange } from '../../services/data-access';
import { Rejection, sourceViewer, type EventPlan, type PlanContext } from './context';

/**
 * benchmark.data_access.reported: stores the storage result after the event row, in the same
 * transaction, owned by the source's group; a result the hub refuses rejects the delivery.
 */
export async function planDataAccessReported(
  ctx: PlanContext,
  data: z.output<typeof BenchmarkDataAccessReportedV1>,
): Promise<EventPlan> {
  try {
    const row = await prepareDataAccessResult({
      db: ctx.db,
      record: data,
      source: data.provenance.source ?? 'ci',
      submitter: ctx.source.name,
      viewer: sourceViewer(ctx),
      ownerGroupId: ctx.source.groupId,
      webhookSourceId: ctx.source.id,
      eventRef: ctx.ref,
      now: ctx.now,
      pathPrefix: 'data.',
    });
    return {
      before: [],
      event: {},
      after: dataAccessResultStatements(ctx.db, row),
      ...(row.visibility === 'public' ? { publicChange: dataAccessChange(row, data.hardwarePool) } : {}),
    };
  } catch (error) {
    if (error instanceof BenchmarkRejection) throw new Rejection(error.status, error.code, error.message, error.issues);
    throw error;
  }
}

import type { z } from 'zod';
import { getPoolBySlug } from '../../../db/queries/hardware';
import { hardwareCapacityReports } from '../../../db/schema';
import type { HardwareCapacityReportedV1 } from '../../events/hardware-schemas';
import { publicChange } from '../../public-change';
import { Rejection, type EventPlan, type PlanContext } from './context';

/**
 * hardware.capacity.reported: stores a capacity report of a pool the source's group owns, after
 * the event row and in the same transaction, like POST /api/hardware/:slug/capacity does.
 */
export async function planCapacityReported(
  ctx: PlanContext,
  data: z.infer<typeof HardwareCapacityReportedV1>,
): Promise<EventPlan> {
  const pool = await getPoolBySlug(ctx.db, data.pool);
  if (!pool) {
    throw new Rejection(422, 'unknown_pool', `No hardware pool "${data.pool}" is listed (see GET /api/hardware).`, [
      { path: 'data.pool', message: 'Unknown pool.', code: 'unknown_pool' },
    ]);
  }
  if (!pool.ownerGroupId || pool.ownerGroupId !== ctx.source.groupId) {
    throw new Rejection(
      403,
      'forbidden',
      `The pool "${pool.slug}" belongs to group "${pool.ownerGroupId ?? 'none'}"; this source reports for "${ctx.source.groupId}".`,
    );
  }
  const observedAt = data.observedAt ? new Date(data.observedAt) : ctx.now;
  if (observedAt.getTime() > ctx.now.getTime() + 5 * 60_000) {
    throw new Rejection(422, 'invalid_payload', 'observedAt is in the future.', [
      { path: 'data.observedAt', message: 'Must not be in the future.', code: 'too_big' },
    ]);
  }
  return {
    before: [],
    event: {},
    after: [
      ctx.db.insert(hardwareCapacityReports).values({
        poolId: pool.id,
        status: data.status,
        freeGpus: data.freeGpus,
        totalGpus: data.totalGpus,
        queueLength: data.queueLength,
        note: data.note,
        observedAt,
        source: 'webhook',
        reportedBy: ctx.source.id,
        createdAt: ctx.now,
      }),
    ],
    publicChange: publicChange.hardware(pool.slug, 'capacity reported'),
  };
}

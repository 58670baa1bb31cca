/**
 * A hardware pool named by a cost estimate. The lab's pools are on-prem: no price table prices
 * them, so the estimate names the pool and says so instead of inventing a rate.
 */
import type { z } from '@hono/zod-openapi';
import { getPoolBySlug } from '../../db/queries/hardware';
import type { EstimatePoolSchema } from '../contract/costs/pool-schema';
import { ApiError } from '../errors';
import type { ServiceContext } from '../hub';

export type EstimatePool = z.infer<typeof EstimatePoolSchema>;

/** The pool note of an estimate; a 400 naming `pool` when the directory has no such pool. */
export async function estimatePool(ctx: ServiceContext, slug: string, where = 'body'): Promise<EstimatePool> {
  const pool = await getPoolBySlug(ctx.db, slug);
  if (!pool) {
    const message = `There is no hardware pool "${slug}" (see GET /api/hardware).`;
    throw new ApiError(400, 'validation_failed', message, {
      issues: [{ in: where, path: 'pool', message, code: 'unknown_pool' }],
    });
  }
  return {
    slug: pool.slug,
    name: pool.name,
    url: new URL(`/hardware/${pool.slug}/`, ctx.config.publicUrl).toString(),
    gpuModels: pool.accelerators.filter((a) => a.kind === 'gpu' && a.model).map((a) => a.model!),
    priced: false,
    note:
      `${pool.name} is the lab's own hardware: no price table has a price for it, and the hub does not invent one. ` +
      "The on-prem option uses the hub's assumed rate, not this pool's cost; cloud options price the same GPU-hours elsewhere.",
  };
}

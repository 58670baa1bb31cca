import { pingDatabase } from '../../db/queries/health';
import type { ServiceContext } from '../hub';

export type Health = { ok: true; database: 'ok' } | { ok: false; database: 'unavailable' };

/** Liveness and whether the database answers. */
export async function checkHealth(ctx: ServiceContext): Promise<Health> {
  if (await pingDatabase(ctx.db)) return { ok: true, database: 'ok' };
  return { ok: false, database: 'unavailable' };
}

import type { Context } from 'hono';
import { getModelBySlug } from '../../../db/queries/models';
import { canView } from '../../../db/queries/viewer';
import type { Model } from '../../../db/schema';
import { decodeCursor } from '../../../src/lib/cursor';
import type { AppEnv } from '../../env';
import { ApiError, notFound } from '../../errors';
import { callerOf } from '../../middleware/auth';
import { assertCanWrite, viewerOf } from '../catalog-access';

/** The model, or 404 when it does not exist or the caller may not see it. */
export async function loadModel(c: Context<AppEnv>, slug: string): Promise<Model> {
  const model = await getModelBySlug(c.var.db, slug);
  if (!model || !canView(model, viewerOf(c.get('auth')))) throw notFound(`Model "${slug}"`);
  return model;
}

/** The model, for a change: the caller's group must own it (or the caller is admin). */
export async function loadModelForChange(c: Context<AppEnv>, slug: string): Promise<Model> {
  const model = await loadModel(c, slug);
  assertCanWrite(callerOf(c), model, 'model');
  return model;
}

export function pageSize(c: Context<AppEnv>, limit: number | undefined): number {
  return Math.min(limit ?? c.var.config.pageSize.default, c.var.config.pageSize.max);
}

/** A `[timestamp, id]` cursor, or 400. */
export function timeIdCursor(cursor: string | undefined): [number, string] | undefined {
  if (cursor === undefined) return undefined;
  const values = decodeCursor(cursor, 2);
  if (!values || typeof values[0] !== 'number' || typeof values[1] !== 'string') throw invalidCursor();
  return [values[0], values[1]];
}

export function invalidCursor(): ApiError {
  return new ApiError(400, 'validation_failed', 'The cursor is not valid for this list; start again without it.', {
    issues: [{ in: 'query', path: 'cursor', message: 'Unrecognised cursor.', code: 'invalid_cursor' }],
  });
}

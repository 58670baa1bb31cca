import type { Context } from 'hono';
import { getModelBySlug } from '../../../db/queries/models';
import { canView } from '../../../db/queries/viewer';
import type { Model } from '../../../db/schema';
import { pageLimit, readCursor } from '../../pagination';
import type { AppEnv } from '../../env';
import { notFound } from '../../errors';
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
  return pageLimit(limit, c.var.config.pageSize);
}

/** A `[timestamp, id]` cursor, or 400. */
export function timeIdCursor(cursor: string | undefined): [number, string] | undefined {
  return readCursor(cursor, 2, ['number', 'string']) as [number, string] | undefined;
}

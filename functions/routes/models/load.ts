import { publicChange } from '../../public-change';
import type { Context } from 'hono';
import { getModelBySlug } from '../../../db/queries/models';
import { getModelVersion } from '../../../db/queries/model-versions';
import { canView } from '../../../db/queries/viewer';
import type { Model, ModelVersion } from '../../../db/schema';
import type { AppEnv } from '../../env';
import { notFound } from '../../errors';
import { callerOf } from '../../middleware/auth';
import { assertCanWrite, viewerOf } from '../../services/catalog-access';

/** The model, or 404 when it does not exist or the caller may not see it (internal). */
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

export async function loadModelVersion(
  c: Context<AppEnv>,
  slug: string,
  number: number,
): Promise<{ model: Model; version: ModelVersion }> {
  const model = await loadModel(c, slug);
  const version = await getModelVersion(c.var.db, model.id, number);
  if (!version) throw notFound(`Version ${number} of model "${slug}"`);
  return { model, version };
}

/** Announces a change to a public model, so hosts drop the pages that show it. */
export function announceModel(
  c: Context<AppEnv>,
  model: Model,
  what: string,
  related?: Parameters<typeof publicChange.model>[2],
) {
  if (model.visibility === 'public') c.var.hooks.onPublicChange?.(publicChange.model(model.slug, what, related));
}

/**
 * How MLflow names meet hub slugs. An MLflow registered model is a hub model:
 * - a name that is a valid slug ("gn2-tagger") IS the slug;
 * - any other name ("GN2 Tagger") gets slug = slugify(name) (with -2, -3 … when taken), the name
 *   as display name, and a row in `mlflow_model_names` holding the exact MLflow name.
 * Lookup: the recorded MLflow name first, else the slug equal to the name. A model's MLflow name
 * is its recorded name, else its slug.
 */
import { findModelByMlflowName, mlflowNamesOf, slugTaken } from '../../../db/queries/mlflow-names';
import type { Model } from '../../../db/schema';
import { SLUG_PATTERN, slugify } from '../../../src/lib/slug';
import type { ServiceContext } from '../../hub';

/** The hub model an MLflow name refers to (visibility is the caller's to check), or undefined. */
export async function resolveRegisteredModel(ctx: ServiceContext, name: string): Promise<Model | undefined> {
  return findModelByMlflowName(ctx.db, name);
}

export function isSlugName(name: string): boolean {
  return name.length >= 2 && name.length <= 64 && SLUG_PATTERN.test(name);
}

/** The MLflow name of each model (recorded name, else slug). */
export async function mlflowNames(
  ctx: ServiceContext,
  list: Pick<Model, 'id' | 'slug'>[],
): Promise<Map<number, string>> {
  const recorded = await mlflowNamesOf(
    ctx.db,
    list.map((m) => m.id),
  );
  return new Map(list.map((m) => [m.id, recorded.get(m.id) ?? m.slug]));
}

/** A free slug for a new MLflow name: the name itself when it is a slug, else slugify(name) made unique. */
export async function slugForName(ctx: ServiceContext, name: string, exceptModelId?: number): Promise<string> {
  if (isSlugName(name)) return name;
  const base = (slugify(name) || 'model').slice(0, 58).replace(/-+$/, '').padEnd(2, '0');
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (!(await slugTaken(ctx.db, candidate))) return candidate;
    if (exceptModelId !== undefined) {
      const owner = await findModelByMlflowName(ctx.db, candidate);
      if (owner?.id === exceptModelId) return candidate;
    }
  }
}

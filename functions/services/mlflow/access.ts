/** Finding the hub model and version behind MLflow's `(name, version)`, for reading or changing. */
import { getModelVersion } from '../../../db/queries/model-versions';
import { canView } from '../../../db/queries/viewer';
import type { Model, ModelVersion } from '../../../db/schema';
import type { AuthContext } from '../../env';
import type { ServiceContext } from '../../hub';
import { assertCanWrite, viewerOf } from '../catalog-access';
import { modelNotFound, versionNotFound } from './errors';
import { resolveRegisteredModel } from './names';

/** The model, or RESOURCE_DOES_NOT_EXIST when there is none the caller may see. */
export async function readableModel(ctx: ServiceContext, auth: AuthContext | undefined, name: string): Promise<Model> {
  const model = await resolveRegisteredModel(ctx, name);
  if (!model || !canView(model, viewerOf(auth))) throw modelNotFound(name);
  return model;
}

/** The model, for a change: PERMISSION_DENIED unless the caller's group owns it (or admin). */
export async function writableModel(ctx: ServiceContext, auth: AuthContext, name: string): Promise<Model> {
  const model = await readableModel(ctx, auth, name);
  assertCanWrite(auth, model, 'model');
  return model;
}

export async function versionOf(
  model: Model,
  ctx: ServiceContext,
  name: string,
  version: string,
): Promise<ModelVersion> {
  const row = await getModelVersion(ctx.db, model.id, Number(version));
  if (!row) throw versionNotFound(name, version);
  return row;
}

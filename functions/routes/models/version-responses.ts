import type { Context } from 'hono';
import { listAliases } from '../../../db/queries/model-aliases';
import { loadVersionDetails } from '../../../db/queries/model-versions';
import type { Model, ModelVersion } from '../../../db/schema';
import type { AppEnv } from '../../env';
import { viewerOf } from '../catalog-access';
import { toVersionResponse } from './responses';

/** Full responses for versions of one model, in a fixed number of queries. */
export async function versionResponses(c: Context<AppEnv>, model: Model, versions: ModelVersion[]) {
  const [details, aliases] = await Promise.all([
    loadVersionDetails(c.var.db, versions, viewerOf(c.get('auth'))),
    listAliases(c.var.db, [model.id]),
  ]);
  const modelAliases = aliases.get(model.id) ?? [];
  return versions.map((v) =>
    toVersionResponse(
      model.slug,
      v,
      details.get(v.id)!,
      modelAliases.filter((a) => a.versionId === v.id).map((a) => a.name),
      c.var.config.publicUrl,
    ),
  );
}

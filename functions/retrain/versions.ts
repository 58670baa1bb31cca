import type { Db } from '../../db/client';
import { getAlias } from '../../db/queries/model-aliases';
import { getLatestReadyVersion, getModelVersionById } from '../../db/queries/model-versions';
import type { ModelVersion } from '../../db/schema';
import { PRODUCTION_ALIAS } from '../../src/lib/catalog-vocabulary';

export async function aliasedVersion(db: Db, modelId: number, alias: string): Promise<ModelVersion | undefined> {
  const row = await getAlias(db, modelId, alias);
  return row ? getModelVersionById(db, row.versionId) : undefined;
}

/** What a retraining starts from: the production version, else the newest ready one. */
export async function parentVersionOf(db: Db, modelId: number): Promise<ModelVersion | undefined> {
  return (await aliasedVersion(db, modelId, PRODUCTION_ALIAS)) ?? (await getLatestReadyVersion(db, modelId));
}

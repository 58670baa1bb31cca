import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { modelArtifacts, modelVersions } from '../schema';

/**
 * The number of the model's newest version (not archived) that has at least one artifact, or
 * undefined when none has: what "Use this model" can offer to download.
 */
export async function newestVersionWithArtifact(db: Db, modelId: number): Promise<number | undefined> {
  const [row] = await db
    .select({ version: modelVersions.version })
    .from(modelVersions)
    .where(
      and(
        eq(modelVersions.modelId, modelId),
        isNull(modelVersions.archivedAt),
        sql`exists (select 1 from ${modelArtifacts} where ${modelArtifacts.versionId} = ${modelVersions.id})`,
      ),
    )
    .orderBy(desc(modelVersions.version))
    .limit(1);
  return row?.version;
}

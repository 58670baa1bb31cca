import { desc, eq, inArray, and } from 'drizzle-orm';
import type { Db } from '../client';
import { modelAliases, modelVersions } from '../schema';
import type { VersionStatus } from '../../src/lib/catalog-vocabulary';

export interface VersionChoiceRow {
  version: number;
  status: VersionStatus;
  createdAt: Date;
  aliases: string[];
}

/**
 * A model's versions for the compare pickers, newest first: at most `limit` of the newest, plus
 * any aliased ones and the numbers in `include` (what the URL asked for) wherever they are.
 */
export async function listVersionChoices(
  db: Db,
  modelId: number,
  limit: number,
  include: number[] = [],
): Promise<{ choices: VersionChoiceRow[]; total: number }> {
  const columns = {
    id: modelVersions.id,
    version: modelVersions.version,
    status: modelVersions.status,
    createdAt: modelVersions.createdAt,
  };
  const [newest, aliasRows, extra, total] = await Promise.all([
    db
      .select(columns)
      .from(modelVersions)
      .where(eq(modelVersions.modelId, modelId))
      .orderBy(desc(modelVersions.version))
      .limit(limit),
    db
      .select({ ...columns, alias: modelAliases.name })
      .from(modelAliases)
      .innerJoin(modelVersions, eq(modelVersions.id, modelAliases.versionId))
      .where(eq(modelAliases.modelId, modelId)),
    include.length === 0
      ? Promise.resolve([])
      : db
          .select(columns)
          .from(modelVersions)
          .where(and(eq(modelVersions.modelId, modelId), inArray(modelVersions.version, include))),
    db.$count(modelVersions, eq(modelVersions.modelId, modelId)),
  ]);
  const byVersion = new Map<number, VersionChoiceRow>();
  for (const r of [...newest, ...aliasRows, ...extra])
    if (!byVersion.has(r.version))
      byVersion.set(r.version, {
        version: r.version,
        status: r.status as VersionStatus,
        createdAt: r.createdAt,
        aliases: [],
      });
  for (const r of aliasRows) byVersion.get(r.version)!.aliases.push(r.alias);
  const choices = [...byVersion.values()].sort((a, b) => b.version - a.version);
  for (const c of choices)
    c.aliases.sort((x, y) => (x === 'production' ? -1 : y === 'production' ? 1 : x.localeCompare(y)));
  return { choices, total };
}

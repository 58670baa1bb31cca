/**
 * Statements that mirror MLflow webhooks into the catalog. They are built, not run: a delivery's
 * plan puts them into its batch, so the catalog rows and the event commit together.
 */
import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../client';
import {
  mlflowModelNames,
  mlflowModelTags,
  mlflowVersionSources,
  mlflowVersionTags,
  models,
  modelVersions,
} from '../schema';
import type { NewModel } from '../schema';
import { insertWhere, type BatchStatement } from './batch-helpers';
import type { KeyValue } from './mlflow';

/**
 * The model a mirror creates, found by what only that insert writes (slug, creating token and
 * time): when another writer took the slug first, this is null and the dependent rows are skipped.
 */
export function mirroredModelIdSql(values: Pick<NewModel, 'slug' | 'createdByTokenId' | 'createdAt'>): SQL {
  // `is`, not `=`: a source made without a token has a null creator.
  return sql`(select ${models.id} from ${models} where ${models.slug} = ${values.slug} and ${
    models.createdByTokenId
  } is ${values.createdByTokenId ?? null} and ${models.createdAt} = ${values.createdAt!.getTime()})`;
}

/** A new model with its MLflow name (when it is not its slug) and tags. */
export function createMirroredModel(
  db: Db,
  values: NewModel & { createdAt: Date },
  mlflowName: string | null,
  tags: KeyValue[],
): BatchStatement[] {
  const id = mirroredModelIdSql(values);
  const created = sql`${id} is not null`;
  return [
    db.insert(models).values(values).onConflictDoNothing({ target: models.slug }),
    ...(mlflowName === null
      ? []
      : [insertWhere(db, mlflowModelNames, { modelId: id as unknown as number, name: mlflowName }, created)]),
    ...tags.map((t) => insertWhere(db, mlflowModelTags, { modelId: id as unknown as number, ...t }, created)),
  ];
}

/** The largest version number of a model (0 without versions). */
export async function maxVersionNumber(db: Db, modelId: number): Promise<number> {
  const [row] = await db
    .select({ max: sql<number | null>`max(${modelVersions.version})` })
    .from(modelVersions)
    .where(eq(modelVersions.modelId, modelId));
  return Number(row?.max ?? 0);
}

/** MLflow's source and run id of a version registered earlier in the same batch (`versionId` as SQL). */
export function versionSourceStatements(
  db: Db,
  versionId: SQL,
  source: { source: string; runId: string | null },
  tags: KeyValue[],
): BatchStatement[] {
  const id = versionId as unknown as number;
  return [
    db
      .insert(mlflowVersionSources)
      .values({ versionId: id, source: source.source, runId: source.runId, runLink: null }),
    ...tags.map((t) => db.insert(mlflowVersionTags).values({ versionId: id, ...t })),
  ];
}

/** Whether a version was registered from this MLflow source (a repeated model_version.created). */
export async function versionHasSource(db: Db, versionId: number, source: string): Promise<boolean> {
  const [row] = await db
    .select({ source: mlflowVersionSources.source })
    .from(mlflowVersionSources)
    .where(and(eq(mlflowVersionSources.versionId, versionId), eq(mlflowVersionSources.source, source)));
  return !!row;
}

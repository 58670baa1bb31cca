import { and, desc, eq, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { CursorValue } from '../../src/lib/cursor';
import type { Db } from '../client';
import { apiTokens, modelDeployments, modelVersions, type ModelDeployment, type NewModelDeployment } from '../schema';
import { catalogEventStatement, type RecordEventOption } from './catalog-events';
import { allOf, toPage, type Page } from './keyset';
import { versionNumberById } from './model-versions';

export interface DeploymentView extends ModelDeployment {
  version: number;
  recordedBy: string | null;
  endedBy: string | null;
}

const endedByTokens = alias(apiTokens, 'ended_by_tokens');

function selectDeployments(db: Db) {
  return db
    .select({
      deployment: modelDeployments,
      version: modelVersions.version,
      recordedBy: apiTokens.name,
      endedBy: endedByTokens.name,
    })
    .from(modelDeployments)
    .innerJoin(modelVersions, eq(modelVersions.id, modelDeployments.versionId))
    .leftJoin(apiTokens, eq(apiTokens.id, modelDeployments.recordedByTokenId))
    .leftJoin(endedByTokens, eq(endedByTokens.id, modelDeployments.endedByTokenId));
}

const flatten = (r: {
  deployment: ModelDeployment;
  version: number;
  recordedBy: string | null;
  endedBy: string | null;
}): DeploymentView => ({
  ...r.deployment,
  version: r.version,
  recordedBy: r.recordedBy,
  endedBy: r.endedBy,
});

/** Newest first by start time (keyset on started_at, id). */
export async function listDeployments(
  db: Db,
  modelIds: number[],
  options: { active?: boolean | undefined; limit: number; after?: CursorValue[] | undefined },
): Promise<Page<DeploymentView>> {
  if (modelIds.length === 0) return { items: [], next: null };
  const after = options.after;
  const rows = await selectDeployments(db)
    .where(
      allOf([
        inArray(modelDeployments.modelId, modelIds),
        options.active === undefined
          ? undefined
          : options.active
            ? isNull(modelDeployments.endedAt)
            : sql`${modelDeployments.endedAt} is not null`,
        after
          ? or(
              lt(modelDeployments.startedAt, new Date(Number(after[0]))),
              and(
                eq(modelDeployments.startedAt, new Date(Number(after[0]))),
                lt(modelDeployments.id, Number(after[1])),
              ),
            )
          : undefined,
      ]),
    )
    .orderBy(desc(modelDeployments.startedAt), desc(modelDeployments.id))
    .limit(options.limit + 1);
  return toPage(rows.map(flatten), options.limit, (d) => [d.startedAt.getTime(), d.id]);
}

export async function getDeployment(db: Db, modelId: number, id: number): Promise<DeploymentView | undefined> {
  const [row] = await selectDeployments(db).where(
    and(eq(modelDeployments.modelId, modelId), eq(modelDeployments.id, id)),
  );
  return row && flatten(row);
}

/** Records a deployment; with `recordEvent` a `model.deployed` event joins the same batch. */
export async function insertDeployment(
  db: Db,
  values: NewModelDeployment,
  options: RecordEventOption = {},
): Promise<number> {
  const insert = db.insert(modelDeployments).values(values).returning({ id: modelDeployments.id });
  if (!options.recordEvent) return (await insert)[0]!.id;
  const version = await versionNumberById(db, values.versionId);
  const [[row]] = await db.batch([
    insert,
    catalogEventStatement(db, {
      type: 'model.deployed',
      modelId: values.modelId,
      modelVersionId: values.versionId,
      modelVersion: version,
      data: {
        version,
        kind: values.kind,
        target: values.target,
        url: values.url ?? null,
        startedAt: values.startedAt.toISOString(),
      },
      // Ids only grow and the batch holds the write lock, so the model's newest deployment is this one.
      computed: {
        deployment: sql`(select max(${modelDeployments.id}) from ${modelDeployments} where ${modelDeployments.modelId} = ${values.modelId})`,
      },
      actorTokenId: values.recordedByTokenId ?? null,
      occurredAt: values.startedAt,
    }),
  ]);
  return row!.id;
}

/** Ends a running deployment; false when it had already ended. With `recordEvent` a `model.undeployed` event joins the same batch. */
export async function endDeployment(
  db: Db,
  id: number,
  values: { endedAt: Date; endReason: string | null; endedByTokenId: string },
  options: RecordEventOption = {},
): Promise<boolean> {
  const running = and(eq(modelDeployments.id, id), isNull(modelDeployments.endedAt));
  const update = db.update(modelDeployments).set(values).where(running).returning({ id: modelDeployments.id });
  if (!options.recordEvent) return (await update).length > 0;
  const [deployment] = await db
    .select({
      modelId: modelDeployments.modelId,
      versionId: modelDeployments.versionId,
      kind: modelDeployments.kind,
      target: modelDeployments.target,
      version: modelVersions.version,
    })
    .from(modelDeployments)
    .innerJoin(modelVersions, eq(modelVersions.id, modelDeployments.versionId))
    .where(eq(modelDeployments.id, id));
  if (!deployment) return false;
  const [, rows] = await db.batch([
    // Before the update, under the same condition, so only the call that ends it logs the end.
    catalogEventStatement(db, {
      type: 'model.undeployed',
      modelId: deployment.modelId,
      modelVersionId: deployment.versionId,
      modelVersion: deployment.version,
      data: {
        deployment: id,
        version: deployment.version,
        kind: deployment.kind,
        target: deployment.target,
        reason: values.endReason,
        endedAt: values.endedAt.toISOString(),
      },
      actorTokenId: values.endedByTokenId,
      occurredAt: values.endedAt,
      when: sql`exists (select 1 from ${modelDeployments} where ${running})`,
    }),
    update,
  ]);
  return rows.length > 0;
}

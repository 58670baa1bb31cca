import { and, desc, eq, inArray, lt, sql, type SQL } from 'drizzle-orm';
import { alias as aliasTable } from 'drizzle-orm/sqlite-core';
import type { CursorValue } from '../../src/lib/cursor';
import type { Db } from '../client';
import { apiTokens, modelAliases, modelAliasHistory, modelVersions, webhookSources, type ModelAlias } from '../schema';
import type { BatchStatement } from './batch-helpers';
import { catalogEventStatement, type RecordEventOption } from './catalog-events';
import { allOf, toPage, type Page } from './keyset';
import { versionNumberById, versionNumberSql } from './model-versions';

export interface AliasView {
  name: string;
  versionId: number;
  version: number;
  protected: boolean;
  updatedAt: Date;
  updatedBy: string | null;
}

export interface AliasMove {
  id: number;
  alias: string;
  fromVersion: number | null;
  toVersion: number | null;
  reason: string | null;
  movedBy: string | null;
  movedByTokenId: string | null;
  /** The webhook source that made the move, when it came through one. */
  movedBySourceId: string | null;
  movedBySourceName: string | null;
  movedAt: Date;
}

const fromVersions = aliasTable(modelVersions, 'from_versions');
const toVersions = aliasTable(modelVersions, 'to_versions');

export async function listAliases(db: Db, modelIds: number[]): Promise<Map<number, AliasView[]>> {
  const map = new Map<number, AliasView[]>();
  if (modelIds.length === 0) return map;
  const rows = await db
    .select({
      modelId: modelAliases.modelId,
      name: modelAliases.name,
      versionId: modelAliases.versionId,
      version: modelVersions.version,
      protected: modelAliases.protected,
      updatedAt: modelAliases.updatedAt,
      updatedBy: apiTokens.name,
    })
    .from(modelAliases)
    .innerJoin(modelVersions, eq(modelVersions.id, modelAliases.versionId))
    .leftJoin(apiTokens, eq(apiTokens.id, modelAliases.updatedByTokenId))
    .where(inArray(modelAliases.modelId, modelIds))
    // production first, then by name
    .orderBy(sql`${modelAliases.name} <> 'production'`, modelAliases.name);
  for (const { modelId, ...row } of rows) map.set(modelId, [...(map.get(modelId) ?? []), row]);
  return map;
}

export async function getAlias(db: Db, modelId: number, name: string): Promise<ModelAlias | undefined> {
  const [row] = await db
    .select()
    .from(modelAliases)
    .where(and(eq(modelAliases.modelId, modelId), eq(modelAliases.name, name)));
  return row;
}

export interface MoveAliasInput extends RecordEventOption {
  modelId: number;
  name: string;
  versionId: number;
  /** New value of the flag; undefined keeps it (false for a new alias). */
  protected: boolean | undefined;
  reason: string | null;
  tokenId: string;
  /** Whether the caller may move protected aliases (maintainer, or a source allowed to). */
  mayMoveProtected: boolean;
  /** The webhook source the move came through, recorded in the history. */
  sourceId?: string | null;
  now?: Date;
}

/**
 * Points an alias at a version and records the move, atomically: the history row reads the
 * old target inside the same batch (one transaction), and both statements refuse to touch a
 * protected alias unless the caller may move it, so a race with a protect cannot slip through.
 * Returns undefined when the alias is protected and the caller may not move it. With
 * `recordEvent`, a real move (not a no-op) is also logged as a `model.alias.moved` event.
 */
export async function moveAlias(db: Db, input: MoveAliasInput): Promise<ModelAlias | undefined> {
  const now = input.now ?? new Date();
  const current = sql`(select version_id from model_aliases where model_id = ${input.modelId} and name = ${input.name})`;
  const allowed = input.mayMoveProtected
    ? sql`1`
    : sql`not exists (select 1 from model_aliases where model_id = ${input.modelId} and name = ${input.name} and protected = 1)`;
  const moves = sql`${allowed} and ${current} is not ${input.versionId}`;
  // Before the upsert, so it reads the old target and holds under the same condition as the history row.
  const event = input.recordEvent
    ? [aliasMovedEvent(db, input, await versionNumberById(db, input.versionId), current, moves, now)]
    : [];
  const [, ...rest] = await db.batch([
    db.run(sql`insert into model_alias_history (model_id, alias, from_version_id, to_version_id, reason, moved_by_token_id, moved_by_source_id, moved_at)
      select ${input.modelId}, ${input.name}, ${current}, ${input.versionId}, ${input.reason}, ${input.tokenId}, ${input.sourceId ?? null}, ${now.getTime()}
      where ${moves}`),
    ...event,
    db
      .insert(modelAliases)
      .values({
        modelId: input.modelId,
        name: input.name,
        versionId: input.versionId,
        protected: input.protected ?? false,
        updatedByTokenId: input.tokenId,
        updatedAt: now,
      })
      .onConflictDoUpdate({
        target: [modelAliases.modelId, modelAliases.name],
        set: {
          versionId: input.versionId,
          ...(input.protected === undefined ? {} : { protected: input.protected }),
          updatedByTokenId: input.tokenId,
          updatedAt: now,
        },
        setWhere: input.mayMoveProtected ? undefined : sql`${modelAliases.protected} = 0`,
      })
      .returning(),
  ]);
  const [row] = rest[rest.length - 1] as ModelAlias[];
  return row;
}

// Not async: a drizzle statement is thenable, so an async function returning one would run it.
function aliasMovedEvent(
  db: Db,
  input: MoveAliasInput,
  version: number,
  current: SQL,
  when: SQL,
  now: Date,
): BatchStatement {
  return catalogEventStatement(db, {
    type: 'model.alias.moved',
    modelId: input.modelId,
    modelVersionId: input.versionId,
    modelVersion: version,
    data: { alias: input.name, version, reason: input.reason },
    computed: { fromVersion: versionNumberSql(current) },
    actorTokenId: input.tokenId,
    occurredAt: now,
    when,
  });
}

export interface RemoveAliasInput extends RecordEventOption {
  modelId: number;
  name: string;
  reason: string | null;
  tokenId: string;
  mayMoveProtected: boolean;
  sourceId?: string | null;
  now?: Date;
}

/**
 * Removes an alias and records the removal; false when it is protected and the caller may not.
 * With `recordEvent` the removal is also logged as a `model.alias.removed` event.
 */
export async function removeAlias(db: Db, input: RemoveAliasInput): Promise<boolean> {
  const now = input.now ?? new Date();
  const guard = input.mayMoveProtected ? sql`1` : sql`protected = 0`;
  const target = sql`(select version_id from model_aliases where model_id = ${input.modelId} and name = ${input.name} and ${guard})`;
  const event = input.recordEvent
    ? [
        catalogEventStatement(db, {
          type: 'model.alias.removed',
          modelId: input.modelId,
          modelVersionId: target,
          modelVersion: versionNumberSql(target),
          data: { alias: input.name, reason: input.reason },
          computed: { fromVersion: versionNumberSql(target) },
          actorTokenId: input.tokenId,
          occurredAt: now,
          when: sql`${target} is not null`,
        }),
      ]
    : [];
  const [, ...rest] = await db.batch([
    db.run(sql`insert into model_alias_history (model_id, alias, from_version_id, to_version_id, reason, moved_by_token_id, moved_by_source_id, moved_at)
      select model_id, name, version_id, null, ${input.reason}, ${input.tokenId}, ${input.sourceId ?? null}, ${now.getTime()}
      from model_aliases where model_id = ${input.modelId} and name = ${input.name} and ${guard}`),
    ...event,
    db
      .delete(modelAliases)
      .where(
        and(
          eq(modelAliases.modelId, input.modelId),
          eq(modelAliases.name, input.name),
          input.mayMoveProtected ? undefined : eq(modelAliases.protected, false),
        ),
      )
      .returning({ name: modelAliases.name }),
  ]);
  const deleted = rest[rest.length - 1] as { name: string }[];
  return deleted.length > 0;
}

/** Newest moves first, keyset on id (ids grow with time). */
export async function listAliasHistory(
  db: Db,
  modelIds: number[],
  options: { alias?: string | undefined; limit: number; after?: CursorValue[] | undefined },
): Promise<Page<AliasMove & { modelId: number }>> {
  if (modelIds.length === 0) return { items: [], next: null };
  const rows = await db
    .select({
      id: modelAliasHistory.id,
      modelId: modelAliasHistory.modelId,
      alias: modelAliasHistory.alias,
      fromVersion: fromVersions.version,
      toVersion: toVersions.version,
      reason: modelAliasHistory.reason,
      movedBy: apiTokens.name,
      movedByTokenId: modelAliasHistory.movedByTokenId,
      movedBySourceId: modelAliasHistory.movedBySourceId,
      movedBySourceName: webhookSources.name,
      movedAt: modelAliasHistory.movedAt,
    })
    .from(modelAliasHistory)
    .leftJoin(fromVersions, eq(fromVersions.id, modelAliasHistory.fromVersionId))
    .leftJoin(toVersions, eq(toVersions.id, modelAliasHistory.toVersionId))
    .leftJoin(apiTokens, eq(apiTokens.id, modelAliasHistory.movedByTokenId))
    .leftJoin(webhookSources, eq(webhookSources.id, modelAliasHistory.movedBySourceId))
    .where(
      allOf([
        inArray(modelAliasHistory.modelId, modelIds),
        options.alias ? eq(modelAliasHistory.alias, options.alias) : undefined,
        options.after ? lt(modelAliasHistory.id, Number(options.after[0])) : undefined,
      ]),
    )
    .orderBy(desc(modelAliasHistory.id))
    .limit(options.limit + 1);
  return toPage(rows, options.limit, (r) => [r.id]);
}

import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { apiTokens } from './api-tokens';
import { timestampMs, updatedAt } from './columns';
import { modelVersions } from './model-versions';
import { models } from './models';
import { webhookSources } from './webhook-sources';

/** A named pointer (`production`, `staging`, …) from a model to one of its versions. */
export const modelAliases = sqliteTable(
  'model_aliases',
  {
    modelId: integer('model_id')
      .notNull()
      .references(() => models.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    versionId: integer('version_id')
      .notNull()
      .references(() => modelVersions.id),
    /** Only maintainers may move or remove a protected alias; `production` is always protected. */
    protected: integer('protected', { mode: 'boolean' }).notNull().default(false),
    updatedByTokenId: text('updated_by_token_id').references(() => apiTokens.id),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.modelId, t.name] }), index('model_aliases_version_idx').on(t.versionId)],
);

/** Every alias move, append-only: from which version to which, who, when and why. */
export const modelAliasHistory = sqliteTable(
  'model_alias_history',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    modelId: integer('model_id')
      .notNull()
      .references(() => models.id, { onDelete: 'cascade' }),
    alias: text('alias').notNull(),
    /** Null when the alias was created by this move. */
    fromVersionId: integer('from_version_id').references(() => modelVersions.id),
    /** Null when the alias was removed. */
    toVersionId: integer('to_version_id').references(() => modelVersions.id),
    reason: text('reason'),
    movedByTokenId: text('moved_by_token_id').references(() => apiTokens.id),
    /** The webhook source that made the move, when it came through one (the token is then its creator's). */
    movedBySourceId: text('moved_by_source_id').references(() => webhookSources.id),
    movedAt: timestampMs('moved_at').notNull(),
  },
  (t) => [index('model_alias_history_model_idx').on(t.modelId, t.movedAt)],
);

export type ModelAlias = typeof modelAliases.$inferSelect;
export type NewModelAlias = typeof modelAliases.$inferInsert;
export type ModelAliasHistoryEntry = typeof modelAliasHistory.$inferSelect;
export type NewModelAliasHistoryEntry = typeof modelAliasHistory.$inferInsert;

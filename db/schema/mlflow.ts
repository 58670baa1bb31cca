import { integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { modelVersions } from './model-versions';
import { models } from './models';

/**
 * The MLflow name of a model whose name is not a valid slug ("JetTagger v2"). A model without a
 * row here is known to MLflow clients by its slug; see functions/services/mlflow/names.ts.
 */
export const mlflowModelNames = sqliteTable('mlflow_model_names', {
  modelId: integer('model_id')
    .primaryKey()
    .references(() => models.id, { onDelete: 'cascade' }),
  name: text('name').notNull().unique(),
});

/** MLflow registered-model tags: free key/value metadata (MLflow's `RegisteredModelTag`). */
export const mlflowModelTags = sqliteTable(
  'mlflow_model_tags',
  {
    modelId: integer('model_id')
      .notNull()
      .references(() => models.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    value: text('value').notNull(),
  },
  (t) => [primaryKey({ columns: [t.modelId, t.key] })],
);

/** MLflow model-version tags (MLflow's `ModelVersionTag`). */
export const mlflowVersionTags = sqliteTable(
  'mlflow_version_tags',
  {
    versionId: integer('version_id')
      .notNull()
      .references(() => modelVersions.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    value: text('value').notNull(),
  },
  (t) => [primaryKey({ columns: [t.versionId, t.key] })],
);

/**
 * What MLflow knows about a version and the hub's own columns do not: the `source` it was created
 * from (also stored as the version's artifact URI), the tracking server's run id and run link.
 */
export const mlflowVersionSources = sqliteTable('mlflow_version_sources', {
  versionId: integer('version_id')
    .primaryKey()
    .references(() => modelVersions.id, { onDelete: 'cascade' }),
  source: text('source').notNull(),
  runId: text('run_id'),
  runLink: text('run_link'),
});

export type MlflowModelTag = typeof mlflowModelTags.$inferSelect;
export type MlflowVersionTag = typeof mlflowVersionTags.$inferSelect;
export type MlflowVersionSource = typeof mlflowVersionSources.$inferSelect;

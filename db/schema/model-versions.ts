import {
  index,
  integer,
  primaryKey,
  real,
  sqliteTable,
  text,
  uniqueIndex,
  type AnySQLiteColumn,
} from 'drizzle-orm/sqlite-core';
import type { ArtifactFormat, DatasetRole, TrainingJob, VersionStatus } from '../../src/lib/catalog-vocabulary';
import { ARTIFACT_FORMATS, DATASET_ROLES, VERSION_STATUSES } from '../../src/lib/catalog-vocabulary';
import { apiTokens } from './api-tokens';
import { createdAt, timestampMs, updatedAt } from './columns';
import { datasetVersions } from './datasets';
import { models } from './models';

/**
 * One registered version of a model. `version` (1, 2, 3 …) is assigned by the hub inside the
 * insert; `id` is made by the app (randomRowId) so artifacts, metrics and dataset links join the same batch,
 * and so later features (events, benchmark results, retrain policies) can point at it.
 */
export const modelVersions = sqliteTable(
  'model_versions',
  {
    id: integer('id').primaryKey(),
    modelId: integer('model_id')
      .notNull()
      .references(() => models.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    descriptionMd: text('description_md').notNull().default(''),
    status: text('status', { enum: VERSION_STATUSES }).$type<VersionStatus>().notNull(),
    statusMessage: text('status_message'),
    hyperParameters: text('hyper_parameters', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    /** The version this one was retrained or fine-tuned from (any model). */
    parentVersionId: integer('parent_version_id').references((): AnySQLiteColumn => modelVersions.id),
    trainingJob: text('training_job', { mode: 'json' }).$type<TrainingJob | null>(),
    registeredByTokenId: text('registered_by_token_id').references(() => apiTokens.id),
    /** Set when the owner archived it: hidden from lists, still resolvable (functions/services/lifecycle-archive.ts). */
    archivedAt: timestampMs('archived_at'),
    archivedByGroupId: text('archived_by_group_id'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('model_versions_model_version_unique').on(t.modelId, t.version),
    index('model_versions_parent_idx').on(t.parentVersionId),
  ],
);

/** A file (or project folder) of a version: where it is, how big, its checksum and numerics. */
export const modelArtifacts = sqliteTable(
  'model_artifacts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    versionId: integer('version_id')
      .notNull()
      .references(() => modelVersions.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    format: text('format', { enum: ARTIFACT_FORMATS }).$type<ArtifactFormat>().notNull(),
    uri: text('uri').notNull(),
    bytes: integer('bytes'),
    sha256: text('sha256'),
    precision: text('precision'),
    sparsityPct: real('sparsity_pct'),
    parameters: integer('parameters'),
    framework: text('framework'),
    frameworkVersion: text('framework_version'),
    createdAt: createdAt(),
  },
  (t) => [index('model_artifacts_version_idx').on(t.versionId)],
);

/** A number that describes a version, on a named split and optionally an exact dataset version. */
export const modelMetrics = sqliteTable(
  'model_metrics',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    versionId: integer('version_id')
      .notNull()
      .references(() => modelVersions.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    value: real('value').notNull(),
    split: text('split').notNull(),
    datasetVersionId: integer('dataset_version_id').references(() => datasetVersions.id),
    description: text('description'),
    createdAt: createdAt(),
  },
  (t) => [index('model_metrics_version_idx').on(t.versionId)],
);

/** Which dataset versions a model version was trained, validated or evaluated on. */
export const modelVersionDatasets = sqliteTable(
  'model_version_datasets',
  {
    versionId: integer('version_id')
      .notNull()
      .references(() => modelVersions.id, { onDelete: 'cascade' }),
    datasetVersionId: integer('dataset_version_id')
      .notNull()
      .references(() => datasetVersions.id),
    role: text('role', { enum: DATASET_ROLES }).$type<DatasetRole>().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.versionId, t.datasetVersionId, t.role] }),
    index('model_version_datasets_dataset_idx').on(t.datasetVersionId),
  ],
);

export type ModelVersion = typeof modelVersions.$inferSelect;
export type NewModelVersion = typeof modelVersions.$inferInsert;
export type ModelArtifact = typeof modelArtifacts.$inferSelect;
export type NewModelArtifact = typeof modelArtifacts.$inferInsert;
export type ModelMetric = typeof modelMetrics.$inferSelect;
export type NewModelMetric = typeof modelMetrics.$inferInsert;
export type ModelVersionDataset = typeof modelVersionDatasets.$inferSelect;
export type NewModelVersionDataset = typeof modelVersionDatasets.$inferInsert;

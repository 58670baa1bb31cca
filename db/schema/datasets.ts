import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { Contact, DatasetFormat, ProducedBy, Visibility } from '../../src/lib/catalog-vocabulary';
import { DATASET_FORMATS, VISIBILITIES } from '../../src/lib/catalog-vocabulary';
import { apiTokens } from './api-tokens';
import { createdAt, timestampMs, updatedAt } from './columns';
import { groups } from './groups';

/** A dataset the hub describes (never stores): what it is, who owns it, in which format. */
export const datasets = sqliteTable(
  'datasets',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    slug: text('slug').notNull().unique(),
    name: text('name').notNull(),
    summary: text('summary').notNull(),
    descriptionMd: text('description_md').notNull().default(''),
    format: text('format', { enum: DATASET_FORMATS }).$type<DatasetFormat>().notNull(),
    schemaNotesMd: text('schema_notes_md').notNull().default(''),
    ownerGroupId: text('owner_group_id')
      .notNull()
      .references(() => groups.id),
    license: text('license'),
    tags: text('tags', { mode: 'json' }).$type<string[]>().notNull(),
    contacts: text('contacts', { mode: 'json' }).$type<Contact[]>().notNull(),
    visibility: text('visibility', { enum: VISIBILITIES }).$type<Visibility>().notNull().default('public'),
    /** Set when the owner archived it: hidden from lists, still resolvable (functions/services/lifecycle-archive.ts). */
    archivedAt: timestampMs('archived_at'),
    archivedByGroupId: text('archived_by_group_id'),
    createdByTokenId: text('created_by_token_id').references(() => apiTokens.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('datasets_owner_group_idx').on(t.ownerGroupId),
    index('datasets_visibility_name_idx').on(t.visibility, t.name),
  ],
);

/**
 * One immutable snapshot of a dataset. `bytes` is an exact 64-bit integer (tens of TB are
 * normal); the id is made by the app so replicas go into the same batch as the version.
 */
export const datasetVersions = sqliteTable(
  'dataset_versions',
  {
    id: integer('id').primaryKey(),
    datasetId: integer('dataset_id')
      .notNull()
      .references(() => datasets.id, { onDelete: 'cascade' }),
    version: text('version').notNull(),
    descriptionMd: text('description_md').notNull().default(''),
    bytes: integer('bytes').notNull(),
    fileCount: integer('file_count').notNull(),
    checksum: text('checksum'),
    producedBy: text('produced_by', { mode: 'json' }).$type<ProducedBy | null>(),
    /** Set when the owner archived it: hidden from lists, still resolvable (functions/services/lifecycle-archive.ts). */
    archivedAt: timestampMs('archived_at'),
    archivedByGroupId: text('archived_by_group_id'),
    registeredByTokenId: text('registered_by_token_id').references(() => apiTokens.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('dataset_versions_dataset_version_unique').on(t.datasetId, t.version),
    index('dataset_versions_created_idx').on(t.datasetId, t.createdAt),
  ],
);

/** Where a dataset version can be read: `root://eos…`, `s3://bucket/prefix`, `https://…`. */
export const datasetReplicas = sqliteTable(
  'dataset_replicas',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    datasetVersionId: integer('dataset_version_id')
      .notNull()
      .references(() => datasetVersions.id, { onDelete: 'cascade' }),
    uri: text('uri').notNull(),
    /** Site or storage system, e.g. "CERN EOS" or "AWS eu-central-1". */
    location: text('location'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('dataset_replicas_version_uri_unique').on(t.datasetVersionId, t.uri)],
);

export type Dataset = typeof datasets.$inferSelect;
export type NewDataset = typeof datasets.$inferInsert;
export type DatasetVersion = typeof datasetVersions.$inferSelect;
export type NewDatasetVersion = typeof datasetVersions.$inferInsert;
export type DatasetReplica = typeof datasetReplicas.$inferSelect;
export type NewDatasetReplica = typeof datasetReplicas.$inferInsert;

import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { Contact, ModelTask, Visibility } from '../../src/lib/catalog-vocabulary';
import { MODEL_TASKS, VISIBILITIES } from '../../src/lib/catalog-vocabulary';
import { apiTokens } from './api-tokens';
import { createdAt, timestampMs, updatedAt } from './columns';
import { groups } from './groups';

/** A model in the catalog: what it does, who owns it, its card. Versions hang off it. */
export const models = sqliteTable(
  'models',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    slug: text('slug').notNull().unique(),
    name: text('name').notNull(),
    summary: text('summary').notNull(),
    task: text('task', { enum: MODEL_TASKS }).$type<ModelTask>().notNull(),
    /** The model card body (Markdown, front matter removed: it lives in `card_metadata`). */
    cardMd: text('card_md').notNull().default(''),
    /** The card's YAML front matter as imported, known keys included, for display and re-export. */
    cardMetadata: text('card_metadata', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    tags: text('tags', { mode: 'json' }).$type<string[]>().notNull(),
    license: text('license'),
    contacts: text('contacts', { mode: 'json' }).$type<Contact[]>().notNull(),
    /** Datasets the card names (catalog slugs or outside names); versions link exact dataset versions. */
    cardDatasets: text('card_datasets', { mode: 'json' }).$type<string[]>().notNull(),
    languages: text('languages', { mode: 'json' }).$type<string[]>().notNull(),
    /** Main library (Hugging Face `library_name`), e.g. "pytorch", "xgboost". */
    library: text('library'),
    ownerGroupId: text('owner_group_id')
      .notNull()
      .references(() => groups.id),
    visibility: text('visibility', { enum: VISIBILITIES }).$type<Visibility>().notNull().default('public'),
    createdByTokenId: text('created_by_token_id').references(() => apiTokens.id),
    /** Set when the owner archived it: hidden from lists, still resolvable (functions/services/lifecycle-archive.ts). */
    archivedAt: timestampMs('archived_at'),
    archivedByGroupId: text('archived_by_group_id'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('models_owner_group_idx').on(t.ownerGroupId),
    index('models_visibility_name_idx').on(t.visibility, t.name),
    index('models_visibility_updated_idx').on(t.visibility, t.updatedAt),
  ],
);

export type Model = typeof models.$inferSelect;
export type NewModel = typeof models.$inferInsert;

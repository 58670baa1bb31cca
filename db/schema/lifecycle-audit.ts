import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { createdAt } from './columns';

export const CATALOG_AUDIT_ACTIONS = ['archive', 'unarchive', 'delete'] as const;
export type CatalogAuditAction = (typeof CATALOG_AUDIT_ACTIONS)[number];
export const CATALOG_AUDIT_KINDS = ['model', 'model_version', 'dataset', 'dataset_version'] as const;
export type CatalogAuditKind = (typeof CATALOG_AUDIT_KINDS)[number];

/**
 * Who archived, unarchived or deleted a model, version or dataset, and when: append-only, and
 * without foreign keys so the record outlives what it describes. A delete keeps a snapshot of
 * the row as it was.
 */
export const catalogAudit = sqliteTable(
  'catalog_audit',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    action: text('action', { enum: CATALOG_AUDIT_ACTIONS }).$type<CatalogAuditAction>().notNull(),
    kind: text('kind', { enum: CATALOG_AUDIT_KINDS }).$type<CatalogAuditKind>().notNull(),
    /** `gn2`, `gn2@3` (model version) or `jetclass@v1` (dataset version), as it was then. */
    subject: text('subject').notNull(),
    recordId: integer('record_id').notNull(),
    ownerGroupId: text('owner_group_id').notNull(),
    actorTokenId: text('actor_token_id'),
    actorGroupId: text('actor_group_id'),
    reason: text('reason'),
    snapshot: text('snapshot', { mode: 'json' }).$type<Record<string, unknown> | null>(),
    at: createdAt(),
  },
  (t) => [index('catalog_audit_subject_idx').on(t.kind, t.recordId)],
);

export type CatalogAuditEntry = typeof catalogAudit.$inferSelect;
export type NewCatalogAuditEntry = typeof catalogAudit.$inferInsert;

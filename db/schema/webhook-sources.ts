import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { WebhookScheme } from '../../src/lib/webhooks';
import type { SourceMapping } from '../../src/lib/webhooks/source-mappings';
import { apiTokens } from './api-tokens';
import { createdAt, timestampMs } from './columns';
import { groups } from './groups';

export const WEBHOOK_SOURCE_STATUSES = ['active', 'disabled'] as const;
export type WebhookSourceStatus = (typeof WEBHOOK_SOURCE_STATUSES)[number];

/**
 * Where signed deliveries come from (a CI project, a GitHub repository). Secrets are stored
 * only as AES-GCM blobs bound to the source id; during a rotation the previous secret keeps
 * verifying until `previous_secret_expires_at`.
 */
export const webhookSources = sqliteTable(
  'webhook_sources',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    groupId: text('group_id')
      .notNull()
      .references(() => groups.id),
    schemes: text('schemes', { mode: 'json' }).$type<WebhookScheme[]>().notNull(),
    /** Which model a native GitHub / GitLab run belongs to: ordered rules, first match wins. */
    mappings: text('mappings', { mode: 'json' }).$type<SourceMapping[]>().notNull().default([]),
    secretBox: text('secret_box').notNull(),
    previousSecretBox: text('previous_secret_box'),
    previousSecretExpiresAt: timestampMs('previous_secret_expires_at'),
    status: text('status', { enum: WEBHOOK_SOURCE_STATUSES }).notNull().default('active'),
    /** Whether deliveries may move or remove protected aliases (`production`); only admins set it. */
    allowProtectedAliases: integer('allow_protected_aliases', { mode: 'boolean' }).notNull().default(false),
    createdByTokenId: text('created_by_token_id').references(() => apiTokens.id),
    createdAt: createdAt(),
    rotatedAt: timestampMs('rotated_at'),
    disabledAt: timestampMs('disabled_at'),
  },
  (t) => [index('webhook_sources_group_id_idx').on(t.groupId)],
);

export type WebhookSource = typeof webhookSources.$inferSelect;
export type NewWebhookSource = typeof webhookSources.$inferInsert;

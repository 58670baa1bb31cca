import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { createdAt, timestampMs } from './columns';
import { groups } from './groups';

export const TOKEN_SCOPES = ['write', 'maintainer', 'admin'] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

/** API tokens: only a SHA-256 hash of the secret is stored; the secret is shown once. */
export const apiTokens = sqliteTable(
  'api_tokens',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    scopes: text('scopes', { mode: 'json' }).$type<TokenScope[]>().notNull(),
    groupId: text('group_id').references(() => groups.id),
    createdAt: createdAt(),
    lastUsedAt: timestampMs('last_used_at'),
    expiresAt: timestampMs('expires_at'),
    revokedAt: timestampMs('revoked_at'),
  },
  (t) => [index('api_tokens_group_id_idx').on(t.groupId)],
);

export type ApiToken = typeof apiTokens.$inferSelect;
export type NewApiToken = typeof apiTokens.$inferInsert;

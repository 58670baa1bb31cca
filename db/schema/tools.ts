import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type {
  AccessStep,
  HardwareOffer,
  Lifecycle,
  ToolCategory,
  ToolLinks,
  ToolRequirements,
} from '../../src/lib/tool-vocabulary';
import { LIFECYCLES, TOOL_STATUSES } from '../../src/lib/tool-vocabulary';
import { createdAt, timestampMs, updatedAt } from './columns';
import { apiTokens } from './api-tokens';
import { groups } from './groups';

/** A directory entry: a tool or service for ML and how to get access to it. */
export const tools = sqliteTable(
  'tools',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    slug: text('slug').notNull().unique(),
    name: text('name').notNull(),
    summary: text('summary').notNull(),
    descriptionMd: text('description_md').notNull().default(''),
    categories: text('categories', { mode: 'json' }).$type<ToolCategory[]>().notNull(),
    accessSteps: text('access_steps', { mode: 'json' }).$type<AccessStep[]>().notNull(),
    requirements: text('requirements', { mode: 'json' }).$type<ToolRequirements>().notNull(),
    hardware: text('hardware', { mode: 'json' }).$type<HardwareOffer[]>().notNull(),
    license: text('license'),
    ownerTeam: text('owner_team'),
    ownerGroupId: text('owner_group_id').references(() => groups.id),
    lifecycle: text('lifecycle', { enum: LIFECYCLES }).$type<Lifecycle>().notNull(),
    experiments: text('experiments', { mode: 'json' }).$type<string[]>().notNull(),
    tags: text('tags', { mode: 'json' }).$type<string[]>().notNull(),
    links: text('links', { mode: 'json' }).$type<ToolLinks>().notNull(),
    /** Statements on the entry that nobody has confirmed yet; shown as such on the page. */
    unverified: text('unverified', { mode: 'json' }).$type<string[]>().notNull(),
    status: text('status', { enum: TOOL_STATUSES }).notNull(),
    /** Who suggested it (name and contact), for suggestions that came without a token. */
    suggestedBy: text('suggested_by'),
    createdByTokenId: text('created_by_token_id').references(() => apiTokens.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    publishedAt: timestampMs('published_at'),
  },
  (t) => [index('tools_status_name_idx').on(t.status, t.name)],
);

export type Tool = typeof tools.$inferSelect;
export type NewTool = typeof tools.$inferInsert;

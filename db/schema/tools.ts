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

export const TOOL_CHANGE_ACTIONS = ['suggested', 'created', 'changed', 'approved'] as const;
export type ToolChangeAction = (typeof TOOL_CHANGE_ACTIONS)[number];

/** One field's value before and after a change (null before: the tool was new). */
export type ToolFieldChange = { from: unknown; to: unknown };

/**
 * Every change to a tool, append-only: which token (and its group at the time) did what, and
 * each field's old and new value. Suggestions come without a token, so both can be null.
 */
export const toolChanges = sqliteTable(
  'tool_changes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    toolId: integer('tool_id')
      .notNull()
      .references(() => tools.id, { onDelete: 'cascade' }),
    action: text('action', { enum: TOOL_CHANGE_ACTIONS }).notNull(),
    tokenId: text('token_id').references(() => apiTokens.id),
    groupId: text('group_id'),
    changes: text('changes', { mode: 'json' }).$type<Record<string, ToolFieldChange>>().notNull(),
    changedAt: timestampMs('changed_at').notNull(),
  },
  (t) => [index('tool_changes_tool_idx').on(t.toolId, t.id)],
);

export type ToolChange = typeof toolChanges.$inferSelect;
export type NewToolChange = typeof toolChanges.$inferInsert;

import { sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { createdAt } from './columns';

/** An experiment, team or sector (ATLAS, CMS, ALICE, LHCb, ATS, IT, …) that owns things. */
export const groups = sqliteTable('groups', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  kind: text('kind', { enum: ['experiment', 'sector', 'team'] }).notNull(),
  description: text('description').notNull().default(''),
  createdAt: createdAt(),
});

export type Group = typeof groups.$inferSelect;
export type NewGroup = typeof groups.$inferInsert;

import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { Estimate, EstimateRequest } from '../../src/lib/costs';
import { apiTokens } from './api-tokens';
import { createdAt } from './columns';
import { priceVersions } from './prices';

/** A saved estimate, shareable by id: frozen with the price version it was computed from. */
export const estimates = sqliteTable(
  'estimates',
  {
    id: text('id').primaryKey(),
    priceVersionId: text('price_version_id')
      .notNull()
      .references(() => priceVersions.id),
    /** the request as received (after validation), so the estimate can be reproduced */
    input: text('input', { mode: 'json' }).$type<EstimateRequest>().notNull(),
    result: text('result', { mode: 'json' }).$type<Estimate>().notNull(),
    createdByTokenId: text('created_by_token_id').references(() => apiTokens.id),
    createdAt: createdAt(),
  },
  (t) => [index('estimates_price_version_idx').on(t.priceVersionId)],
);

export type EstimateRecord = typeof estimates.$inferSelect;
export type NewEstimateRecord = typeof estimates.$inferInsert;

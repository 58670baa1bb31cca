import { index, integer, primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type {
  EgressNetwork,
  HostVmPrice,
  PriceFlag,
  PriceKind,
  PriceUnit,
  Provider,
  SpotPrice,
  VolumeTier,
} from '../../src/lib/costs';
import { PRICE_KINDS, PRICE_UNITS, PROVIDERS } from '../../src/lib/costs';
import { apiTokens } from './api-tokens';
import { createdAt } from './columns';

/** A published price table. The current one is the latest whose effective date has come. */
export const priceVersions = sqliteTable(
  'price_versions',
  {
    id: text('id').primaryKey(),
    /** YYYY-MM-DD */
    effectiveDate: text('effective_date').notNull(),
    note: text('note').notNull(),
    createdByTokenId: text('created_by_token_id').references(() => apiTokens.id),
    createdAt: createdAt(),
  },
  (t) => [index('price_versions_effective_idx').on(t.effectiveDate, t.createdAt)],
);

/**
 * One price row of a version (the lib's PriceRow). Columns the API filters on are structured;
 * nested parts the estimator reads whole (spot range, host VM, tier, flags) are JSON.
 */
export const prices = sqliteTable(
  'prices',
  {
    priceVersionId: text('price_version_id')
      .notNull()
      .references(() => priceVersions.id),
    /** `${provider}:${region}:${kind}:${sku}`, unique within the version */
    rowId: text('row_id').notNull(),
    /** order within the version: options and volume ladders follow it */
    position: integer('position').notNull(),
    kind: text('kind', { enum: PRICE_KINDS }).$type<PriceKind>().notNull(),
    provider: text('provider', { enum: PROVIDERS }).$type<Provider>().notNull(),
    region: text('region').notNull(),
    sku: text('sku').notNull(),
    accelerator: text('accelerator'),
    acceleratorCount: integer('accelerator_count'),
    unit: text('unit', { enum: PRICE_UNITS }).$type<PriceUnit>().notNull(),
    onDemandUsd: real('on_demand_usd').notNull(),
    spot: text('spot', { mode: 'json' }).$type<SpotPrice | null>(),
    host: text('host', { mode: 'json' }).$type<HostVmPrice | null>(),
    tier: text('tier', { mode: 'json' }).$type<VolumeTier | null>(),
    network: text('network').$type<EgressNetwork | null>(),
    storageClass: text('storage_class'),
    source: text('source').notNull(),
    /** YYYY-MM or YYYY-MM-DD */
    retrieved: text('retrieved').notNull(),
    note: text('note').notNull().default(''),
    flags: text('flags', { mode: 'json' }).$type<PriceFlag[]>().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.priceVersionId, t.rowId] }),
    index('prices_version_position_idx').on(t.priceVersionId, t.position),
    index('prices_version_accelerator_idx').on(t.priceVersionId, t.accelerator),
  ],
);

export type PriceVersionRecord = typeof priceVersions.$inferSelect;
export type NewPriceVersionRecord = typeof priceVersions.$inferInsert;
export type PriceRecord = typeof prices.$inferSelect;
export type NewPriceRecord = typeof prices.$inferInsert;

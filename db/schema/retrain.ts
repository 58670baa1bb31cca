import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type {
  RetrainInputs,
  RetrainPolicyConfig,
  RetrainRequestStatus,
  RetrainTriggerKind,
} from '../../src/lib/retrain/types';
import { RETRAIN_POLICY_KINDS, RETRAIN_REQUEST_STATUSES } from '../../src/lib/retrain/types';
import { apiTokens } from './api-tokens';
import { createdAt, timestampMs, updatedAt } from './columns';
import { models } from './models';

/** When to ask CI to retrain a model: a new dataset version, a metric crossing, an old production version. */
export const retrainPolicies = sqliteTable(
  'retrain_policies',
  {
    id: text('id').primaryKey(),
    modelId: integer('model_id')
      .notNull()
      .references(() => models.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: RETRAIN_POLICY_KINDS }).notNull(),
    config: text('config', { mode: 'json' }).$type<RetrainPolicyConfig>().notNull(),
    description: text('description').notNull().default(''),
    enabled: integer('enabled', { mode: 'boolean' }).notNull().default(true),
    createdByTokenId: text('created_by_token_id').references(() => apiTokens.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    lastFiredAt: timestampMs('last_fired_at'),
  },
  (t) => [
    index('retrain_policies_model_id_idx').on(t.modelId),
    index('retrain_policies_kind_idx').on(t.kind, t.enabled),
  ],
);

/**
 * One request to retrain: open → triggered (CI acknowledged the outbound webhook) → closed (a
 * job.succeeded named it) or failed. `dedup_key` makes a policy fire once per cause.
 */
export const retrainRequests = sqliteTable(
  'retrain_requests',
  {
    id: text('id').primaryKey(),
    modelId: integer('model_id')
      .notNull()
      .references(() => models.id, { onDelete: 'cascade' }),
    policyId: text('policy_id').references(() => retrainPolicies.id, { onDelete: 'set null' }),
    triggerKind: text('trigger_kind').$type<RetrainTriggerKind>().notNull(),
    reason: text('reason').notNull(),
    inputs: text('inputs', { mode: 'json' }).$type<RetrainInputs>().notNull(),
    status: text('status', { enum: RETRAIN_REQUEST_STATUSES }).$type<RetrainRequestStatus>().notNull().default('open'),
    statusReason: text('status_reason'),
    dedupKey: text('dedup_key').unique(),
    causeEventId: integer('cause_event_id'),
    resultModelVersionId: integer('result_model_version_id'),
    resultVersion: integer('result_version'),
    requestedByTokenId: text('requested_by_token_id').references(() => apiTokens.id),
    openedAt: createdAt(),
    triggeredAt: timestampMs('triggered_at'),
    closedAt: timestampMs('closed_at'),
  },
  (t) => [index('retrain_requests_model_opened_idx').on(t.modelId, t.openedAt)],
);

export type RetrainPolicy = typeof retrainPolicies.$inferSelect;
export type NewRetrainPolicy = typeof retrainPolicies.$inferInsert;
export type RetrainRequest = typeof retrainRequests.$inferSelect;
export type NewRetrainRequest = typeof retrainRequests.$inferInsert;

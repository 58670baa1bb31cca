import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { DeploymentKind } from '../../src/lib/catalog-vocabulary';
import { DEPLOYMENT_KINDS } from '../../src/lib/catalog-vocabulary';
import { apiTokens } from './api-tokens';
import { createdAt, timestampMs } from './columns';
import { modelVersions } from './model-versions';
import { models } from './models';

/** Where a model version runs (a CMSSW release, LHCb HLT1/Allen, a Triton server, an FPGA board) and since when. */
export const modelDeployments = sqliteTable(
  'model_deployments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    modelId: integer('model_id')
      .notNull()
      .references(() => models.id, { onDelete: 'cascade' }),
    versionId: integer('version_id')
      .notNull()
      .references(() => modelVersions.id),
    kind: text('kind', { enum: DEPLOYMENT_KINDS }).$type<DeploymentKind>().notNull(),
    target: text('target').notNull(),
    url: text('url'),
    notes: text('notes'),
    startedAt: timestampMs('started_at').notNull(),
    endedAt: timestampMs('ended_at'),
    endReason: text('end_reason'),
    recordedByTokenId: text('recorded_by_token_id').references(() => apiTokens.id),
    endedByTokenId: text('ended_by_token_id').references(() => apiTokens.id),
    createdAt: createdAt(),
  },
  (t) => [
    index('model_deployments_model_idx').on(t.modelId, t.startedAt),
    index('model_deployments_version_idx').on(t.versionId),
  ],
);

export type ModelDeployment = typeof modelDeployments.$inferSelect;
export type NewModelDeployment = typeof modelDeployments.$inferInsert;

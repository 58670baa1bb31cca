import { z } from '@hono/zod-openapi';
import { orNull } from '../shared-schema';

/** Archive state, on every model, version, dataset and dataset version the API returns. */
export const ArchivedFieldsSchema = {
  archivedAt: orNull(z.iso.datetime()).openapi({
    description: 'When the owner archived it (hidden from lists and search, still resolvable); null when not archived.',
  }),
  archivedBy: orNull(z.string()).openapi({ description: 'The group that archived it; null when not archived.' }),
};

export function archivedFields(row: { archivedAt: Date | null; archivedByGroupId: string | null }): {
  archivedAt: string | null;
  archivedBy: string | null;
} {
  return row.archivedAt
    ? { archivedAt: row.archivedAt.toISOString(), archivedBy: row.archivedByGroupId }
    : { archivedAt: null, archivedBy: null };
}

export const ArchiveBodySchema = z
  .object({
    reason: z
      .string()
      .trim()
      .min(1)
      .max(500)
      .optional()
      .openapi({ description: 'Why; kept in the audit record and shown on the timeline.' }),
  })
  .strict()
  .openapi('ArchiveRequest');

export const DeleteQuerySchema = z.object({
  reason: z
    .string()
    .trim()
    .min(1)
    .max(500)
    .optional()
    .openapi({ description: 'Why; kept in the audit record and shown on the timeline.' }),
});

export const DELETE_CONFLICT_DESCRIPTION =
  'Something still refers to it (an alias, lineage, a deployment, an HPO trial, a retrain policy, training data or a metric). ' +
  '`details.blockers[]` lists each reference (`reason`, `subject`, `message` saying what to do); archiving is always possible.';

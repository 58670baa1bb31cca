import { z } from 'zod';
import { POOL_STATUSES } from '../../src/lib/hardware-vocabulary';

const count = z.number().int().min(0).max(1_000_000);

/** A pool's capacity as its owner's monitoring sees it: the same fields as POST /api/hardware/:slug/capacity. */
export const HardwareCapacityReportedV1 = z
  .object({
    pool: z
      .string()
      .min(2)
      .max(64)
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'The pool slug, e.g. "alice-epn".'),
    status: z.enum(POOL_STATUSES).default('up'),
    freeGpus: count.nullable().default(null),
    totalGpus: count.nullable().default(null),
    queueLength: count.nullable().default(null),
    note: z.string().min(1).max(500).nullable().default(null),
    observedAt: z.iso.datetime({ offset: true }).optional().describe('When observed; defaults to the delivery time.'),
  })
  .strict()
  .refine((r) => r.freeGpus === null || r.totalGpus === null || r.freeGpus <= r.totalGpus, {
    message: 'freeGpus cannot exceed totalGpus.',
    path: ['freeGpus'],
  });

/** Entries of EVENT_SCHEMAS (functions/events/schemas.ts spreads them in). */
export const HARDWARE_EVENT_SCHEMAS: readonly {
  type: string;
  version: number;
  schema: z.ZodType;
  description: string;
  example: unknown;
}[] = [
  {
    type: 'hardware.capacity.reported',
    version: 1,
    schema: HardwareCapacityReportedV1,
    description:
      "A hardware pool's capacity (free GPUs, GPUs in service, queue length, status). The source's group must own the pool; " +
      'every report is kept and the pool page shows the latest observation.',
    example: { pool: 'alice-epn', status: 'up', freeGpus: 40, totalGpus: 64, queueLength: 3 },
  },
];

import { z } from '@hono/zod-openapi';
import { SlugSchema } from '../shared-schema';

/** `pool` of an estimate request: a hardware pool of the directory the campaign would run on. */
export const EstimatePoolFieldSchema = SlugSchema.openapi({
  description:
    'A hardware pool of the directory (`GET /api/hardware`) the campaign would run on. The lab’s pools have no price: the estimate names the pool and says so, and the on-prem option keeps the hub’s assumed rate. 400 when there is no such pool.',
  example: 'batch-gpu',
});

export const EstimatePoolSchema = z
  .object({
    slug: z.string(),
    name: z.string(),
    url: z.string().openapi({ description: 'The pool page.' }),
    gpuModels: z.array(z.string()).openapi({ description: 'GPU models the directory records for the pool.' }),
    priced: z.literal(false).openapi({ description: 'Always false: no price table prices the lab’s own pools.' }),
    note: z.string(),
  })
  .openapi('EstimatePool');

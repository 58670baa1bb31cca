import { z } from '@hono/zod-openapi';
import {
  COST_CATEGORIES,
  ESTIMATE_WARNING_CODES,
  PRICE_FLAG_CODES,
  PRICE_KINDS,
  PRICE_UNITS,
  PROVIDERS,
  campaignInputSchema,
  MAX_ON_PREM_RATES,
  MAX_UNIT_PRICE_USD,
  ON_PREM_RATE_FIELDS,
} from '../../../src/lib/costs';
import { PageInfoSchema, PaginationQuerySchema } from '../shared-schema';
import { EstimatePoolFieldSchema, EstimatePoolSchema } from './pool-schema';

export const VersionIdSchema = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9.-]{1,63}$/, 'Use lowercase letters, digits, dots and hyphens, e.g. "prices-2026-12".')
  .openapi({ example: 'prices-2026-11' });

const DateSchema = z.iso.date().openapi({ example: '2026-12-01' });
const RetrievedSchema = z
  .string()
  .trim()
  .regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, 'Expected YYYY-MM or YYYY-MM-DD.')
  .openapi({ example: '2026-11' });

const PriceFlagSchema = z
  .object({ code: z.enum(PRICE_FLAG_CODES), severity: z.enum(['warning', 'info']), message: z.string() })
  .openapi('PriceFlag');

export const PriceRowSchema = z
  .object({
    id: z.string().openapi({ example: 'gcp:us-central1:gpu_only:nvidia-a100-80gb' }),
    kind: z.enum(PRICE_KINDS),
    provider: z.enum(PROVIDERS),
    region: z.string(),
    sku: z.string(),
    accelerator: z.string().nullable(),
    acceleratorCount: z.number().int().nullable(),
    unit: z.enum(PRICE_UNITS),
    onDemandUsd: z.number(),
    spot: z.object({ minUsd: z.number(), maxUsd: z.number(), isRange: z.boolean(), raw: z.string() }).nullable(),
    host: z.object({ sku: z.string(), onDemandUsd: z.number(), spotUsd: z.number().nullable() }).nullable(),
    tier: z.object({ fromGb: z.number(), toGb: z.number().nullable() }).nullable(),
    network: z.enum(['internet', 'premium', 'standard']).nullable(),
    storageClass: z.string().nullable(),
    source: z.string().openapi({ description: 'Where the figure was read.' }),
    retrieved: z.string().openapi({ description: 'When it was read: YYYY-MM or YYYY-MM-DD.' }),
    note: z.string(),
    flags: z.array(PriceFlagSchema).openapi({
      description: 'Anomalies found by the server; `warning` flags are repeated on estimates that use the row.',
    }),
  })
  .openapi('PriceRow');

export const PriceVersionSchema = z
  .object({
    id: z.string(),
    effectiveDate: z.string().openapi({ example: '2026-11-01' }),
    note: z.string(),
    status: z.enum(['current', 'scheduled', 'superseded']).openapi({
      description:
        '`current`: in force today; `scheduled`: effective date still to come; `superseded`: replaced by a later version.',
    }),
    rowCount: z.number().int(),
    flaggedRowCount: z.number().int().openapi({ description: 'Rows with at least one warning-level flag.' }),
    createdAt: z.iso.datetime(),
    url: z.string().openapi({ description: "The version's price table in the API." }),
  })
  .openapi('PriceVersion');

export const PriceTableSchema = z
  .object({ version: PriceVersionSchema, rows: z.array(PriceRowSchema) })
  .openapi('PriceTable');

export const PricesQuerySchema = z.object({
  version: VersionIdSchema.optional().openapi({ description: 'A price version id; default: the current version.' }),
  kind: z.enum(PRICE_KINDS).optional(),
  provider: z.enum(PROVIDERS).optional(),
  region: z.string().trim().max(64).optional(),
  accelerator: z.string().trim().max(64).optional().openapi({ description: 'GPU name, case-insensitive (A100-80GB).' }),
});

export const PriceVersionListQuerySchema = PaginationQuerySchema;

export const PriceVersionListSchema = z
  .object({ items: z.array(PriceVersionSchema), currentId: z.string().nullable() })
  .extend(PageInfoSchema.shape)
  .openapi('PriceVersionList');

const PriceRowInputSchema = z
  .object({
    kind: z.enum(PRICE_KINDS),
    provider: z.enum(PROVIDERS),
    region: z.string().max(64),
    sku: z.string().max(200),
    accelerator: z.string().max(64).nullable().optional(),
    acceleratorCount: z.number().int().min(0).max(64).nullable().optional(),
    unit: z
      .enum(PRICE_UNITS)
      .optional()
      .openapi({ description: 'Default: the unit of the kind (hour, GB-month, GB).' }),
    onDemandUsd: z.number().nonnegative().max(MAX_UNIT_PRICE_USD),
    spotUsd: z
      .union([z.number().nonnegative().max(MAX_UNIT_PRICE_USD), z.string().max(100)])
      .nullable()
      .optional()
      .openapi({ description: 'One figure, or a zone range as text: "2.47-8.19 (varies by zone)".' }),
    source: z.string().max(500),
    retrieved: RetrievedSchema.optional().openapi({ description: "Default: the version's `retrieved`." }),
    note: z.string().max(1000).optional(),
  })
  .strict()
  .openapi('PriceRowInput');

export const PriceVersionCreateSchema = z
  .object({
    id: VersionIdSchema.optional().openapi({
      description: 'Default: "prices-<effectiveDate>" (with a suffix when taken).',
    }),
    effectiveDate: DateSchema.openapi({ description: 'The version becomes current on this day (UTC).' }),
    note: z.string().trim().min(1).max(2000).openapi({ example: 'List prices change. Read on 1 December 2026 from …' }),
    retrieved: RetrievedSchema.optional().openapi({ description: 'Retrieval date for rows that give none.' }),
    rows: z.array(PriceRowInputSchema).min(1).max(2000).optional(),
    csv: z.string().min(1).max(60_000).optional().openapi({
      description:
        'Instead of `rows`: the table as CSV with the columns of the seed file (cloud-prices.csv), optionally `retrieved`.',
    }),
  })
  .strict()
  .refine((b) => (b.rows === undefined) !== (b.csv === undefined), {
    message: 'Send the rows either as `rows` or as `csv`, not both or neither.',
    path: ['rows'],
  })
  .openapi('PriceVersionCreate');

export const OnPremOverrideSchema = z
  .object({
    usdPerGpuHour: z.number().nonnegative().max(MAX_ON_PREM_RATES.usdPerGpuHour).optional(),
    usdPerTbMonth: z.number().nonnegative().max(MAX_ON_PREM_RATES.usdPerTbMonth).optional(),
    source: z
      .string()
      .trim()
      .min(1)
      .max(300)
      .optional()
      .openapi({ description: 'Where the figures come from; default "given in the request".' }),
    asOf: z.string().trim().min(1).max(20).optional(),
  })
  .strict()
  .openapi('OnPremRateOverride', {
    description: "The lab's own cost: an assumption. Figures left out come from the hub configuration.",
  });

export const EstimateRequestSchema = campaignInputSchema
  .extend({
    onPrem: OnPremOverrideSchema.optional(),
    priceVersion: VersionIdSchema.optional().openapi({
      description: 'Price version to use; default: the current one.',
    }),
    pool: EstimatePoolFieldSchema.optional(),
  })
  .strict()
  .openapi('EstimateRequest');

const PriceRefSchema = z
  .object({
    id: z.string(),
    sku: z.string(),
    source: z.string(),
    retrieved: z.string(),
    flags: z.array(z.enum(PRICE_FLAG_CODES)),
    assumption: z.boolean().openapi({ description: "true for the lab's own rates: assumptions, not list prices." }),
  })
  .openapi('PriceRef');

const CostComponentSchema = z
  .object({
    category: z.enum(COST_CATEGORIES),
    name: z.string(),
    unit: z.string(),
    quantity: z.number(),
    unitPriceUsd: z.number(),
    costUsd: z.number(),
    priceRow: PriceRefSchema,
  })
  .openapi('CostComponent');

const EstimateWarningSchema = z
  .object({ code: z.enum(ESTIMATE_WARNING_CODES), message: z.string(), priceRowId: z.string().optional() })
  .openapi('EstimateWarning');

const UsdOptionSchema = z.object({ optionId: z.string(), totalUsd: z.number() });

const OptionEstimateSchema = z
  .object({
    id: z.string().openapi({ example: 'gcp:us-central1' }),
    kind: z.enum(['cloud', 'on-prem']),
    provider: z.enum([...PROVIDERS, 'on-prem']),
    region: z.string().nullable(),
    label: z.string(),
    instance: z
      .object({
        priceRowId: z.string(),
        sku: z.string(),
        gpusPerInstance: z.number(),
        instancesPerJob: z.number(),
        idleGpusPerJob: z.number(),
        spotUsdUsed: z.number().nullable(),
      })
      .nullable(),
    components: z.array(CostComponentSchema),
    subtotals: z.object({ compute: z.number(), storage: z.number(), transfer: z.number() }),
    totalUsd: z.number(),
    complete: z.boolean().openapi({ description: 'false when something is not priced; such options are not ranked.' }),
    unpriced: z.array(z.object({ category: z.enum(COST_CATEGORIES), name: z.string(), reason: z.string() })),
    placeholders: z
      .array(
        z.object({
          field: z.enum(ON_PREM_RATE_FIELDS),
          placeholderUsd: z.number(),
          unit: z.string(),
          fillIn: z.string().openapi({ example: "enter your site's cost per GPU-hour" }),
        }),
      )
      .optional()
      .openapi({
        description:
          "Figures that are the hub's placeholder, not a price (the on-prem rate before a site sets its own): such an option is shown but not ranked. Absent in estimates saved before placeholders were reported.",
      }),
    warnings: z.array(EstimateWarningSchema),
  })
  .openapi('OptionEstimate');

export const EstimateSchema = z
  .object({
    priceVersion: z.object({ id: z.string(), effectiveDate: z.string(), note: z.string() }),
    // Rebuilt here: schemas made before @hono/zod-openapi loaded lack `.openapi()`.
    campaign: z
      .object(campaignInputSchema.shape)
      .openapi('Campaign', { description: 'The campaign with every default filled in.' }),
    options: z.array(OptionEstimateSchema),
    cheapest: UsdOptionSchema.nullable(),
    cheapestCloud: UsdOptionSchema.nullable(),
    assumptions: z.array(z.string()),
    warnings: z.array(EstimateWarningSchema),
    pool: EstimatePoolSchema.optional().openapi({ description: 'The hardware pool the request named, unpriced.' }),
  })
  .openapi('Estimate');

export const SavedEstimateSchema = z
  .object({
    id: z.string().openapi({ example: 'est_4kX2b9QmZ1Aa' }),
    url: z.string().openapi({ description: 'This saved estimate in the API.' }),
    pageUrl: z.string().openapi({ description: 'The cost page with the same inputs and price version.' }),
    createdAt: z.iso.datetime(),
    priceVersionId: z.string(),
    request: z.record(z.string(), z.unknown()).openapi({ description: 'The request the estimate was made from.' }),
    estimate: EstimateSchema,
  })
  .openapi('SavedEstimate');

export const EstimateIdParamSchema = z.object({
  id: z
    .string()
    .regex(/^est_[A-Za-z0-9_-]{6,32}$/, 'Not an estimate id.')
    .openapi({ param: { name: 'id', in: 'path' }, example: 'est_4kX2b9QmZ1Aa' }),
});

import { z } from 'zod';
import { MAX_UNIT_PRICE_USD } from './campaign-input';
import { PRICE_KINDS, PRICE_UNITS, PROVIDERS } from './price-types';
import type { EgressNetwork, HostVmPrice, PriceKind, SpotPrice } from './price-types';

export const PRICE_CSV_COLUMNS = [
  'kind',
  'provider',
  'region',
  'sku',
  'accelerator',
  'accelerator_count',
  'unit',
  'on_demand_usd',
  'spot_usd',
  'source',
  'note',
] as const;

const usd = z
  .string()
  .trim()
  .regex(/^\d+(\.\d+)?$/, 'expected a non-negative decimal number of USD')
  .transform(Number)
  .pipe(z.number().max(MAX_UNIT_PRICE_USD, `expected at most ${MAX_UNIT_PRICE_USD} USD`));

export const UNIT_OF_KIND: Record<PriceKind, (typeof PRICE_UNITS)[number]> = {
  gpu_vm: 'hour',
  gpu_only: 'hour',
  storage: 'GB-month',
  egress: 'GB',
  ingress: 'GB',
};

/** One CSV record's cells, checked field by field; cross-field rules follow in the superRefine. */
export const priceCsvRecordSchema = z
  .object({
    kind: z.enum(PRICE_KINDS),
    provider: z.enum(PROVIDERS),
    region: z
      .string()
      .trim()
      .regex(/^[a-z0-9-]+$/, 'expected a region id such as us-east-1'),
    sku: z.string().trim().min(1, 'the SKU is empty'),
    accelerator: z.string().trim(),
    accelerator_count: z.string().trim(),
    unit: z.enum(PRICE_UNITS),
    on_demand_usd: usd,
    spot_usd: z.string().trim(),
    source: z.string().trim().min(1, 'every price needs a source'),
    note: z.string().trim(),
    retrieved: z
      .string()
      .trim()
      .regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, 'expected YYYY-MM or YYYY-MM-DD'),
  })
  .superRefine((r, ctx) => {
    const isGpu = r.kind === 'gpu_vm' || r.kind === 'gpu_only';
    if (r.unit !== UNIT_OF_KIND[r.kind]) {
      ctx.addIssue({
        code: 'custom',
        path: ['unit'],
        message: `${r.kind} rows are priced per ${UNIT_OF_KIND[r.kind]}, not ${r.unit}`,
      });
    }
    if (isGpu && !/^[A-Z0-9]+(-\d+GB)?$/.test(r.accelerator)) {
      ctx.addIssue({
        code: 'custom',
        path: ['accelerator'],
        message: 'GPU rows need an accelerator name such as A100-80GB',
      });
    }
    if (isGpu && !/^[1-9]\d*$/.test(r.accelerator_count)) {
      ctx.addIssue({
        code: 'custom',
        path: ['accelerator_count'],
        message: 'GPU rows need a positive whole GPU count',
      });
    }
    if (!isGpu && (r.accelerator !== '' || r.accelerator_count !== '')) {
      ctx.addIssue({ code: 'custom', path: ['accelerator'], message: `${r.kind} rows carry no accelerator` });
    }
    if (!isGpu && r.spot_usd !== '') {
      ctx.addIssue({ code: 'custom', path: ['spot_usd'], message: `${r.kind} rows have no spot price` });
    }
    if (isGpu && r.spot_usd !== '' && parseSpot(r.spot_usd) === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['spot_usd'],
        message: `cannot read spot price "${r.spot_usd}": expected 1.23 or 1.23-4.56 (note)`,
      });
    }
  });

export type PriceCsvRecord = z.output<typeof priceCsvRecordSchema>;

/** "1.4341" → single figure; "2.47-8.19 (varies by zone)" → range; "" or unreadable → null. */
export function parseSpot(cell: string): SpotPrice | null {
  const raw = cell.trim();
  if (raw === '') return null;
  const m = /^(\d+(?:\.\d+)?)(?:\s*-\s*(\d+(?:\.\d+)?))?(?:\s*\([^)]*\))?$/.exec(raw);
  if (!m?.[1]) return null;
  const a = Number(m[1]);
  const b = m[2] === undefined ? a : Number(m[2]);
  if (b < a) return null;
  return { minUsd: a, maxUsd: b, isRange: m[2] !== undefined, raw };
}

export type HostReading = { status: 'given'; host: HostVmPrice } | { status: 'not_read' } | { status: 'absent' };

/**
 * GCP GPU rows carry their host VM in the note:
 * "add host VM a2-highgpu-1g 0.73948 (spot 0.36975)", "host VM a3-highgpu-1g 1.18251",
 * or "host VM not read".
 */
export function readHostVm(note: string): HostReading {
  if (/host VM not read/i.test(note)) return { status: 'not_read' };
  const m = /host VM ([a-z0-9][a-z0-9-]*) (\d+(?:\.\d+)?)(?: \(spot (\d+(?:\.\d+)?)\))?/i.exec(note);
  if (!m?.[1] || !m[2]) return { status: 'absent' };
  return {
    status: 'given',
    host: { sku: m[1], onDemandUsd: Number(m[2]), spotUsd: m[3] === undefined ? null : Number(m[3]) },
  };
}

/** Egress SKUs start with the ladder they belong to; the rest names the tier. */
export function splitEgressSku(sku: string): { network: EgressNetwork; tierText: string } | null {
  const m = /^(internet|premium|standard-tier)-(.+)$/.exec(sku);
  if (!m?.[1] || !m[2]) return null;
  const network: EgressNetwork = m[1] === 'standard-tier' ? 'standard' : (m[1] as EgressNetwork);
  return { network, tierText: m[2] };
}

/** Storage SKUs: "standard", "s3-standard-first-50TB" → class "standard", tier "first-50TB". */
export function splitStorageSku(sku: string): { storageClass: string; tierText: string | null } {
  const withoutService = sku.replace(/^(s3|gcs|blob)-/, '');
  const m = /^(.*?)-((?:first|next|over|up-to)-.+|\d+(?:\.\d+)?-\d+(?:\.\d+)?(?:GB|TB))$/i.exec(withoutService);
  if (m?.[1] && m[2]) return { storageClass: m[1], tierText: m[2] };
  return { storageClass: withoutService, tierText: null };
}

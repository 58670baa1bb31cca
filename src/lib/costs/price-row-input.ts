import { parsePriceRecords } from './parse-price-csv';
import type { PriceCsvProblem, PriceRecordEntry } from './parse-price-csv';
import { UNIT_OF_KIND } from './price-csv-row';
import type { PriceKind, PriceRow } from './price-types';

/**
 * A price row as a JSON API receives it: the CSV columns in camelCase, numbers as numbers.
 * Checked by the same rules as the CSV (`parsePriceRecords`); flags and tiers are derived, never sent.
 */
export interface PriceRowInput {
  kind: string;
  provider: string;
  region: string;
  sku: string;
  accelerator?: string | null;
  acceleratorCount?: number | null;
  /** defaults to the unit of the kind (hour, GB-month, GB) */
  unit?: string;
  onDemandUsd: number | string;
  /** one figure, or a zone range as text: "2.47-8.19 (varies by zone)" */
  spotUsd?: number | string | null;
  source: string;
  /** YYYY-MM or YYYY-MM-DD; falls back to the `retrieved` given to `parsePriceRowInputs` */
  retrieved?: string;
  note?: string;
}

/** CSV column → JSON field, for problem paths a JSON client recognises. */
const JSON_FIELD: Record<string, keyof PriceRowInput> = {
  accelerator_count: 'acceleratorCount',
  on_demand_usd: 'onDemandUsd',
  spot_usd: 'spotUsd',
};

export interface PriceRowInputProblem {
  /** index in the input array */
  index: number;
  /** JSON field name, when the problem is in one field */
  field?: string;
  sku?: string;
  message: string;
}

/** Plain decimal text: `String(1e-7)` is "1e-7", which the CSV rules rightly refuse. */
function decimal(x: number | string): string {
  if (typeof x === 'string') return x;
  if (!Number.isFinite(x)) return String(x);
  return /e/i.test(String(x)) ? x.toFixed(12).replace(/\.?0+$/, '') : String(x);
}

function toCells(input: PriceRowInput, retrieved: string | undefined): Record<string, string> {
  const kind = input.kind.trim();
  return {
    kind,
    provider: input.provider,
    region: input.region,
    sku: input.sku,
    accelerator: input.accelerator ?? '',
    accelerator_count: input.acceleratorCount == null ? '' : decimal(input.acceleratorCount),
    unit: input.unit ?? UNIT_OF_KIND[kind as PriceKind] ?? '',
    on_demand_usd: decimal(input.onDemandUsd),
    spot_usd: input.spotUsd == null ? '' : decimal(input.spotUsd),
    source: input.source,
    note: input.note ?? '',
    retrieved: input.retrieved ?? retrieved ?? '',
  };
}

/** Validates JSON price rows with the CSV rules and returns flagged rows, or problems by array index. */
export function parsePriceRowInputs(
  inputs: PriceRowInput[],
  options: { retrieved?: string } = {},
): { rows: PriceRow[]; problems: PriceRowInputProblem[] } {
  const entries: PriceRecordEntry[] = inputs.map((input, index) => ({
    line: index,
    cells: toCells(input, options.retrieved),
  }));
  const { rows, problems } = parsePriceRecords(entries);
  return { rows, problems: problems.map((p) => toInputProblem(p)) };
}

function toInputProblem(p: PriceCsvProblem): PriceRowInputProblem {
  const field = p.field ? (JSON_FIELD[p.field] ?? p.field) : undefined;
  return { index: p.line, ...(field ? { field } : {}), ...(p.sku ? { sku: p.sku } : {}), message: p.message };
}

import { readCsvRecords } from './csv-records';
import {
  PRICE_CSV_COLUMNS,
  parseSpot,
  priceCsvRecordSchema,
  readHostVm,
  splitEgressSku,
  splitStorageSku,
} from './price-csv-row';
import type { PriceCsvRecord } from './price-csv-row';
import { flagPriceRows } from './price-flags';
import type { PriceRow } from './price-types';
import { parseTierSpec, resolveLadder } from './volume-tiers';
import type { TierSpec } from './volume-tiers';

export interface PriceCsvProblem {
  /** 1-based line in the CSV; 1 is the header */
  line: number;
  field?: string;
  sku?: string;
  message: string;
}

export interface ParsePriceCsvOptions {
  /** retrieval date for every row when the file has no `retrieved` column (YYYY-MM or YYYY-MM-DD) */
  retrieved?: string;
}

/**
 * Reads a price CSV (columns of ../shared/reference/cloud-prices.csv, optionally `retrieved`).
 * Rows that fail validation are left out and reported in `problems`; rows that pass carry
 * structured spot ranges, host VM parts and tier bounds, and `flags` for anomalies.
 */
export function parsePriceCsv(
  text: string,
  options: ParsePriceCsvOptions = {},
): { rows: PriceRow[]; problems: PriceCsvProblem[] } {
  const problems: PriceCsvProblem[] = [];
  const [header, ...records] = readCsvRecords(text);
  if (!header) return { rows: [], problems: [{ line: 1, message: 'the file is empty' }] };

  const columns = header.fields.map((f) => f.trim());
  const missing = PRICE_CSV_COLUMNS.filter((c) => !columns.includes(c));
  if (missing.length > 0) {
    return { rows: [], problems: [{ line: header.line, message: `missing column(s): ${missing.join(', ')}` }] };
  }
  if (!columns.includes('retrieved') && options.retrieved === undefined) {
    problems.push({
      line: header.line,
      message: 'no `retrieved` column and no retrieval date given: every price needs its date',
    });
  }

  const entries: PriceRecordEntry[] = [];
  for (const record of records) {
    if (record.fields.length !== columns.length) {
      problems.push({ line: record.line, message: `expected ${columns.length} fields, found ${record.fields.length}` });
      continue;
    }
    const cells: Record<string, string> = { retrieved: options.retrieved ?? '' };
    columns.forEach((c, i) => (cells[c] = record.fields[i] ?? ''));
    entries.push({ line: record.line, cells });
  }
  const parsed = parsePriceRecords(entries);
  return { rows: parsed.rows, problems: [...problems, ...parsed.problems].sort((a, b) => a.line - b.line) };
}

/** One price record as cells named like the CSV columns (plus `retrieved`), and where it came from. */
export interface PriceRecordEntry {
  /** the CSV line, or any position the caller maps problems back to (e.g. an index in a JSON array) */
  line: number;
  cells: Record<string, string>;
}

/**
 * Validates price records and turns them into flagged rows: the rules of `parsePriceCsv`
 * without the CSV reading, so a JSON API can check rows exactly the same way.
 * Records are taken in order: "same" sources and volume ladders depend on it.
 */
export function parsePriceRecords(entries: PriceRecordEntry[]): { rows: PriceRow[]; problems: PriceCsvProblem[] } {
  const problems: PriceCsvProblem[] = [];
  const rows: PriceRow[] = [];
  const specs = new Map<PriceRow, TierSpec>();
  const lineOf = new Map<PriceRow, number>();
  let previous: PriceCsvRecord | null = null;

  for (const record of entries) {
    const cells: Record<string, string> = { ...record.cells };

    // "same" in the source column repeats the source of the row above it for the same provider.
    if (cells['source']?.trim() === 'same') {
      if (previous && previous.provider === cells['provider']?.trim() && previous.kind === cells['kind']?.trim()) {
        cells['source'] = previous.source;
      } else {
        problems.push({
          line: record.line,
          field: 'source',
          sku: cells['sku'],
          message: 'source "same" but the row above is another provider or kind',
        });
        continue;
      }
    }

    const parsed = priceCsvRecordSchema.safeParse(cells);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push({ line: record.line, field: issue.path.join('.'), sku: cells['sku'], message: issue.message });
      }
      continue;
    }
    const r = parsed.data;
    previous = r;

    const row = toPriceRow(r);
    const id = row.id;
    if (rows.some((x) => x.id === id)) {
      problems.push({ line: record.line, sku: r.sku, message: `duplicate row ${id}` });
      continue;
    }

    const tierText =
      r.kind === 'egress'
        ? splitEgressSku(r.sku)?.tierText
        : r.kind === 'storage'
          ? splitStorageSku(r.sku).tierText
          : null;
    if (r.kind === 'egress' && !splitEgressSku(r.sku)) {
      problems.push({
        line: record.line,
        field: 'sku',
        sku: r.sku,
        message: 'egress SKU must start with internet-, premium- or standard-tier-',
      });
      continue;
    }
    if (tierText) {
      const spec = parseTierSpec(tierText);
      if (!spec) {
        problems.push({
          line: record.line,
          field: 'sku',
          sku: r.sku,
          message: `cannot read the volume tier "${tierText}"`,
        });
        continue;
      }
      specs.set(row, spec);
    } else if (r.kind === 'egress') {
      problems.push({ line: record.line, field: 'sku', sku: r.sku, message: 'egress SKU names no volume tier' });
      continue;
    }
    rows.push(row);
    lineOf.set(row, record.line);
  }

  const tiered = resolveTiers(rows, specs, lineOf, problems);
  return { rows: flagPriceRows(tiered), problems };
}

function toPriceRow(r: PriceCsvRecord): PriceRow {
  const isGpu = r.kind === 'gpu_vm' || r.kind === 'gpu_only';
  const host = r.kind === 'gpu_only' ? readHostVm(r.note) : null;
  const egress = r.kind === 'egress' ? splitEgressSku(r.sku) : null;
  return {
    id: `${r.provider}:${r.region}:${r.kind}:${r.sku}`,
    kind: r.kind,
    provider: r.provider,
    region: r.region,
    sku: r.sku,
    accelerator: isGpu ? r.accelerator : null,
    acceleratorCount: isGpu ? Number(r.accelerator_count) : null,
    unit: r.unit,
    onDemandUsd: r.on_demand_usd,
    spot: isGpu ? parseSpot(r.spot_usd) : null,
    host: host?.status === 'given' ? host.host : null,
    tier: null,
    network: egress?.network ?? null,
    storageClass: r.kind === 'storage' ? splitStorageSku(r.sku).storageClass : null,
    source: r.source,
    retrieved: r.retrieved,
    note: r.note,
    flags: [],
  };
}

/** Resolves each ladder (provider, region, kind, network or class) in file order into absolute tier bounds. */
function resolveTiers(
  rows: PriceRow[],
  specs: Map<PriceRow, TierSpec>,
  lineOf: Map<PriceRow, number>,
  problems: PriceCsvProblem[],
): PriceRow[] {
  const ladders = new Map<string, PriceRow[]>();
  for (const row of rows) {
    if (!specs.has(row)) continue;
    const key = [row.provider, row.region, row.kind, row.network ?? row.storageClass].join('|');
    ladders.set(key, [...(ladders.get(key) ?? []), row]);
  }
  const tierOf = new Map<PriceRow, PriceRow['tier']>();
  const rejected = new Set<PriceRow>();
  for (const ladder of ladders.values()) {
    const resolved = resolveLadder(ladder.map((r) => specs.get(r) as TierSpec));
    if ('error' in resolved) {
      const first = ladder[0] as PriceRow;
      problems.push({
        line: lineOf.get(first) ?? 0,
        field: 'sku',
        sku: first.sku,
        message: `volume tiers of ${first.provider} ${first.region} ${first.kind}: ${resolved.error}`,
      });
      for (const r of ladder) rejected.add(r);
      continue;
    }
    ladder.forEach((r, i) => tierOf.set(r, resolved.tiers[i] ?? null));
  }
  return rows.filter((r) => !rejected.has(r)).map((r) => ({ ...r, tier: tierOf.get(r) ?? null }));
}

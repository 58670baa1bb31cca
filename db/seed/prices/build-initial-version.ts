import { parsePriceCsv } from '../../../src/lib/costs/parse-price-csv';
import type { PriceCsvProblem } from '../../../src/lib/costs/parse-price-csv';
import type { PriceVersion } from '../../../src/lib/costs/price-types';

/** The reference CSV/MD say "read in November 2026"; the day was not recorded. */
export const INITIAL_RETRIEVED = '2026-11';

/** Seed CSVs in db/seed/prices/, parsed in this order. */
export const SEED_INPUTS = ['cloud-prices.csv', 'ingress.csv'];

export const INITIAL_VERSION_META = {
  id: 'prices-2026-11',
  effectiveDate: '2026-11-01',
  note:
    'List prices change. Read in November 2026 (the day was not recorded; the effective date is the first of that month) from ' +
    "SkyPilot's public price catalogs (skypilot-catalog v8 for AWS and GCP, v6 for Azure) and the providers' storage and " +
    'network pricing pages, some via secondary sources (see each row); ingress rows from cloud-prices.md.',
} as const;

export interface BuiltVersion {
  version: PriceVersion;
  problems: { file: string; problem: PriceCsvProblem }[];
}

/** Parses each CSV once with the same validator and joins the rows into the first price version. */
export function buildInitialPriceVersion(files: { name: string; text: string }[]): BuiltVersion {
  const rows: PriceVersion['rows'] = [];
  const problems: BuiltVersion['problems'] = [];
  for (const f of files) {
    const parsed = parsePriceCsv(f.text, { retrieved: INITIAL_RETRIEVED });
    rows.push(...parsed.rows);
    problems.push(...parsed.problems.map((problem) => ({ file: f.name, problem })));
  }
  return { version: { ...INITIAL_VERSION_META, rows }, problems };
}

/** The TypeScript module written to db/seed/prices/initial.ts. */
export function renderSeedModule(version: PriceVersion, inputs: string[]): string {
  return [
    '// GENERATED FILE: do not edit by hand.',
    `// Written by scripts/generate-price-seed.ts from ${inputs.join(' and ')}.`,
    '// Change the CSV and rerun `npx tsx scripts/generate-price-seed.ts`.',
    "import type { PriceVersion } from '../../../src/lib/costs/price-types';",
    '',
    `export const initialPriceVersion: PriceVersion = ${JSON.stringify(version, null, 2)};`,
    '',
  ].join('\n');
}

/**
 * Writes db/seed/prices/initial.ts from the seed CSVs, deterministically (same CSV, same bytes).
 * Fails without writing when a row does not validate. Usage: npx tsx scripts/generate-price-seed.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SEED_INPUTS, buildInitialPriceVersion, renderSeedModule } from '../db/seed/prices/build-initial-version';

const dir = fileURLToPath(new URL('../db/seed/prices/', import.meta.url));

const { version, problems } = buildInitialPriceVersion(
  SEED_INPUTS.map((name) => ({ name, text: readFileSync(dir + name, 'utf8') })),
);

if (problems.length > 0) {
  for (const { file, problem } of problems) {
    console.error(
      `${file}:${problem.line}${problem.field ? ` [${problem.field}]` : ''}${problem.sku ? ` ${problem.sku}` : ''}: ${problem.message}`,
    );
  }
  process.exit(1);
}

writeFileSync(
  dir + 'initial.ts',
  renderSeedModule(
    version,
    SEED_INPUTS.map((n) => `db/seed/prices/${n}`),
  ),
);
const flagged = version.rows.filter((r) => r.flags.some((f) => f.severity === 'warning'));
console.log(`wrote db/seed/prices/initial.ts: ${version.rows.length} rows, ${flagged.length} with warning flags`);
for (const r of flagged) {
  for (const f of r.flags.filter((x) => x.severity === 'warning')) console.log(`  ${r.id}: ${f.code}: ${f.message}`);
}

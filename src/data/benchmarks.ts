import { listBenchmarkResults } from '../../db/queries/benchmark-results';
import { PUBLIC_VIEWER } from '../../db/queries/viewer';
import { BenchmarkResultSchema } from '../../functions/routes/benchmarks/schema';
import { toBenchmarkResponse } from '../../functions/routes/benchmarks/responses';
import type { BenchmarkResultJson } from '../lib/benchmarks/result-json';
import type { Catalog, VersionData } from './catalog';
import { db } from './db';

const EVERYTHING = 1_000_000;

let cache: Promise<BenchmarkResultJson[]> | undefined;

/**
 * Every current (not superseded) result of a public model, newest first, loaded once per build for
 * the no-JS tables; the islands fetch the same lists from the API so later results appear without a
 * rebuild. Rows that do not match the API schema fail the build saying which result to supersede.
 */
export function loadBenchmarks(): Promise<BenchmarkResultJson[]> {
  cache ??= listBenchmarkResults(db, {}, PUBLIC_VIEWER, { sort: 'recorded', order: 'desc', limit: EVERYTHING }).then((page) =>
    page.items.map((row) => {
      const response = toBenchmarkResponse(row);
      const checked = BenchmarkResultSchema.safeParse(response);
      if (!checked.success) {
        const problems = checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
        throw new Error(`Benchmark result ${row.id} has invalid data (${problems}). Post a corrected result that supersedes it.`);
      }
      return response;
    }),
  );
  return cache;
}

export const resultsOf = (all: readonly BenchmarkResultJson[], slug: string, version?: number) =>
  all.filter((r) => r.model.slug === slug && (version === undefined || r.version === version));

/**
 * The version and its relatives for side-by-side comparisons, as the API's `include=family`:
 * versions naming it as parent (precision and pruned variants), its parent and its siblings.
 */
export function familyResults(all: readonly BenchmarkResultJson[], catalog: Catalog, slug: string, version: VersionData): BenchmarkResultJson[] {
  const members = new Set<string>([`${slug}@${version.version}`]);
  for (const child of version.children) members.add(`${child.model}@${child.version}`);
  if (version.parent) {
    members.add(`${version.parent.model}@${version.parent.version}`);
    const parent = catalog.models.find((m) => m.model.slug === version.parent!.model)?.versions.find((v) => v.version === version.parent!.version);
    for (const sibling of parent?.children ?? []) members.add(`${sibling.model}@${sibling.version}`);
  }
  return all.filter((r) => members.has(`${r.model.slug}@${r.version}`));
}
